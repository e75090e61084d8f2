// SPDX-License-Identifier: Apache-2.0
#include "host/PayoutCsv.h"

#include "roost/Money.h"

#include <QHash>
#include <QStringList>
#include <algorithm>

namespace roost::app {

QString PayoutCsv::field(const QString& value)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (const QChar c : value)
        quote = quote || special.contains(c);
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString PayoutCsv::decimalAmount(qint64 minorUnits, const QString& currency)
{
    const int digits = std::max(0, currencyMinorDigits(currency));
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const QString sign = minorUnits < 0 ? QStringLiteral("-") : QString();
    const qint64 magnitude = minorUnits < 0 ? -minorUnits : minorUnits;
    const QString whole = QString::number(magnitude / scale);
    if (digits == 0)
        return sign + whole;
    return sign + whole + QLatin1Char('.') + QStringLiteral("%1").arg(magnitude % scale, digits, 10, QLatin1Char('0'));
}

QString PayoutCsv::toCsv(const QList<QJsonObject>& payouts, const QHash<QString, QString>& titles)
{
    static const QString kEnd = QStringLiteral("\r\n");
    QString out
        = QStringLiteral("payout_id,booking_id,listing_id,listing,amount,currency,status,release_at,created_at") + kEnd;
    for (const QJsonObject& p : payouts) {
        const auto text = [&p](const char* key) { return p.value(QLatin1String(key)).toString(); };
        const QString currency = text("currency");
        const QStringList fields { text("id"), text("booking_id"), text("listing_id"), titles.value(text("listing_id")),
            decimalAmount(p.value(QStringLiteral("amount")).toInteger(), currency), currency, text("status"),
            text("release_at"), text("created_at") };
        QStringList quoted;
        for (const QString& f : fields)
            quoted.append(field(f));
        out += quoted.join(QLatin1Char(',')) + kEnd;
    }
    return out;
}

bool PayoutCsv::write(QIODevice& device, const QList<QJsonObject>& payouts, const QHash<QString, QString>& titles)
{
    const QByteArray bytes = toCsv(payouts, titles).toUtf8();
    return device.write(bytes) == bytes.size();
}

} // namespace roost::app
