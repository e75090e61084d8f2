// SPDX-License-Identifier: Apache-2.0
#include "roost/Email.h"

#include <QList>
#include <QStringView>

namespace roost {

namespace {

bool isForbidden(QChar c)
{
    static const QString specials = QStringLiteral("\"(),:;<>[]\\");
    const char16_t u = c.unicode();
    return c.isSpace() || u < 0x20 || (u >= 0x7f && u <= 0x9f) || specials.contains(c);
}

bool isValidDomain(QStringView domain)
{
    if (!domain.contains(u'.'))
        return false;
    // "a..b", ".a.b" and "a.b." all have an empty label.
    for (const QStringView label : domain.split(u'.')) {
        if (label.isEmpty() || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
    }
    return true;
}

} // namespace

std::optional<Email> Email::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxLength)
        return std::nullopt;
    for (const QChar c : trimmed) {
        if (isForbidden(c))
            return std::nullopt;
    }
    const qsizetype at = trimmed.indexOf(u'@');
    if (at <= 0 || at > kMaxLocalLength || trimmed.indexOf(u'@', at + 1) != -1)
        return std::nullopt;
    const QStringView local = QStringView(trimmed).first(at);
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(QStringLiteral("..")))
        return std::nullopt;
    if (!isValidDomain(QStringView(trimmed).sliced(at + 1)))
        return std::nullopt;
    return Email(trimmed.toLower());
}

} // namespace roost
