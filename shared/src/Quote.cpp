// SPDX-License-Identifier: Apache-2.0
#include "roost/Quote.h"

#include "roost/Error.h"
#include "roost/Money.h"

#include <algorithm>

namespace roost {

namespace {

[[noreturn]] void throwOutOfRange()
{
    throw Error(ErrorCode::Internal, QStringLiteral("The price of the stay is out of range."));
}

qint64 checkedMultiply(qint64 a, qint64 b)
{
    qint64 result = 0;
    if (__builtin_mul_overflow(a, b, &result))
        throwOutOfRange();
    return result;
}

qint64 checkedAdd(qint64 a, qint64 b)
{
    qint64 result = 0;
    if (__builtin_add_overflow(a, b, &result))
        throwOutOfRange();
    return result;
}

} // namespace

int discountPct(const Listing& listing, int nights)
{
    int pct = 0;
    if (nights >= QuoteRules::kWeeklyNights)
        pct = listing.weeklyDiscountPct;
    if (nights >= QuoteRules::kMonthlyNights)
        pct = std::max(pct, listing.monthlyDiscountPct);
    return pct;
}

Quote quoteStay(const Listing& listing, const Stay& stay)
{
    Quote quote;
    quote.nights = stay.nights();
    quote.currency = listing.currency;
    quote.nightlyTotal = checkedMultiply(quote.nights, listing.nightlyPrice);
    // Both discounts share the nightly total as their base, so the larger percentage is also the
    // larger amount; comparing percentages avoids rounding two amounts.
    quote.discount = Money::percentHalfUp(quote.nightlyTotal, discountPct(listing, quote.nights));
    quote.cleaningFee = listing.cleaningFee;
    const qint64 nightsAfterDiscount = quote.nightlyTotal - quote.discount; // discount ≤ total: no overflow
    quote.serviceFee = Money::percentHalfUp(nightsAfterDiscount, QuoteRules::kServiceFeePct);
    quote.total = checkedAdd(checkedAdd(nightsAfterDiscount, quote.cleaningFee), quote.serviceFee);
    return quote;
}

QJsonObject priceToJson(const Quote& quote)
{
    return QJsonObject{
        {QStringLiteral("nightly_total"), quote.nightlyTotal},
        {QStringLiteral("discount"), quote.discount},
        {QStringLiteral("cleaning_fee"), quote.cleaningFee},
        {QStringLiteral("service_fee"), quote.serviceFee},
        {QStringLiteral("total"), quote.total},
        {QStringLiteral("currency"), quote.currency},
    };
}

QJsonObject quoteToJson(const Quote& quote, bool available)
{
    QJsonObject json = priceToJson(quote);
    json.insert(QStringLiteral("nights"), quote.nights);
    json.insert(QStringLiteral("available"), available);
    return json;
}

} // namespace roost
