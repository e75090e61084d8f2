// SPDX-License-Identifier: Apache-2.0
#include "common/Format.h"

#include "roost/Money.h"

#include <QCoreApplication>
#include <QLocale>

namespace roost::app {

QString formatMoney(qint64 minorUnits, const QString& currency)
{
    const int digits = isValidCurrency(currency) ? currencyMinorDigits(currency) : 2;
    double scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const QLocale locale;
    return locale.toCurrencyString(double(minorUnits) / scale, currency, digits);
}

QString formatStay(const QDate& checkIn, const QDate& checkOut)
{
    const QLocale locale;
    return QCoreApplication::translate("Format", "%1 – %2")
        .arg(locale.toString(checkIn, QLocale::ShortFormat), locale.toString(checkOut, QLocale::ShortFormat));
}

} // namespace roost::app
