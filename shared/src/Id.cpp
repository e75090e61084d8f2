// SPDX-License-Identifier: Apache-2.0
#include "roost/Id.h"

namespace roost {

namespace {

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

} // namespace

std::optional<QUuid> parseId(const QString& text)
{
    // QUuid::fromString also takes braces and other lengths; the API allows only one form, so
    // that the same object never appears under two spellings.
    if (text.size() != 36)
        return std::nullopt;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool dashPosition = i == 8 || i == 13 || i == 18 || i == 23;
        if (dashPosition ? text[i] != u'-' : !isHexDigit(text[i]))
            return std::nullopt;
    }
    const QUuid id = QUuid::fromString(text);
    if (id.isNull())
        return std::nullopt;
    return id;
}

QString idToString(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

QUuid newId()
{
    return QUuid::createUuid();
}

} // namespace roost
