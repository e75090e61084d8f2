// SPDX-License-Identifier: Apache-2.0
#include "roost/Money.h"

#include "roost/Error.h"

#include <algorithm>
#include <array>
#include <limits>
#include <string_view>

namespace roost {

namespace {

// 128-bit intermediates make percentHalfUp exact for every qint64 input; __extension__ keeps
// -Wpedantic quiet about the GCC/Clang builtin type.
__extension__ typedef __int128 Int128;

struct CurrencyInfo
{
    std::string_view code;
    int minorDigits;
};

// Active ISO 4217 currencies (funds, precious metals and testing codes left out), sorted by code
// for binary search.
constexpr std::array kCurrencies{
    CurrencyInfo{"AED", 2}, CurrencyInfo{"AFN", 2}, CurrencyInfo{"ALL", 2}, CurrencyInfo{"AMD", 2},
    CurrencyInfo{"ANG", 2}, CurrencyInfo{"AOA", 2}, CurrencyInfo{"ARS", 2}, CurrencyInfo{"AUD", 2},
    CurrencyInfo{"AWG", 2}, CurrencyInfo{"AZN", 2}, CurrencyInfo{"BAM", 2}, CurrencyInfo{"BBD", 2},
    CurrencyInfo{"BDT", 2}, CurrencyInfo{"BGN", 2}, CurrencyInfo{"BHD", 3}, CurrencyInfo{"BIF", 0},
    CurrencyInfo{"BMD", 2}, CurrencyInfo{"BND", 2}, CurrencyInfo{"BOB", 2}, CurrencyInfo{"BRL", 2},
    CurrencyInfo{"BSD", 2}, CurrencyInfo{"BTN", 2}, CurrencyInfo{"BWP", 2}, CurrencyInfo{"BYN", 2},
    CurrencyInfo{"BZD", 2}, CurrencyInfo{"CAD", 2}, CurrencyInfo{"CDF", 2}, CurrencyInfo{"CHF", 2},
    CurrencyInfo{"CLP", 0}, CurrencyInfo{"CNY", 2}, CurrencyInfo{"COP", 2}, CurrencyInfo{"CRC", 2},
    CurrencyInfo{"CUP", 2}, CurrencyInfo{"CVE", 2}, CurrencyInfo{"CZK", 2}, CurrencyInfo{"DJF", 0},
    CurrencyInfo{"DKK", 2}, CurrencyInfo{"DOP", 2}, CurrencyInfo{"DZD", 2}, CurrencyInfo{"EGP", 2},
    CurrencyInfo{"ERN", 2}, CurrencyInfo{"ETB", 2}, CurrencyInfo{"EUR", 2}, CurrencyInfo{"FJD", 2},
    CurrencyInfo{"FKP", 2}, CurrencyInfo{"GBP", 2}, CurrencyInfo{"GEL", 2}, CurrencyInfo{"GHS", 2},
    CurrencyInfo{"GIP", 2}, CurrencyInfo{"GMD", 2}, CurrencyInfo{"GNF", 0}, CurrencyInfo{"GTQ", 2},
    CurrencyInfo{"GYD", 2}, CurrencyInfo{"HKD", 2}, CurrencyInfo{"HNL", 2}, CurrencyInfo{"HTG", 2},
    CurrencyInfo{"HUF", 2}, CurrencyInfo{"IDR", 2}, CurrencyInfo{"ILS", 2}, CurrencyInfo{"INR", 2},
    CurrencyInfo{"IQD", 3}, CurrencyInfo{"IRR", 2}, CurrencyInfo{"ISK", 0}, CurrencyInfo{"JMD", 2},
    CurrencyInfo{"JOD", 3}, CurrencyInfo{"JPY", 0}, CurrencyInfo{"KES", 2}, CurrencyInfo{"KGS", 2},
    CurrencyInfo{"KHR", 2}, CurrencyInfo{"KMF", 0}, CurrencyInfo{"KPW", 2}, CurrencyInfo{"KRW", 0},
    CurrencyInfo{"KWD", 3}, CurrencyInfo{"KYD", 2}, CurrencyInfo{"KZT", 2}, CurrencyInfo{"LAK", 2},
    CurrencyInfo{"LBP", 2}, CurrencyInfo{"LKR", 2}, CurrencyInfo{"LRD", 2}, CurrencyInfo{"LSL", 2},
    CurrencyInfo{"LYD", 3}, CurrencyInfo{"MAD", 2}, CurrencyInfo{"MDL", 2}, CurrencyInfo{"MGA", 2},
    CurrencyInfo{"MKD", 2}, CurrencyInfo{"MMK", 2}, CurrencyInfo{"MNT", 2}, CurrencyInfo{"MOP", 2},
    CurrencyInfo{"MRU", 2}, CurrencyInfo{"MUR", 2}, CurrencyInfo{"MVR", 2}, CurrencyInfo{"MWK", 2},
    CurrencyInfo{"MXN", 2}, CurrencyInfo{"MYR", 2}, CurrencyInfo{"MZN", 2}, CurrencyInfo{"NAD", 2},
    CurrencyInfo{"NGN", 2}, CurrencyInfo{"NIO", 2}, CurrencyInfo{"NOK", 2}, CurrencyInfo{"NPR", 2},
    CurrencyInfo{"NZD", 2}, CurrencyInfo{"OMR", 3}, CurrencyInfo{"PAB", 2}, CurrencyInfo{"PEN", 2},
    CurrencyInfo{"PGK", 2}, CurrencyInfo{"PHP", 2}, CurrencyInfo{"PKR", 2}, CurrencyInfo{"PLN", 2},
    CurrencyInfo{"PYG", 0}, CurrencyInfo{"QAR", 2}, CurrencyInfo{"RON", 2}, CurrencyInfo{"RSD", 2},
    CurrencyInfo{"RUB", 2}, CurrencyInfo{"RWF", 0}, CurrencyInfo{"SAR", 2}, CurrencyInfo{"SBD", 2},
    CurrencyInfo{"SCR", 2}, CurrencyInfo{"SDG", 2}, CurrencyInfo{"SEK", 2}, CurrencyInfo{"SGD", 2},
    CurrencyInfo{"SHP", 2}, CurrencyInfo{"SLE", 2}, CurrencyInfo{"SOS", 2}, CurrencyInfo{"SRD", 2},
    CurrencyInfo{"SSP", 2}, CurrencyInfo{"STN", 2}, CurrencyInfo{"SVC", 2}, CurrencyInfo{"SYP", 2},
    CurrencyInfo{"SZL", 2}, CurrencyInfo{"THB", 2}, CurrencyInfo{"TJS", 2}, CurrencyInfo{"TMT", 2},
    CurrencyInfo{"TND", 3}, CurrencyInfo{"TOP", 2}, CurrencyInfo{"TRY", 2}, CurrencyInfo{"TTD", 2},
    CurrencyInfo{"TWD", 2}, CurrencyInfo{"TZS", 2}, CurrencyInfo{"UAH", 2}, CurrencyInfo{"UGX", 0},
    CurrencyInfo{"USD", 2}, CurrencyInfo{"UYU", 2}, CurrencyInfo{"UZS", 2}, CurrencyInfo{"VES", 2},
    CurrencyInfo{"VND", 0}, CurrencyInfo{"VUV", 0}, CurrencyInfo{"WST", 2}, CurrencyInfo{"XAF", 0},
    CurrencyInfo{"XCD", 2}, CurrencyInfo{"XOF", 0}, CurrencyInfo{"XPF", 0}, CurrencyInfo{"YER", 2},
    CurrencyInfo{"ZAR", 2}, CurrencyInfo{"ZMW", 2}, CurrencyInfo{"ZWL", 2},
};

const CurrencyInfo* findCurrency(const QString& code)
{
    if (code.size() != 3)
        return nullptr;
    char ascii[3];
    for (int i = 0; i < 3; ++i) {
        const char16_t u = code[i].unicode();
        if (u < u'A' || u > u'Z')
            return nullptr;
        ascii[i] = static_cast<char>(u);
    }
    const std::string_view wanted(ascii, 3);
    const auto it = std::lower_bound(kCurrencies.begin(), kCurrencies.end(), wanted,
                                     [](const CurrencyInfo& info, std::string_view c) { return info.code < c; });
    return it != kCurrencies.end() && it->code == wanted ? &*it : nullptr;
}

void requireSameCurrency(const Money& a, const Money& b)
{
    if (a.currency() != b.currency())
        throw Error(ErrorCode::Internal,
                    QStringLiteral("Cannot combine amounts in %1 and %2.").arg(a.currency(), b.currency()));
}

[[noreturn]] void throwOverflow()
{
    throw Error(ErrorCode::Internal, QStringLiteral("Money amount out of range."));
}

} // namespace

Money::Money(qint64 minor, QString currency) : m_minor(minor), m_currency(std::move(currency))
{
}

Money Money::operator+(const Money& other) const
{
    requireSameCurrency(*this, other);
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum))
        throwOverflow();
    return Money(sum, m_currency);
}

Money Money::operator-(const Money& other) const
{
    requireSameCurrency(*this, other);
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &difference))
        throwOverflow();
    return Money(difference, m_currency);
}

std::strong_ordering Money::operator<=>(const Money& other) const
{
    requireSameCurrency(*this, other);
    return m_minor <=> other.m_minor;
}

qint64 Money::percentHalfUp(qint64 amount, int percent)
{
    const Int128 product = static_cast<Int128>(amount) * percent;
    const Int128 magnitude = product < 0 ? -product : product;
    const Int128 rounded = (magnitude + 50) / 100;
    const Int128 result = product < 0 ? -rounded : rounded;
    if (result > std::numeric_limits<qint64>::max() || result < std::numeric_limits<qint64>::min())
        throwOverflow();
    return static_cast<qint64>(result);
}

bool isValidCurrency(const QString& code)
{
    return findCurrency(code) != nullptr;
}

int currencyMinorDigits(const QString& code)
{
    const CurrencyInfo* info = findCurrency(code);
    return info ? info->minorDigits : -1;
}

} // namespace roost
