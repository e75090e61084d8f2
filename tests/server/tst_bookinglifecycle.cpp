// SPDX-License-Identifier: Apache-2.0
// A booking's life over HTTP, with time moved by X-Roost-Now and background jobs run by
// run-due-jobs: the instant-book journey to a released payout and a completed stay, requests to
// book that the host accepts, declines or leaves unanswered, unpaid holds that expire, who may
// see and act on a booking, the caller's lists by role and status, and "now" written with any UTC offset (API.md, Bookings,
// Payments; Precise rules, Time and Money). No background worker runs, so nothing moves unless a
// test moves it.
#include "ApiFixture.h"
#include "BookingApi.h"

#include <QSet>
#include <QTest>

using namespace roost::test;

namespace {

const QString kBookings = QStringLiteral("/api/v1/bookings");

QString idOf(const QJsonObject& o)
{
    return o.value(QStringLiteral("id")).toString();
}

QString statusOf(const QJsonObject& o)
{
    return o.value(QStringLiteral("status")).toString();
}

QSet<QString> idsOf(const QJsonArray& items)
{
    QSet<QString> ids;
    for (const QJsonValue item : items)
        ids.insert(idOf(item.toObject()));
    return ids;
}

qint64 totalOf(const QJsonObject& booking)
{
    return booking.value(QStringLiteral("price")).toObject().value(QStringLiteral("total")).toInteger(-1);
}

} // namespace

class TestBookingLifecycle : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    std::unique_ptr<BookingApi> m_bookings;
    TestUser m_host;
    TestUser m_guest;
    TestUser m_other;
    TestUser m_stranger;
    QString m_requestListing; // request to book

    BookingApi& api() { return *m_bookings; }

    /// A booking of `listingId` by the guest, paid with the good card; its JSON after payment.
    QJsonObject bookAndPay(const QString& listingId, const QDate& in, const QDate& out)
    {
        const HttpReply made = api().book(m_guest, listingId, in, out);
        if (made.status != 201) {
            qWarning("book: %d %s", made.status, made.body.constData());
            return {};
        }
        const QString id = idOf(made.json());
        const HttpReply paid = api().pay(m_guest, id);
        if (paid.status != 201) {
            qWarning("pay: %d %s", paid.status, paid.body.constData());
            return {};
        }
        return api().booking(m_guest, id);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_api.start({ { QStringLiteral("ROOST_JOB_WORKERS"), QStringLiteral("0") } }));
        m_bookings = std::make_unique<BookingApi>(m_api.http());
        m_host = m_api.registerUser(QStringLiteral("Host"));
        m_guest = m_api.registerUser(QStringLiteral("Guest"));
        m_other = m_api.registerUser(QStringLiteral("Other guest"));
        m_stranger = m_api.registerUser(QStringLiteral("Stranger"));
        QVERIFY(!m_host.id.isEmpty() && !m_guest.id.isEmpty() && !m_other.id.isEmpty() && !m_stranger.id.isEmpty());
        m_requestListing = idOf(m_api.createListing(m_host, { { QStringLiteral("instant_book"), false } }));
        QVERIFY(!m_requestListing.isEmpty());
    }

    void instantBookJourneyEndsInAReleasedPayoutAndACompletedStay()
    {
        // 3 nights at 100.50 and 17.00 cleaning: base 318.50, host fee 3 % = 9.555 → 9.56 (half up).
        const QString listing = idOf(m_api.createListing(m_host,
            { { QStringLiteral("instant_book"), true }, { QStringLiteral("nightly_price"), 10050 },
                { QStringLiteral("cleaning_fee"), 1700 } }));
        QVERIFY(!listing.isEmpty());
        const QDate in = BookingApi::today().addDays(30);
        const QDate out = in.addDays(3);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const HttpReply made = api().book(m_guest, listing, in, out);
        QCOMPARE(made.status, 201);
        const QJsonObject booking = made.json();
        QCOMPARE(statusOf(booking), QStringLiteral("pending_payment"));
        const QDateTime hold = BookingApi::timestamp(booking.value(QStringLiteral("hold_expires_at")));
        QVERIFY(hold >= before.addSecs(15 * 60 - 1) && hold <= QDateTime::currentDateTimeUtc().addSecs(15 * 60 + 1));
        QCOMPARE(totalOf(booking), 30150 + 1700 + 3618);
        const QString id = idOf(booking);

        const HttpReply paid = api().pay(m_guest, id, BookingApi::cardBody(), "journey-1");
        QCOMPARE(paid.status, 201);
        QCOMPARE(statusOf(paid.json()), QStringLiteral("succeeded"));
        QCOMPARE(paid.json().value(QStringLiteral("amount")).toInteger(), totalOf(booking));
        const QJsonObject confirmed = api().booking(m_guest, id);
        QCOMPARE(statusOf(confirmed), QStringLiteral("confirmed"));
        QVERIFY(confirmed.value(QStringLiteral("hold_expires_at")).isNull());

        QJsonObject payout = api().payoutOf(m_host, id);
        QCOMPARE(statusOf(payout), QStringLiteral("scheduled"));
        QCOMPARE(payout.value(QStringLiteral("amount")).toInteger(), 31850 - 956);
        QCOMPARE(payout.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
        QCOMPARE(payout.value(QStringLiteral("listing_id")).toString(), listing);
        const QDateTime releaseAt = BookingApi::midnight(in).addSecs(24 * 3600);
        QCOMPARE(BookingApi::timestamp(payout.value(QStringLiteral("release_at"))), releaseAt);
        QVERIFY(api().payoutOf(m_guest, id).isEmpty()); // payouts are the host's

        QVERIFY(api().runDueJobs(releaseAt.addSecs(-1)) >= 0);
        QCOMPARE(statusOf(api().payoutOf(m_host, id)), QStringLiteral("scheduled"));
        QVERIFY(api().runDueJobs(releaseAt) >= 1);
        QCOMPARE(statusOf(api().payoutOf(m_host, id)), QStringLiteral("released"));
        QCOMPARE(statusOf(api().booking(m_guest, id)), QStringLiteral("confirmed"));

        // Completed at 00:00 UTC of check-out + 1 day, not a second before.
        const QDateTime completesAt = BookingApi::midnight(out.addDays(1));
        QVERIFY(api().runDueJobs(completesAt.addSecs(-1)) >= 0);
        QCOMPARE(statusOf(api().booking(m_guest, id)), QStringLiteral("confirmed"));
        QVERIFY(api().runDueJobs(completesAt) >= 1);
        const QJsonObject completed = api().booking(m_host, id);
        QCOMPARE(statusOf(completed), QStringLiteral("completed"));
        QVERIFY(completed.value(QStringLiteral("version")).toInteger()
            > confirmed.value(QStringLiteral("version")).toInteger());
        QCOMPARE(statusOf(api().payoutOf(m_host, id)), QStringLiteral("released"));
    }

    void requestToBookWaitsForTheHostWhoAccepts()
    {
        const QDate in = BookingApi::today().addDays(40);
        const QJsonObject waiting = bookAndPay(m_requestListing, in, in.addDays(2));
        QCOMPARE(statusOf(waiting), QStringLiteral("awaiting_host"));
        QVERIFY(api().payoutOf(m_host, idOf(waiting)).isEmpty()); // no payout before the host says yes
        const HttpReply accepted = api().act(m_host, idOf(waiting), QStringLiteral("accept"));
        QCOMPARE(accepted.status, 200);
        QCOMPARE(statusOf(accepted.json()), QStringLiteral("confirmed"));
        QCOMPARE(statusOf(api().payoutOf(m_host, idOf(waiting))), QStringLiteral("scheduled"));
        const HttpReply again = api().act(m_host, idOf(waiting), QStringLiteral("accept"));
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), QStringLiteral("invalid_state"));
    }

    void aDeclinedRequestIsRefundedInFull()
    {
        const QDate in = BookingApi::today().addDays(45);
        const QJsonObject waiting = bookAndPay(m_requestListing, in, in.addDays(2));
        QCOMPARE(statusOf(waiting), QStringLiteral("awaiting_host"));
        const HttpReply declined = api().act(m_host, idOf(waiting), QStringLiteral("decline"));
        QCOMPARE(declined.status, 200);
        QCOMPARE(statusOf(declined.json()), QStringLiteral("declined"));
        QCOMPARE(declined.json().value(QStringLiteral("refund_amount")).toInteger(), totalOf(waiting));
        QVERIFY(api().payoutOf(m_host, idOf(waiting)).isEmpty());
        // Declined nights are free again.
        QCOMPARE(api().book(m_guest, m_requestListing, in, in.addDays(2)).status, 201);
    }

    void anUnansweredRequestIsDeclinedAfter24Hours()
    {
        const QDate in = BookingApi::today().addDays(50);
        const QDateTime paidAt = QDateTime::currentDateTimeUtc();
        const QJsonObject waiting = bookAndPay(m_requestListing, in, in.addDays(2));
        QCOMPARE(statusOf(waiting), QStringLiteral("awaiting_host"));
        const QString id = idOf(waiting);
        // Past the deadline the host can no longer accept, even before the job has run.
        const HttpReply late
            = api().act(m_host, id, QStringLiteral("accept"), BookingApi::at(paidAt.addSecs(25 * 3600)));
        QCOMPARE(late.status, 409);
        QCOMPARE(late.errorCode(), QStringLiteral("invalid_state"));
        QVERIFY(api().runDueJobs(paidAt.addSecs(23 * 3600)) >= 0);
        QCOMPARE(statusOf(api().booking(m_guest, id)), QStringLiteral("awaiting_host"));
        QVERIFY(api().runDueJobs(paidAt.addSecs(25 * 3600)) >= 1);
        const QJsonObject expired = api().booking(m_guest, id);
        QCOMPARE(statusOf(expired), QStringLiteral("declined"));
        QCOMPARE(expired.value(QStringLiteral("refund_amount")).toInteger(), totalOf(waiting));
    }

    void anUnpaidHoldExpiresAndFreesTheDates()
    {
        const QDate in = BookingApi::today().addDays(55);
        const QDateTime madeAt = QDateTime::currentDateTimeUtc();
        const HttpReply made = api().book(m_guest, m_requestListing, in, in.addDays(3));
        QCOMPARE(made.status, 201);
        const QString id = idOf(made.json());
        QCOMPARE(api().book(m_other, m_requestListing, in, in.addDays(1)).status, 409); // held
        QVERIFY(api().runDueJobs(madeAt.addSecs(14 * 60)) >= 0);
        QCOMPARE(statusOf(api().booking(m_guest, id)), QStringLiteral("pending_payment"));
        QVERIFY(api().runDueJobs(QDateTime::currentDateTimeUtc().addSecs(16 * 60)) >= 1);
        const QJsonObject expired = api().booking(m_guest, id);
        QCOMPARE(statusOf(expired), QStringLiteral("expired"));
        QVERIFY(expired.value(QStringLiteral("hold_expires_at")).isNull());
        QCOMPARE(expired.value(QStringLiteral("refund_amount")).toInteger(-1), 0);
        const HttpReply again = api().book(m_guest, m_requestListing, in, in.addDays(3));
        QVERIFY2(again.status == 201, again.body.constData());
        const HttpReply payExpired = api().pay(m_guest, id);
        QCOMPARE(payExpired.status, 409);
        QCOMPARE(payExpired.errorCode(), QStringLiteral("invalid_state"));
    }

    void onlyTheTwoSidesSeeAndActOnABooking()
    {
        const QDate d = BookingApi::today().addDays(100);
        const HttpReply made = api().book(m_guest, m_requestListing, d, d.addDays(2));
        QCOMPARE(made.status, 201);
        const QString id = idOf(made.json());
        const QString path = kBookings + QLatin1Char('/') + id;
        QCOMPARE(m_api.http().get(path).status, 401);
        QCOMPARE(m_api.http().get(path, m_stranger.accessToken).errorCode(), QStringLiteral("not_found"));
        QCOMPARE(m_api.http().get(path, m_guest.accessToken).status, 200);
        QCOMPARE(m_api.http().get(path, m_host.accessToken).status, 200);
        QCOMPARE(m_api.http().get(kBookings + QLatin1Char('/') + BookingApi::newId(), m_guest.accessToken).status, 404);

        const HttpReply hostPays = api().pay(m_host, id);
        QCOMPARE(hostPays.status, 403);
        QCOMPARE(hostPays.errorCode(), QStringLiteral("forbidden"));
        QCOMPARE(api().pay(m_stranger, id).status, 404);
        QCOMPARE(api().pay(m_guest, id).status, 201);
        QCOMPARE(
            api().booking(m_guest, id).value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_host"));

        for (const QString& action : { QStringLiteral("accept"), QStringLiteral("decline") }) {
            const HttpReply byGuest = api().act(m_guest, id, action);
            QCOMPARE(byGuest.status, 403);
            QCOMPARE(byGuest.errorCode(), QStringLiteral("forbidden"));
            QCOMPARE(api().act(m_stranger, id, action).status, 404);
        }
        QCOMPARE(api().act(m_stranger, id, QStringLiteral("cancel")).status, 404);
        QCOMPARE(
            m_api.http().get(QStringLiteral("/api/v1/payments?booking_id=") + id, m_stranger.accessToken).status, 404);
        QCOMPARE(api().booking(m_host, id).value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_host"));
    }

    void listsShowOnlyTheCallersSide()
    {
        // Fresh users, so the lists hold exactly what this test made.
        const TestUser host = m_api.registerUser(QStringLiteral("List host"));
        const TestUser guest = m_api.registerUser(QStringLiteral("List guest"));
        const TestUser other = m_api.registerUser(QStringLiteral("Other guest"));
        const QString hostListing = idOf(m_api.createListing(host, { { QStringLiteral("instant_book"), true } }));
        const QString guestListing = idOf(m_api.createListing(guest, { { QStringLiteral("instant_book"), true } }));
        QVERIFY(!hostListing.isEmpty() && !guestListing.isEmpty());
        const QDate d = BookingApi::today().addDays(30);
        const QString mine = idOf(api().book(guest, hostListing, d, d.addDays(2)).json());
        const QString paid = idOf(api().book(guest, hostListing, d.addDays(5), d.addDays(7)).json());
        const QString others = idOf(api().book(other, hostListing, d.addDays(10), d.addDays(12)).json());
        const QString hostAsGuest = idOf(api().book(host, guestListing, d, d.addDays(2)).json());
        QVERIFY(!mine.isEmpty() && !paid.isEmpty() && !others.isEmpty() && !hostAsGuest.isEmpty());
        QCOMPARE(api().pay(guest, paid).status, 201);

        auto list = [&](const TestUser& user, const QString& query) {
            const HttpReply reply = m_api.http().get(kBookings + query, user.accessToken);
            return reply.status == 200 ? idsOf(reply.items()) : QSet<QString> { QStringLiteral("error") };
        };
        QCOMPARE(list(guest, QString()), (QSet<QString> { mine, paid }));
        QCOMPARE(list(guest, QStringLiteral("?role=guest")), (QSet<QString> { mine, paid }));
        QCOMPARE(list(guest, QStringLiteral("?role=host")), (QSet<QString> { hostAsGuest }));
        QCOMPARE(list(host, QStringLiteral("?role=host")), (QSet<QString> { mine, paid, others }));
        QCOMPARE(list(host, QStringLiteral("?role=guest")), (QSet<QString> { hostAsGuest }));
        QCOMPARE(list(other, QStringLiteral("?role=guest")), (QSet<QString> { others }));
        QCOMPARE(list(other, QStringLiteral("?role=host")), (QSet<QString> {}));
        QCOMPARE(list(host, QStringLiteral("?role=host&status=confirmed")), (QSet<QString> { paid }));
        QCOMPARE(list(host, QStringLiteral("?role=host&status=pending_payment")), (QSet<QString> { mine, others }));
        QCOMPARE(list(guest, QStringLiteral("?status=cancelled")), (QSet<QString> {}));
        const HttpReply badRole = m_api.http().get(kBookings + QStringLiteral("?role=owner"), guest.accessToken);
        QCOMPARE(badRole.status, 422);
        QVERIFY(badRole.errorFields().contains(QStringLiteral("role")));
        const HttpReply badStatus
            = m_api.http().get(kBookings + QStringLiteral("?status=Confirmed"), guest.accessToken);
        QCOMPARE(badStatus.status, 422);
        QVERIFY(badStatus.errorFields().contains(QStringLiteral("status")));
    }

    void timeZoneOffsetsNeverShiftTheCalendar_data()
    {
        QTest::addColumn<int>("inDays"); // check-in, from today (each row its own nights)
        QTest::addColumn<int>("localDay"); // the date X-Roost-Now is written in, from check-in
        QTest::addColumn<QString>("time");
        QTest::addColumn<int>("status");
        // The past-date rule compares check-in with today in UTC, whatever offset "now" carries.
        QTest::newRow("00:30+02:00 on check-in day: 22:30Z the day before") << 200 << 0 << "T00:30:00+02:00" << 201;
        QTest::newRow("23:30-02:00 the day before: 01:30Z on check-in day") << 205 << -1 << "T23:30:00-02:00" << 201;
        QTest::newRow("00:30+02:00 the day after: 22:30Z on check-in day") << 210 << 1 << "T00:30:00+02:00" << 201;
        QTest::newRow("23:59:59Z on check-in day") << 215 << 0 << "T23:59:59Z" << 201;
        QTest::newRow("23:30-02:00 on check-in day: 01:30Z the day after") << 220 << 0 << "T23:30:00-02:00" << 422;
        QTest::newRow("00:00Z the day after") << 225 << 1 << "T00:00:00Z" << 422;
    }

    void timeZoneOffsetsNeverShiftTheCalendar()
    {
        QFETCH(int, inDays);
        QFETCH(int, localDay);
        QFETCH(QString, time);
        QFETCH(int, status);
        const QDate in = BookingApi::today().addDays(inDays);
        const QByteArray now = (BookingApi::text(in.addDays(localDay)) + time).toLatin1();
        const HttpReply reply
            = api().book(m_guest, m_requestListing, in, in.addDays(2), 1, {}, { { "X-Roost-Now", now } });
        QVERIFY2(reply.status == status, reply.body.constData());
        if (status == 422)
            QVERIFY(reply.errorFields().contains(QStringLiteral("check_in")));
    }
};

QTEST_GUILESS_MAIN(TestBookingLifecycle)
#include "tst_bookinglifecycle.moc"
