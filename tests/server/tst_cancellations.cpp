// SPDX-License-Identifier: Apache-2.0
// Cancellations over HTTP, with time moved by X-Roost-Now: the refund of every cancellation policy
// at its deadlines, for guests and hosts, paid or not; the reason a cancellation gives, kept on
// the booking and quoted in the e-mail to both sides; and bad reasons that change nothing (API.md,
// Bookings; Precise rules, Money). No background worker runs, so jobs run only when asked.
#include "ApiFixture.h"
#include "BookingApi.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace roost::test;

namespace {

QString idOf(const QJsonObject& o)
{
    return o.value(QStringLiteral("id")).toString();
}

QString statusOf(const QJsonObject& o)
{
    return o.value(QStringLiteral("status")).toString();
}

qint64 totalOf(const QJsonObject& booking)
{
    return booking.value(QStringLiteral("price")).toObject().value(QStringLiteral("total")).toInteger(-1);
}

} // namespace

class TestCancellations : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    std::unique_ptr<BookingApi> m_bookings;
    TestUser m_host;
    TestUser m_guest;

    BookingApi& api() { return *m_bookings; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_api.start({{QStringLiteral("ROOST_JOB_WORKERS"), QStringLiteral("0")}}));
        m_bookings = std::make_unique<BookingApi>(m_api.http());
        m_host = m_api.registerUser(QStringLiteral("Host"));
        m_guest = m_api.registerUser(QStringLiteral("Guest"));
        QVERIFY(!m_host.id.isEmpty() && !m_guest.id.isEmpty());
    }

    void cancellationRefundsFollowThePolicy_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<bool>("instant");
        QTest::addColumn<bool>("pay");
        QTest::addColumn<bool>("byHost");
        QTest::addColumn<qint64>("offset"); // seconds from 00:00 UTC of check-in to the cancellation
        QTest::addColumn<int>("refundPct"); // of the total; -1: the cancellation is refused
        constexpr qint64 h = 3600;
        constexpr qint64 day = 24 * h;
        QTest::newRow("flexible, a second before 24 h") << "flexible" << true << true << false << -day - 1 << 100;
        QTest::newRow("flexible, at 24 h before") << "flexible" << true << true << false << -day << 0;
        QTest::newRow("flexible, an hour before") << "flexible" << true << true << false << -h << 0;
        QTest::newRow("moderate, before 5 days") << "moderate" << true << true << false << -5 * day - 1 << 100;
        QTest::newRow("moderate, after 5 days") << "moderate" << true << true << false << -5 * day + h << 50;
        QTest::newRow("strict, before 7 days") << "strict" << true << true << false << -7 * day - 1 << 50;
        QTest::newRow("strict, at 7 days") << "strict" << true << true << false << -7 * day << 0;
        QTest::newRow("host cancels strict late") << "strict" << true << true << true << -h << 100;
        QTest::newRow("guest cancels awaiting host") << "strict" << false << true << false << -h << 100;
        QTest::newRow("unpaid, nothing to refund") << "flexible" << true << false << false << -10 * day << 0;
        QTest::newRow("guest, stay has begun") << "flexible" << true << true << false << qint64(0) << -1;
        QTest::newRow("host, stay has begun") << "strict" << true << true << true << h << -1;
    }

    void cancellationRefundsFollowThePolicy()
    {
        QFETCH(QString, policy);
        QFETCH(bool, instant);
        QFETCH(bool, pay);
        QFETCH(bool, byHost);
        QFETCH(qint64, offset);
        QFETCH(int, refundPct);
        // 2 nights at 100.00 + 0.01 cleaning + 24.00 fee = 224.01: an odd total, so half rounds.
        const QString listing = idOf(m_api.createListing(m_host,
            { { QStringLiteral("instant_book"), instant }, { QStringLiteral("cancellation_policy"), policy },
                { QStringLiteral("nightly_price"), 10000 }, { QStringLiteral("cleaning_fee"), 1 } }));
        QVERIFY(!listing.isEmpty());
        const QDate in = BookingApi::today().addDays(30);
        const HttpReply made = api().book(m_guest, listing, in, in.addDays(2));
        QCOMPARE(made.status, 201);
        const QString id = idOf(made.json());
        QCOMPARE(totalOf(made.json()), 22401);
        if (pay)
            QCOMPARE(api().pay(m_guest, id).status, 201);
        const QJsonObject before = api().booking(m_guest, id);

        const QDateTime when = BookingApi::midnight(in).addSecs(offset);
        const HttpReply cancelled
            = api().act(byHost ? m_host : m_guest, id, QStringLiteral("cancel"), BookingApi::at(when));
        if (refundPct < 0) {
            QCOMPARE(cancelled.status, 409);
            QCOMPARE(cancelled.errorCode(), QStringLiteral("invalid_state"));
            QCOMPARE(api().booking(m_guest, id), before);
            return;
        }
        QVERIFY2(cancelled.status == 200, cancelled.body.constData());
        const qint64 expected = refundPct == 100 ? 22401 : refundPct == 50 ? 11201 : 0; // 11,200.5 rounds up
        QCOMPARE(statusOf(cancelled.json()), QStringLiteral("cancelled"));
        QCOMPARE(cancelled.json().value(QStringLiteral("refund_amount")).toInteger(), expected);
        QCOMPARE(api().booking(m_host, id).value(QStringLiteral("refund_amount")).toInteger(), expected);
        if (pay && instant)
            QCOMPARE(statusOf(api().payoutOf(m_host, id)), QStringLiteral("cancelled"));
        // The nights are free again, and a second cancellation is refused.
        QCOMPARE(api().book(m_guest, listing, in, in.addDays(2)).status, 201);
        QCOMPARE(api().act(m_guest, id, QStringLiteral("cancel"), BookingApi::at(when)).errorCode(),
            QStringLiteral("invalid_state"));
    }

    void aCancellationKeepsItsReason()
    {
        const QString listing = idOf(m_api.createListing(m_host, {{QStringLiteral("instant_book"), true}}));
        const QDate in = BookingApi::today().addDays(90);
        const HttpReply made = api().book(m_guest, listing, in, in.addDays(2));
        QCOMPARE(made.status, 201);
        const QString id = idOf(made.json());
        QCOMPARE(api().pay(m_guest, id).status, 201);
        QVERIFY(api().booking(m_guest, id).value(QStringLiteral("cancel_reason")).isNull());

        const HttpReply cancelled = m_api.http().post(QStringLiteral("/api/v1/bookings/%1/cancel").arg(id),
                                                      {{QStringLiteral("reason"), QStringLiteral("  Flight cancelled.\nSorry!  ")}},
                                                      m_guest.accessToken);
        QVERIFY2(cancelled.status == 200, cancelled.body.constData());
        const QString reason = QStringLiteral("Flight cancelled.\nSorry!");
        QCOMPARE(cancelled.json().value(QStringLiteral("cancel_reason")).toString(), reason);
        QCOMPARE(api().booking(m_host, id).value(QStringLiteral("cancel_reason")).toString(), reason);

        // Both sides are told, with the reason quoted.
        api().runDueJobs(QDateTime::currentDateTimeUtc());
        const QDir outbox(m_api.server().dataDir() + QStringLiteral("/outbox"));
        int quoted = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                quoted = 0;
                for (const QString& name : outbox.entryList({QStringLiteral("*.eml")}, QDir::Files)) {
                    QFile f(outbox.filePath(name));
                    if (f.open(QIODevice::ReadOnly)) {
                        const QByteArray mail = f.readAll();
                        quoted += mail.contains(id.toLatin1()) && mail.contains("Reason given: Flight cancelled.");
                    }
                }
                return quoted == 2;
            }(),
            10'000);
    }

    void badReasonsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("number") << QByteArray("{\"reason\":42}") << 422;
        QTest::newRow("too long") << QByteArray("{\"reason\":\"" + QByteArray(501, 'x') + "\"}") << 422;
        QTest::newRow("control character") << QByteArray("{\"reason\":\"a\\u0007b\"}") << 422;
        QTest::newRow("malformed") << QByteArray("{\"reason\":") << 400;
    }

    void badReasonsChangeNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const QString listing = idOf(m_api.createListing(m_host, {{QStringLiteral("instant_book"), true}}));
        const QDate in = BookingApi::today().addDays(95);
        const QString id = idOf(api().book(m_guest, listing, in, in.addDays(2)).json());
        QCOMPARE(api().pay(m_guest, id).status, 201);
        const QJsonObject before = api().booking(m_guest, id);
        const HttpReply refused = m_api.http().send("POST", QStringLiteral("/api/v1/bookings/%1/cancel").arg(id), body,
                                                    "application/json", m_guest.accessToken);
        QCOMPARE(refused.status, status);
        if (status == 422)
            QVERIFY(refused.errorFields().contains(QStringLiteral("reason")));
        QCOMPARE(api().booking(m_guest, id), before);
    }
};

QTEST_GUILESS_MAIN(TestCancellations)
#include "tst_cancellations.moc"
