// SPDX-License-Identifier: Apache-2.0
#include "roost/Error.h"
#include "roost/Listing.h"
#include "roost/Money.h"
#include "roost/Quote.h"
#include "roost/Stay.h"

#include <QTest>

using namespace roost;

namespace {

Listing listing(qint64 nightlyPrice, qint64 cleaningFee, int weeklyPct, int monthlyPct)
{
    Listing l;
    l.nightlyPrice = nightlyPrice;
    l.cleaningFee = cleaningFee;
    l.weeklyDiscountPct = weeklyPct;
    l.monthlyDiscountPct = monthlyPct;
    l.currency = QStringLiteral("EUR");
    return l;
}

Stay stayOf(int nights)
{
    const QDate checkIn(2024, 5, 1);
    return *Stay::make(checkIn, checkIn.addDays(nights));
}

} // namespace

class TestQuote : public QObject
{
    Q_OBJECT

private slots:
    void quote_data()
    {
        QTest::addColumn<qint64>("price");
        QTest::addColumn<qint64>("cleaning");
        QTest::addColumn<int>("weekly");
        QTest::addColumn<int>("monthly");
        QTest::addColumn<int>("nights");
        QTest::addColumn<qint64>("nightlyTotal");
        QTest::addColumn<qint64>("discount");
        QTest::addColumn<qint64>("serviceFee");
        QTest::addColumn<qint64>("total");
        auto row = [](const char* name, qint64 price, qint64 cleaning, int weekly, int monthly, int n,
                      qint64 nightlyTotal, qint64 discount, qint64 serviceFee, qint64 total) {
            QTest::newRow(name) << price << cleaning << weekly << monthly << n << nightlyTotal << discount
                                << serviceFee << total;
        };
        // price, cleaning fee, weekly %, monthly %, nights → nightly total, discount, service fee, total
        row("1 night", 10000, 2500, 10, 20, 1, 10000, 0, 1200, 13700);
        row("6 nights: no weekly yet", 10000, 2500, 10, 20, 6, 60000, 0, 7200, 69700);
        row("7 nights: weekly", 10000, 2500, 10, 20, 7, 70000, 7000, 7560, 73060);
        row("27 nights: still weekly", 10000, 2500, 10, 20, 27, 270000, 27000, 29160, 274660);
        row("28 nights: monthly", 10000, 2500, 10, 20, 28, 280000, 56000, 26880, 253380);
        row("29 nights: monthly", 10000, 2500, 10, 20, 29, 290000, 58000, 27840, 262340);
        row("weekly larger than monthly at 28", 10000, 2500, 15, 10, 28, 280000, 42000, 28560, 269060);
        row("equal discounts apply once", 10000, 0, 10, 10, 28, 280000, 28000, 30240, 282240);
        row("monthly 0 keeps weekly at 30", 10000, 2500, 10, 0, 30, 300000, 30000, 32400, 304900);
        row("monthly 0 keeps weekly at 28", 10000, 2500, 10, 0, 28, 280000, 28000, 30240, 284740);
        row("monthly only, 7 nights: nothing", 10000, 2500, 0, 20, 7, 70000, 0, 8400, 80900);
        row("monthly only, 28 nights", 10000, 2500, 0, 20, 28, 280000, 56000, 26880, 253380);
        row("no discounts at 30", 10000, 2500, 0, 0, 30, 300000, 0, 36000, 338500);
        row("no cleaning fee", 8000, 0, 0, 0, 3, 24000, 0, 2880, 26880);
        row("90 % discount", 10000, 0, 90, 90, 28, 280000, 252000, 3360, 31360);
        // 12 % of an integer is never exactly .5 (12·x is even), so the fee's rounding is shown
        // around the half and the .5 case on the discount.
        row("fee 12 % of 1 = 0.12 -> 0", 1, 0, 0, 0, 1, 1, 0, 0, 1);
        row("fee 12 % of 4 = 0.48 -> 0", 4, 0, 0, 0, 1, 4, 0, 0, 4);
        row("fee 12 % of 5 = 0.6 -> 1", 5, 0, 0, 0, 1, 5, 0, 1, 6);
        row("fee 12 % of 21 = 2.52 -> 3", 21, 0, 0, 0, 1, 21, 0, 3, 24);
        row("fee 12 % of 29 = 3.48 -> 3", 29, 0, 0, 0, 1, 29, 0, 3, 32);
        row("fee 12 % of 25 = 3 exactly", 25, 0, 0, 0, 1, 25, 0, 3, 28);
        row("discount 10 % of 35 = 3.5 -> 4", 5, 0, 10, 0, 7, 35, 4, 4, 35);
        row("discount 10 % of 34.3 rounds down", 49, 0, 10, 0, 7, 343, 34, 37, 346);
        row("fee after discount", 7, 100, 5, 0, 10, 70, 4, 8, 174);
        row("max price, 730 nights", kMaxMoneyMinor, kMaxMoneyMinor, 10, 20, 730, 7'300'000'000'000,
            1'460'000'000'000, 700'800'000'000, 6'550'800'000'000);
        row("max price, 1 night", kMaxMoneyMinor, kMaxMoneyMinor, 0, 0, 1, kMaxMoneyMinor, 0, 1'200'000'000,
            21'200'000'000);
    }
    void quote()
    {
        QFETCH(qint64, price);
        QFETCH(qint64, cleaning);
        QFETCH(int, weekly);
        QFETCH(int, monthly);
        QFETCH(int, nights);
        QFETCH(qint64, nightlyTotal);
        QFETCH(qint64, discount);
        QFETCH(qint64, serviceFee);
        QFETCH(qint64, total);

        const Quote q = quoteStay(listing(price, cleaning, weekly, monthly), stayOf(nights));
        QCOMPARE(q.nights, nights);
        QCOMPARE(q.nightlyTotal, nightlyTotal);
        QCOMPARE(q.discount, discount);
        QCOMPARE(q.cleaningFee, cleaning);
        QCOMPARE(q.serviceFee, serviceFee);
        QCOMPARE(q.total, total);
        QCOMPARE(q.currency, QStringLiteral("EUR"));
        // The invariant, whatever the row.
        QCOMPARE(q.total, q.nightlyTotal - q.discount + q.cleaningFee + q.serviceFee);
    }

    void discountPct_data()
    {
        QTest::addColumn<int>("weekly");
        QTest::addColumn<int>("monthly");
        QTest::addColumn<int>("nights");
        QTest::addColumn<int>("expected");
        QTest::newRow("6 nights") << 10 << 20 << 6 << 0;
        QTest::newRow("7 nights") << 10 << 20 << 7 << 10;
        QTest::newRow("27 nights") << 10 << 20 << 27 << 10;
        QTest::newRow("28 nights") << 10 << 20 << 28 << 20;
        QTest::newRow("weekly wins at 28") << 25 << 20 << 28 << 25;
        QTest::newRow("monthly 0 at 365") << 10 << 0 << 365 << 10;
        QTest::newRow("both 0") << 0 << 0 << 100 << 0;
    }
    void discountPct()
    {
        QFETCH(int, weekly);
        QFETCH(int, monthly);
        QFETCH(int, nights);
        QFETCH(int, expected);
        QCOMPARE(roost::discountPct(listing(100, 0, weekly, monthly), nights), expected);
    }

    void veryLongStayIsExact()
    {
        // Far beyond what a booking allows, but quoteStay itself must stay exact.
        const Stay stay = *Stay::make(QDate(1, 1, 1), QDate(9999, 12, 31));
        const Quote q = quoteStay(listing(kMaxMoneyMinor, 0, 0, 0), stay);
        QCOMPARE(q.nightlyTotal, qint64(stay.nights()) * kMaxMoneyMinor);
        QCOMPARE(q.serviceFee, q.nightlyTotal / 100 * 12);
    }

    void overflowThrowsInsteadOfWrapping()
    {
        // ~1.1e9 nights × 1e10 ≈ 1.1e19 > 9.2e18.
        const auto stay = Stay::make(QDate(1, 1, 1), QDate(3'000'000, 1, 1));
        QVERIFY(stay);
        try {
            quoteStay(listing(kMaxMoneyMinor, 0, 0, 0), *stay);
            QFAIL("no exception");
        } catch (const Error& error) {
            QCOMPARE(error.code(), ErrorCode::Internal);
        }
    }

    void quoteJson()
    {
        const Quote q = quoteStay(listing(10000, 2500, 10, 20), stayOf(7));
        const QJsonObject json = quoteToJson(q, true);
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("available"), QStringLiteral("cleaning_fee"),
                                           QStringLiteral("currency"), QStringLiteral("discount"),
                                           QStringLiteral("nightly_total"), QStringLiteral("nights"),
                                           QStringLiteral("service_fee"), QStringLiteral("total")}));
        QCOMPARE(json.value(QStringLiteral("nights")).toInteger(), qint64(7));
        QCOMPARE(json.value(QStringLiteral("nightly_total")).toInteger(), qint64(70000));
        QCOMPARE(json.value(QStringLiteral("discount")).toInteger(), qint64(7000));
        QCOMPARE(json.value(QStringLiteral("cleaning_fee")).toInteger(), qint64(2500));
        QCOMPARE(json.value(QStringLiteral("service_fee")).toInteger(), qint64(7560));
        QCOMPARE(json.value(QStringLiteral("total")).toInteger(), qint64(73060));
        QCOMPARE(json.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
        QCOMPARE(json.value(QStringLiteral("available")), QJsonValue(true));
        QCOMPARE(quoteToJson(q, false).value(QStringLiteral("available")), QJsonValue(false));
        // Integers, not doubles with a fraction.
        QVERIFY(json.value(QStringLiteral("total")).isDouble());
        QCOMPARE(json.value(QStringLiteral("total")).toDouble(), 73060.0);
    }

    void priceJson()
    {
        const Quote q = quoteStay(listing(kMaxMoneyMinor, kMaxMoneyMinor, 10, 20), stayOf(730));
        const QJsonObject json = priceToJson(q);
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("cleaning_fee"), QStringLiteral("currency"),
                                           QStringLiteral("discount"), QStringLiteral("nightly_total"),
                                           QStringLiteral("service_fee"), QStringLiteral("total")}));
        QCOMPARE(json.value(QStringLiteral("total")).toInteger(), qint64(6'550'800'000'000));
    }
};

QTEST_APPLESS_MAIN(TestQuote)
#include "tst_quote.moc"
