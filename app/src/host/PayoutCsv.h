// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace roost::app {

/// The host's payouts as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they
/// hold a comma, quote or line break, quotes doubled), one header line then a line per payout:
/// `payout_id,booking_id,listing_id,listing,amount,currency,status,release_at,created_at`.
/// `amount` is in major units with the currency's digits ("1234.50"), as spreadsheets read it.
class PayoutCsv
{
public:
    /// `titles` maps listing ids to their titles (the listing column is empty for unknown ids).
    static QString toCsv(const QList<QJsonObject>& payouts, const QHash<QString, QString>& titles);
    /// One field, quoted when it must be.
    static QString field(const QString& value);
    /// "1234.50" for 123450 EUR; "1234" for 1234 JPY.
    static QString decimalAmount(qint64 minorUnits, const QString& currency);
    /// Writes toCsv() as UTF-8; false when the device refuses the bytes.
    static bool write(QIODevice& device, const QList<QJsonObject>& payouts, const QHash<QString, QString>& titles);
};

} // namespace roost::app
