// SPDX-License-Identifier: Apache-2.0
// The host's earnings against a real roost-server: the payouts of paid stays in the table and
// the chart, and the CSV export matching the server's payouts field by field; plus the CSV
// quoting rules on their own.
#include "HostViewFixture.h"
#include "host/EarningsView.h"
#include "host/ObjectTableModel.h"
#include "host/PayoutCsv.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QLabel>
#include <algorithm>

using namespace roost;
using namespace roost::test;
using namespace roost::app;

namespace {

/// Splits RFC 4180 text into records of fields (quoted fields may hold commas, quotes, CRLF).
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList fields;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                current += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(current);
            current.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            fields.append(current);
            records.append(fields);
            fields.clear();
            current.clear();
            ++i;
        } else {
            current += c;
        }
    }
    return records;
}

} // namespace

class TestEarningsView : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_api.start()); }

    void fieldsAreQuotedWhenTheyMustBe_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Lisbon loft") << QStringLiteral("Lisbon loft");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("Flat, Porto") << QStringLiteral("\"Flat, Porto\"");
        QTest::newRow("quote") << QStringLiteral("The \"Blue\" room") << QStringLiteral("\"The \"\"Blue\"\" room\"");
        QTest::newRow("line break") << QStringLiteral("Two\nlines") << QStringLiteral("\"Two\nlines\"");
    }
    void fieldsAreQuotedWhenTheyMustBe()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(PayoutCsv::field(value), expected);
    }

    void amountsInMajorUnits()
    {
        QCOMPARE(PayoutCsv::decimalAmount(123450, QStringLiteral("EUR")), QStringLiteral("1234.50"));
        QCOMPARE(PayoutCsv::decimalAmount(5, QStringLiteral("EUR")), QStringLiteral("0.05"));
        QCOMPARE(PayoutCsv::decimalAmount(1234, QStringLiteral("JPY")), QStringLiteral("1234"));
        QCOMPARE(PayoutCsv::decimalAmount(-250, QStringLiteral("USD")), QStringLiteral("-2.50"));
    }

    void exportMatchesTheServersPayouts()
    {
        const TestUser host = m_api.registerUser(QStringLiteral("Earning Host"));
        const TestUser guest = m_api.registerUser(QStringLiteral("Paying Guest"));
        const QString title = QStringLiteral("The \"Blue\" flat, Lisbon");
        const QString listingId
            = m_api
                  .createListing(host, { { QStringLiteral("title"), title }, { QStringLiteral("instant_book"), true } })
                  .value(QStringLiteral("id"))
                  .toString();
        BookingApi bookings(m_api.http());
        const QString past = pastStay(bookings, guest, listingId, 40);
        QVERIFY(!past.isEmpty());
        const QDate in = BookingApi::today().addDays(20);
        const HttpReply future = bookings.book(guest, listingId, in, in.addDays(2), 1);
        QCOMPARE(bookings.pay(guest, future.json().value(QStringLiteral("id")).toString()).status, 201);
        const QJsonArray serverPayouts
            = m_api.http().get(QStringLiteral("/api/v1/hosts/me/payouts"), host.accessToken).items();
        QCOMPARE(serverPayouts.size(), 2);

        HostApp app;
        QVERIFY(app.start(m_api.server().baseUrl(), m_dir.filePath(QStringLiteral("host.sqlite")), host));
        app::EarningsView view(*app.context);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.show();
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 2, kTimeout);

        // One bar per month of release, the amounts in euros.
        auto* series = qobject_cast<QBarSeries*>(view.chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->count(), 1);
        double charted = 0;
        for (int i = 0; i < series->barSets().first()->count(); ++i)
            charted += series->barSets().first()->at(i);
        qint64 total = 0;
        for (const QJsonValue& p : serverPayouts)
            total += p.toObject().value(QStringLiteral("amount")).toInteger();
        QCOMPARE(qRound64(charted * 100), total);
        QVERIFY(!child<QLabel>(&view, "earningsTotals")->text().isEmpty());

        const QString path = m_dir.filePath(QStringLiteral("payouts.csv"));
        QVERIFY(view.exportTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(file.readAll()));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0].join(QLatin1Char(',')),
            QStringLiteral("payout_id,booking_id,listing_id,listing,amount,currency,status,release_at,created_at"));
        for (const QJsonValue& value : serverPayouts) {
            const QJsonObject p = value.toObject();
            const auto row = std::find_if(records.cbegin() + 1, records.cend(),
                [&p](const QStringList& r) { return r.value(0) == p.value(QStringLiteral("id")).toString(); });
            QVERIFY(row != records.cend());
            QCOMPARE(row->size(), 9);
            QCOMPARE(row->at(1), p.value(QStringLiteral("booking_id")).toString());
            QCOMPARE(row->at(2), listingId);
            QCOMPARE(row->at(3), title);
            QCOMPARE(row->at(4),
                PayoutCsv::decimalAmount(p.value(QStringLiteral("amount")).toInteger(), QStringLiteral("EUR")));
            QCOMPARE(row->at(5), QStringLiteral("EUR"));
            QCOMPARE(row->at(6), p.value(QStringLiteral("status")).toString());
            QCOMPARE(row->at(7), p.value(QStringLiteral("release_at")).toString());
            QCOMPARE(row->at(8), p.value(QStringLiteral("created_at")).toString());
        }
    }
};

QTEST_MAIN(TestEarningsView)
#include "tst_earningsview.moc"
