// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QString>

namespace roost::app {

/// Minor units in the currency's own digits, in the UI language's notation ("€1,234.50").
QString formatMoney(qint64 minorUnits, const QString& currency);
/// "12 Mar – 15 Mar 2027" in the UI language.
QString formatStay(const QDate& checkIn, const QDate& checkOut);

} // namespace roost::app
