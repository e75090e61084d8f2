// SPDX-License-Identifier: Apache-2.0
#include "roost/Error.h"
#include "roost/Money.h"

#include <QTest>

#include <limits>

using namespace roost;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void percentHalfUp_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<int>("percent");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("exact") << qint64(1000) << 12 << qint64(120);
        QTest::newRow("zero amount") << qint64(0) << 12 << qint64(0);
        QTest::newRow("zero percent") << qint64(12345) << 0 << qint64(0);
        QTest::newRow("half rounds up") << qint64(1) << 50 << qint64(1);
        QTest::newRow("just below half rounds down") << qint64(1) << 49 << qint64(0);
        QTest::newRow("1.5 -> 2") << qint64(3) << 50 << qint64(2);
        QTest::newRow("2.5 -> 3 (not banker's)") << qint64(5) << 50 << qint64(3);
        QTest::newRow("0.51 -> 1") << qint64(17) << 3 << qint64(1);
        QTest::newRow("service fee 12% of 12345") << qint64(12345) << 12 << qint64(1481); // 1481.4
        QTest::newRow("service fee 12% of 12375") << qint64(12375) << 12 << qint64(1485); // 1485.0
        QTest::newRow("12% of 4") << qint64(4) << 12 << qint64(0);  // 0.48
        QTest::newRow("12% of 5") << qint64(5) << 12 << qint64(1);  // 0.6
        QTest::newRow("3% of 50") << qint64(50) << 3 << qint64(2);  // 1.5
        QTest::newRow("100%") << qint64(98765) << 100 << qint64(98765);
        QTest::newRow("1e15 at 12%") << qint64(1'000'000'000'000'000) << 12 << qint64(120'000'000'000'000);
        QTest::newRow("1e15+1 at 50%") << qint64(1'000'000'000'000'001) << 50 << qint64(500'000'000'000'001);
        QTest::newRow("negative half away from zero") << qint64(-1) << 50 << qint64(-1);
        QTest::newRow("negative below half") << qint64(-1) << 49 << qint64(0);
        QTest::newRow("int64 max at 100%") << std::numeric_limits<qint64>::max() << 100
                                           << std::numeric_limits<qint64>::max();
        QTest::newRow("int64 max at 3%") << std::numeric_limits<qint64>::max() << 3
                                         << qint64(276701161105643274); // 2.767...e17 rounded
    }
    void percentHalfUp()
    {
        QFETCH(qint64, amount);
        QFETCH(int, percent);
        QFETCH(qint64, expected);
        QCOMPARE(Money::percentHalfUp(amount, percent), expected);
    }

    void percentHalfUpOverflowThrows()
    {
        QVERIFY_THROWS_EXCEPTION(Error, Money::percentHalfUp(std::numeric_limits<qint64>::max(), 101));
    }

    void arithmetic()
    {
        const Money a(1050, QStringLiteral("EUR"));
        const Money b(250, QStringLiteral("EUR"));
        QCOMPARE((a + b).minor(), qint64(1300));
        QCOMPARE((a - b).minor(), qint64(800));
        QCOMPARE((a + b).currency(), QStringLiteral("EUR"));
        QVERIFY(b < a);
        QVERIFY(a > b);
        QVERIFY(a == Money(1050, QStringLiteral("EUR")));
        QVERIFY(a != Money(1050, QStringLiteral("USD")));
    }

    void mixedCurrenciesThrow()
    {
        const Money eur(100, QStringLiteral("EUR"));
        const Money usd(100, QStringLiteral("USD"));
        QVERIFY_THROWS_EXCEPTION(Error, eur + usd);
        QVERIFY_THROWS_EXCEPTION(Error, eur - usd);
        QVERIFY_THROWS_EXCEPTION(Error, (void)(eur < usd));
    }

    void overflowThrows()
    {
        const Money big(std::numeric_limits<qint64>::max(), QStringLiteral("EUR"));
        const Money small(std::numeric_limits<qint64>::min(), QStringLiteral("EUR"));
        QVERIFY_THROWS_EXCEPTION(Error, big + Money(1, QStringLiteral("EUR")));
        QVERIFY_THROWS_EXCEPTION(Error, small - Money(1, QStringLiteral("EUR")));
    }

    void maxMoney()
    {
        QCOMPARE(kMaxMoneyMinor, qint64(10'000'000'000));
        // A two-year stay at the maximum price, plus fees, is nowhere near overflow.
        QVERIFY(kMaxMoneyMinor * 730 * 2 < std::numeric_limits<qint64>::max() / 1000);
    }

    void currency_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        const char* common[] = {"USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK",
                                "PLN", "CZK", "HUF", "MXN", "BRL", "ARS", "CLP", "COP", "PEN", "INR", "CNY",
                                "HKD", "SGD", "KRW", "THB", "IDR", "MYR", "PHP", "ZAR", "TRY", "ILS", "AED",
                                "SAR", "EGP", "MAD", "KES", "NGN", "ISK", "RON", "BGN", "KWD", "XOF"};
        for (const char* code : common)
            QTest::newRow(code) << QString::fromLatin1(code) << true;
        QTest::newRow("lowercase") << QStringLiteral("usd") << false;
        QTest::newRow("mixed case") << QStringLiteral("Eur") << false;
        QTest::newRow("two letters") << QStringLiteral("US") << false;
        QTest::newRow("four letters") << QStringLiteral("USDD") << false;
        QTest::newRow("unknown") << QStringLiteral("ABC") << false;
        QTest::newRow("gold is not a currency here") << QStringLiteral("XAU") << false;
        QTest::newRow("test code") << QStringLiteral("XXX") << false;
        QTest::newRow("withdrawn (HRK)") << QStringLiteral("HRK") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("padded") << QStringLiteral(" EUR") << false;
        QTest::newRow("accented") << QString::fromUtf8("\xc3\x89UR") << false;
    }
    void currency()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(isValidCurrency(code), valid);
        QCOMPARE(currencyMinorDigits(code) >= 0, valid);
    }

    void minorDigits()
    {
        QCOMPARE(currencyMinorDigits(QStringLiteral("EUR")), 2);
        QCOMPARE(currencyMinorDigits(QStringLiteral("JPY")), 0);
        QCOMPARE(currencyMinorDigits(QStringLiteral("KWD")), 3);
        QCOMPARE(currencyMinorDigits(QStringLiteral("XYZ")), -1);
    }
};

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
