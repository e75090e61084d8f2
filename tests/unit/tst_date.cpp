// SPDX-License-Identifier: Apache-2.0
#include "roost/Date.h"
#include "roost/Stay.h"

#include <QTest>

using namespace roost;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

} // namespace

class TestDate : public QObject
{
    Q_OBJECT

private slots:
    void parseDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected"); // invalid QDate = rejected
        QTest::newRow("plain") << QStringLiteral("2024-05-01") << QDate(2024, 5, 1);
        QTest::newRow("leap day") << QStringLiteral("2024-02-29") << QDate(2024, 2, 29);
        QTest::newRow("first year") << QStringLiteral("1900-01-01") << QDate(1900, 1, 1);
        QTest::newRow("last year") << QStringLiteral("9999-12-31") << QDate(9999, 12, 31);
        QTest::newRow("before 1900") << QStringLiteral("1899-12-31") << QDate();
        QTest::newRow("year 0000") << QStringLiteral("0000-01-01") << QDate();
        QTest::newRow("not a leap year") << QStringLiteral("2023-02-29") << QDate();
        QTest::newRow("Feb 30") << QStringLiteral("2024-02-30") << QDate();
        QTest::newRow("month 13") << QStringLiteral("2024-13-01") << QDate();
        QTest::newRow("month 00") << QStringLiteral("2024-00-10") << QDate();
        QTest::newRow("day 00") << QStringLiteral("2024-01-00") << QDate();
        QTest::newRow("unpadded") << QStringLiteral("2024-2-3") << QDate();
        QTest::newRow("slashes") << QStringLiteral("2024/02/03") << QDate();
        QTest::newRow("trailing time") << QStringLiteral("2024-02-03T00:00") << QDate();
        QTest::newRow("trailing space") << QStringLiteral("2024-02-03 ") << QDate();
        QTest::newRow("leading space") << QStringLiteral(" 2024-02-03") << QDate();
        QTest::newRow("five-digit year") << QStringLiteral("12024-02-03") << QDate();
        QTest::newRow("signed") << QStringLiteral("+024-02-03") << QDate();
        QTest::newRow("arabic-indic digits") << QString::fromUtf8("\xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa4-02-03") << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }
    void parseDate()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        const auto date = roost::parseDate(text);
        QCOMPARE(date.has_value(), expected.isValid());
        if (date) {
            QCOMPARE(*date, expected);
            QCOMPARE(dateToString(*date), text);
        }
    }

    void dateToStringPads()
    {
        QCOMPARE(dateToString(QDate(1900, 1, 2)), QStringLiteral("1900-01-02"));
        QCOMPARE(dateToString(QDate()), QString());
    }

    void stayMake_data()
    {
        QTest::addColumn<QDate>("in");
        QTest::addColumn<QDate>("out");
        QTest::addColumn<int>("nights"); // 0 = rejected
        QTest::newRow("one night") << QDate(2024, 5, 1) << QDate(2024, 5, 2) << 1;
        QTest::newRow("week") << QDate(2024, 5, 1) << QDate(2024, 5, 8) << 7;
        QTest::newRow("over leap day") << QDate(2024, 2, 28) << QDate(2024, 3, 1) << 2;
        QTest::newRow("over new year") << QDate(2023, 12, 30) << QDate(2024, 1, 2) << 3;
        QTest::newRow("same day") << QDate(2024, 5, 1) << QDate(2024, 5, 1) << 0;
        QTest::newRow("reversed") << QDate(2024, 5, 2) << QDate(2024, 5, 1) << 0;
        QTest::newRow("invalid check-in") << QDate() << QDate(2024, 5, 1) << 0;
        QTest::newRow("invalid check-out") << QDate(2024, 5, 1) << QDate() << 0;
    }
    void stayMake()
    {
        QFETCH(QDate, in);
        QFETCH(QDate, out);
        QFETCH(int, nights);
        const auto stay = Stay::make(in, out);
        QCOMPARE(stay.has_value(), nights > 0);
        if (stay) {
            QCOMPARE(stay->nights(), nights);
            QCOMPARE(stay->checkIn(), in);
            QCOMPARE(stay->checkOut(), out);
        }
    }

    void overlaps_data()
    {
        QTest::addColumn<QDate>("aIn");
        QTest::addColumn<QDate>("aOut");
        QTest::addColumn<QDate>("bIn");
        QTest::addColumn<QDate>("bOut");
        QTest::addColumn<bool>("overlap");
        const QDate d1(2024, 5, 1), d3(2024, 5, 3), d5(2024, 5, 5), d7(2024, 5, 7), d9(2024, 5, 9);
        QTest::newRow("identical") << d1 << d5 << d1 << d5 << true;
        QTest::newRow("adjacent after") << d1 << d5 << d5 << d9 << false;
        QTest::newRow("adjacent before") << d5 << d9 << d1 << d5 << false;
        QTest::newRow("apart") << d1 << d3 << d7 << d9 << false;
        QTest::newRow("partial start") << d3 << d7 << d1 << d5 << true;
        QTest::newRow("partial end") << d1 << d5 << d3 << d7 << true;
        QTest::newRow("contained") << d1 << d9 << d3 << d5 << true;
        QTest::newRow("containing") << d3 << d5 << d1 << d9 << true;
        QTest::newRow("one shared night") << d1 << d5 << d1.addDays(3) << d9 << true;
    }
    void overlaps()
    {
        QFETCH(QDate, aIn);
        QFETCH(QDate, aOut);
        QFETCH(QDate, bIn);
        QFETCH(QDate, bOut);
        QFETCH(bool, overlap);
        const Stay a = *Stay::make(aIn, aOut);
        const Stay b = *Stay::make(bIn, bOut);
        QCOMPARE(a.overlaps(b), overlap);
        QCOMPARE(b.overlaps(a), overlap);
    }

    void contains_data()
    {
        QTest::addColumn<QDate>("night");
        QTest::addColumn<bool>("contained");
        QTest::newRow("day before") << QDate(2024, 4, 30) << false;
        QTest::newRow("check-in night") << QDate(2024, 5, 1) << true;
        QTest::newRow("last night") << QDate(2024, 5, 4) << true;
        QTest::newRow("check-out day") << QDate(2024, 5, 5) << false;
    }
    void contains()
    {
        QFETCH(QDate, night);
        QFETCH(bool, contained);
        QCOMPARE(Stay::make(QDate(2024, 5, 1), QDate(2024, 5, 5))->contains(night), contained);
    }

    void startOfDayUtc()
    {
        const QDateTime start = roost::startOfDayUtc(QDate(2024, 5, 1));
        QCOMPARE(start, utc(2024, 5, 1, 0, 0, 0));
        QCOMPARE(start.timeSpec(), Qt::UTC);
        QCOMPARE(roost::timestampToString(start), QStringLiteral("2024-05-01T00:00:00.000Z"));
    }

    void parseTimestamp_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected"); // invalid = rejected
        QTest::newRow("Z") << QStringLiteral("2024-05-01T12:00:00Z") << utc(2024, 5, 1, 12, 0, 0);
        QTest::newRow("lowercase t and z") << QStringLiteral("2024-05-01t12:00:00z") << utc(2024, 5, 1, 12, 0, 0);
        QTest::newRow("millis") << QStringLiteral("2024-05-01T12:00:00.123Z") << utc(2024, 5, 1, 12, 0, 0, 123);
        QTest::newRow("one fraction digit") << QStringLiteral("2024-05-01T12:00:00.5Z") << utc(2024, 5, 1, 12, 0, 0, 500);
        QTest::newRow("micros truncated") << QStringLiteral("2024-05-01T12:00:00.123999Z")
                                          << utc(2024, 5, 1, 12, 0, 0, 123);
        QTest::newRow("positive offset") << QStringLiteral("2024-05-01T12:00:00+02:00") << utc(2024, 5, 1, 10, 0, 0);
        QTest::newRow("negative offset") << QStringLiteral("2024-05-01T12:00:00-05:30") << utc(2024, 5, 1, 17, 30, 0);
        QTest::newRow("offset crosses day") << QStringLiteral("2024-05-01T01:00:00+03:00") << utc(2024, 4, 30, 22, 0, 0);
        QTest::newRow("-00:00") << QStringLiteral("2024-05-01T12:00:00-00:00") << utc(2024, 5, 1, 12, 0, 0);
        QTest::newRow("max offset") << QStringLiteral("2024-05-01T12:00:00+23:59") << utc(2024, 4, 30, 12, 1, 0);
        QTest::newRow("no zone") << QStringLiteral("2024-05-01T12:00:00") << QDateTime();
        QTest::newRow("space separator") << QStringLiteral("2024-05-01 12:00:00Z") << QDateTime();
        QTest::newRow("no seconds") << QStringLiteral("2024-05-01T12:00Z") << QDateTime();
        QTest::newRow("hour 24") << QStringLiteral("2024-05-01T24:00:00Z") << QDateTime();
        QTest::newRow("leap second") << QStringLiteral("2016-12-31T23:59:60Z") << QDateTime();
        QTest::newRow("offset hour 24") << QStringLiteral("2024-05-01T12:00:00+24:00") << QDateTime();
        QTest::newRow("offset without colon") << QStringLiteral("2024-05-01T12:00:00+0200") << QDateTime();
        QTest::newRow("bad date") << QStringLiteral("2024-02-30T12:00:00Z") << QDateTime();
        QTest::newRow("empty fraction") << QStringLiteral("2024-05-01T12:00:00.Z") << QDateTime();
        QTest::newRow("trailing text") << QStringLiteral("2024-05-01T12:00:00Zx") << QDateTime();
        QTest::newRow("date only") << QStringLiteral("2024-05-01") << QDateTime();
        QTest::newRow("empty") << QString() << QDateTime();
    }
    void parseTimestamp()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const auto parsed = roost::parseTimestamp(text);
        QCOMPARE(parsed.has_value(), expected.isValid());
        if (parsed) {
            QCOMPARE(*parsed, expected);
            QCOMPARE(parsed->timeSpec(), Qt::UTC);
        }
    }

    void timestampToString_data()
    {
        QTest::addColumn<QDateTime>("timestamp");
        QTest::addColumn<QString>("expected");
        QTest::newRow("utc") << utc(2024, 5, 1, 12, 0, 0) << QStringLiteral("2024-05-01T12:00:00.000Z");
        QTest::newRow("millis") << utc(2024, 5, 1, 12, 0, 0, 7) << QStringLiteral("2024-05-01T12:00:00.007Z");
        QTest::newRow("offset converted to utc")
            << QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::OffsetFromUTC, 2 * 3600)
            << QStringLiteral("2024-05-01T10:00:00.000Z");
        QTest::newRow("every field two digits") << utc(1999, 12, 31, 23, 59, 58, 999) << QStringLiteral("1999-12-31T23:59:58.999Z");
        QTest::newRow("leading zeros") << utc(2001, 1, 2, 3, 4, 5, 60) << QStringLiteral("2001-01-02T03:04:05.060Z");
        QTest::newRow("invalid") << QDateTime() << QString();
    }
    void timestampToString()
    {
        QFETCH(QDateTime, timestamp);
        QFETCH(QString, expected);
        QCOMPARE(roost::timestampToString(timestamp), expected);
        if (timestamp.isValid())
            QCOMPARE(*roost::parseTimestamp(expected), timestamp);
    }

    void timestampToJson()
    {
        QVERIFY(roost::timestampToJson(QDateTime()).isNull());
        QCOMPARE(roost::timestampToJson(utc(2024, 5, 1, 0, 0, 0)).toString(),
                 QStringLiteral("2024-05-01T00:00:00.000Z"));
    }
};

QTEST_APPLESS_MAIN(TestDate)
#include "tst_date.moc"
