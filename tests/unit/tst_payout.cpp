// SPDX-License-Identifier: Apache-2.0
#include "roost/Listing.h"
#include "roost/Money.h"
#include "roost/Payout.h"
#include "roost/Quote.h"

#include <QTest>

using namespace roost;

namespace {

QDateTime utc(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

} // namespace

class TestPayout : public QObject
{
    Q_OBJECT

private slots:
    void amount_data()
    {
        QTest::addColumn<qint64>("nightlyTotal");
        QTest::addColumn<qint64>("discount");
        QTest::addColumn<qint64>("cleaningFee");
        QTest::addColumn<qint64>("serviceFee");
        QTest::addColumn<qint64>("expected");
        auto row = [](const char* name, qint64 nightlyTotal, qint64 discount, qint64 cleaningFee, qint64 serviceFee,
                      qint64 expected) {
            QTest::newRow(name) << nightlyTotal << discount << cleaningFee << serviceFee << expected;
        };
        row("base 10000 -> fee 300", 10000, 0, 0, 1200, 9700);
        row("discount and cleaning in base", 70000, 7000, 2500, 7560, 63535); // base 65500, fee 1965
        row("service fee is not the host's", 70000, 7000, 2500, 999999, 63535);
        row("fee 3 % of 50 = 1.5 -> 2", 50, 0, 0, 0, 48);
        row("fee 3 % of 150 = 4.5 -> 5", 100, 0, 50, 0, 145);
        row("fee 3 % of 17 = 0.51 -> 1", 17, 0, 0, 0, 16);
        row("fee 3 % of 16 = 0.48 -> 0", 16, 0, 0, 0, 16);
        row("fee 3 % of 1 = 0.03 -> 0", 1, 0, 0, 0, 1);
        row("zero", 0, 0, 0, 0, 0);
        row("cleaning only", 0, 0, 2500, 0, 2425);
        row("max stay at max price", 7'300'000'000'000, 1'460'000'000'000, kMaxMoneyMinor, 700'800'000'000,
            5'674'500'000'000); // base 5 850 000 000 000, fee 175 500 000 000
    }
    void amount()
    {
        QFETCH(qint64, nightlyTotal);
        QFETCH(qint64, discount);
        QFETCH(qint64, cleaningFee);
        QFETCH(qint64, serviceFee);
        QFETCH(qint64, expected);
        Quote quote;
        quote.nightlyTotal = nightlyTotal;
        quote.discount = discount;
        quote.cleaningFee = cleaningFee;
        quote.serviceFee = serviceFee;
        quote.total = nightlyTotal - discount + cleaningFee + serviceFee;
        QCOMPARE(payoutAmount(quote), expected);
    }

    void fromAQuote()
    {
        Listing listing;
        listing.nightlyPrice = 12345;
        listing.cleaningFee = 3333;
        listing.weeklyDiscountPct = 7;
        listing.currency = QStringLiteral("EUR");
        const Quote quote = quoteStay(listing, *Stay::make(QDate(2024, 6, 1), QDate(2024, 6, 11)));
        // 123450 − 8642 (7 % of 123450 = 8641.5 → 8642) + 3333 = 118141; 3 % = 3544.23 → 3544.
        QCOMPARE(quote.discount, qint64(8642));
        QCOMPARE(payoutAmount(quote), qint64(118141 - 3544));
        // Guest pays what the host gets plus the two fees: nothing is lost or made up.
        QCOMPARE(quote.total - quote.serviceFee - payoutAmount(quote), qint64(3544));
    }

    void releaseAt_data()
    {
        QTest::addColumn<QDate>("checkIn");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("ordinary") << QDate(2024, 6, 10) << utc(2024, 6, 11);
        QTest::newRow("leap day") << QDate(2024, 2, 28) << utc(2024, 2, 29);
        QTest::newRow("after leap day") << QDate(2024, 2, 29) << utc(2024, 3, 1);
        QTest::newRow("year end") << QDate(2024, 12, 31) << utc(2025, 1, 1);
        QTest::newRow("European DST night") << QDate(2024, 3, 31) << utc(2024, 4, 1);
    }
    void releaseAt()
    {
        QFETCH(QDate, checkIn);
        QFETCH(QDateTime, expected);
        const QDateTime release = payoutReleaseAt(*Stay::make(checkIn, checkIn.addDays(3)));
        QCOMPARE(release, expected);
        QCOMPARE(release.timeSpec(), Qt::UTC);
    }
};

QTEST_APPLESS_MAIN(TestPayout)
#include "tst_payout.moc"
