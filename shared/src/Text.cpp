// SPDX-License-Identifier: Apache-2.0
#include "roost/Text.h"

namespace roost {

qsizetype characterCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        // A well-formed surrogate pair is one code point; a lone surrogate counts as one.
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

bool hasControlCharacters(QStringView text, bool allowLineBreaks)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (allowLineBreaks && (u == u'\n' || u == u'\r' || u == u'\t'))
            continue;
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            return true;
    }
    return false;
}

} // namespace roost
