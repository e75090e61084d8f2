// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <compare>

namespace roost {

/// The largest amount (in minor units) any single price may have: 100 million in a two-digit
/// currency. A two-year stay at that nightly price plus fees stays around 1e13, far from the
/// ~9.2e18 limit of qint64, so totals, discounts and fees never need overflow checks.
constexpr qint64 kMaxMoneyMinor = 100'000'000'00;

/// An amount in minor units (cents) of one ISO 4217 currency. Never a float.
class Money
{
public:
    Money(qint64 minor, QString currency);

    qint64 minor() const { return m_minor; }
    const QString& currency() const { return m_currency; }

    /// Arithmetic and ordering need both sides in the same currency; a mismatch is a
    /// programming error and throws roost::Error(ErrorCode::Internal), as does overflow.
    Money operator+(const Money& other) const;
    Money operator-(const Money& other) const;
    std::strong_ordering operator<=>(const Money& other) const;
    /// Equality never throws: amounts in different currencies are simply not equal.
    friend bool operator==(const Money& a, const Money& b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }

    /// amount × percent / 100, rounded half up to the minor unit (the API's one rounding rule).
    /// Negative results round half away from zero, so a refund and its charge mirror each other.
    /// Exact for any qint64 amount and percent; throws roost::Error(Internal) if the result does
    /// not fit in qint64.
    static qint64 percentHalfUp(qint64 amount, int percent);

private:
    qint64 m_minor;
    QString m_currency;
};

/// True for the uppercase code of an active ISO 4217 currency ("EUR"; not "eur", not "XAU").
bool isValidCurrency(const QString& code);

/// Digits after the decimal point of a currency (2 for EUR, 0 for JPY, 3 for KWD) for display;
/// -1 when the code is not a valid currency.
int currencyMinorDigits(const QString& code);

} // namespace roost
