// SPDX-License-Identifier: Apache-2.0
// Making bookings over HTTP: quotes and their money rules, the booking rules (422/404), dates
// that can never be double-booked (a burst of concurrent guests, blocks, adjacent stays) and
// idempotent creates, also raced (API.md, Bookings; Precise rules, Money and Creates). The
// booking's later life, who may see and act on it, and the lists are tst_bookinglifecycle's.
#include "ApiFixture.h"
#include "BookingApi.h"
#include "RawHttp.h"

#include <QJsonDocument>
#include <QTest>

using namespace roost::test;

namespace {

const QString kBookings = QStringLiteral("/api/v1/bookings");

QString idOf(const QJsonObject& o)
{
    return o.value(QStringLiteral("id")).toString();
}

QString quotePath(const QString& listingId)
{
    return QStringLiteral("/api/v1/listings/%1/quote").arg(listingId);
}

QJsonObject stayBody(const QDate& checkIn, const QDate& checkOut)
{
    return { { QStringLiteral("check_in"), BookingApi::text(checkIn) },
        { QStringLiteral("check_out"), BookingApi::text(checkOut) }, { QStringLiteral("guests"), 2 } };
}

/// `{key: value}`, for the table rows.
QJsonObject kv(const char* key, const QJsonValue& value)
{
    return { { QString::fromLatin1(key), value } };
}

} // namespace

class TestBookings : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    std::unique_ptr<BookingApi> m_bookings;
    TestUser m_host;
    TestUser m_guest;
    TestUser m_stranger;
    QHash<QString, QString> m_listingIds; // rules, draft, unlisted, deleted, instant

    HttpClient& http() { return m_api.http(); }
    BookingApi& api() { return *m_bookings; }

    QString listing(const QJsonObject& overrides) { return idOf(m_api.createListing(m_host, overrides)); }

    HttpReply quote(const QString& listingId, const QDate& checkIn, const QDate& checkOut)
    {
        return http().post(quotePath(listingId), stayBody(checkIn, checkOut)); // public: no token
    }

    HttpReply block(const QString& listingId, const QDate& start, const QDate& end)
    {
        return http().post(QStringLiteral("/api/v1/listings/%1/blocks").arg(listingId),
            { { QStringLiteral("start_date"), BookingApi::text(start) },
                { QStringLiteral("end_date"), BookingApi::text(end) } },
            m_host.accessToken);
    }

private slots:
    void initTestCase()
    {
        // No background worker: only the tests move time, through run-due-jobs.
        QVERIFY(m_api.start({ { QStringLiteral("ROOST_JOB_WORKERS"), QStringLiteral("0") } }));
        m_bookings = std::make_unique<BookingApi>(http());
        m_host = m_api.registerUser(QStringLiteral("Host"));
        m_guest = m_api.registerUser(QStringLiteral("Guest"));
        m_stranger = m_api.registerUser(QStringLiteral("Stranger"));
        QVERIFY(!m_host.id.isEmpty() && !m_guest.id.isEmpty() && !m_stranger.id.isEmpty());
        const QJsonObject instant { { QStringLiteral("instant_book"), true } };
        m_listingIds.insert(QStringLiteral("rules"),
            listing({ { QStringLiteral("instant_book"), true }, { QStringLiteral("min_nights"), 3 },
                { QStringLiteral("max_nights"), 30 } }));
        m_listingIds.insert(
            QStringLiteral("draft"), listing({ { QStringLiteral("status"), QStringLiteral("draft") } }));
        m_listingIds.insert(
            QStringLiteral("unlisted"), listing({ { QStringLiteral("status"), QStringLiteral("unlisted") } }));
        m_listingIds.insert(QStringLiteral("deleted"), listing(instant));
        m_listingIds.insert(QStringLiteral("instant"), listing(instant));
        for (const QString& id : std::as_const(m_listingIds))
            QVERIFY(!id.isEmpty());
        QCOMPARE(
            http()
                .del(QStringLiteral("/api/v1/listings/") + m_listingIds[QStringLiteral("deleted")], m_host.accessToken)
                .status,
            204);
    }

    void quoteFollowsTheMoneyRules_data()
    {
        QTest::addColumn<int>("weekly");
        QTest::addColumn<int>("monthly");
        QTest::addColumn<int>("nights");
        QTest::addColumn<qint64>("nightlyTotal");
        QTest::addColumn<qint64>("discount");
        QTest::addColumn<qint64>("serviceFee");
        // 12,345 a night, 25.00 cleaning. Service fee = 12 % of (nights − discount), half up.
        QTest::newRow("1 night: no discount, fee 1481.4 rounds down") << 10 << 25 << 1 << 12345LL << 0LL << 1481LL;
        QTest::newRow("6 nights: still no weekly discount") << 10 << 25 << 6 << 74070LL << 0LL << 8888LL;
        // 10 % of 86,415 = 8,641.5 → 8,642 (half up); 12 % of 77,773 = 9,332.76 → 9,333.
        QTest::newRow("7 nights: weekly, discount .5 rounds up") << 10 << 25 << 7 << 86415LL << 8642LL << 9333LL;
        QTest::newRow("28 nights: monthly replaces weekly") << 10 << 25 << 28 << 345660LL << 86415LL << 31109LL;
        QTest::newRow("28 nights: 0 % monthly leaves weekly") << 10 << 0 << 28 << 345660LL << 34566LL << 37331LL;
        QTest::newRow("28 nights: larger weekly wins") << 20 << 5 << 28 << 345660LL << 69132LL << 33183LL;
    }

    void quoteFollowsTheMoneyRules()
    {
        QFETCH(int, weekly);
        QFETCH(int, monthly);
        QFETCH(int, nights);
        QFETCH(qint64, nightlyTotal);
        QFETCH(qint64, discount);
        QFETCH(qint64, serviceFee);
        const QString id = listing({ { QStringLiteral("nightly_price"), 12345 },
            { QStringLiteral("cleaning_fee"), 2500 }, { QStringLiteral("weekly_discount_pct"), weekly },
            { QStringLiteral("monthly_discount_pct"), monthly } });
        QVERIFY(!id.isEmpty());
        const QDate in = BookingApi::today().addDays(40);
        const HttpReply reply = quote(id, in, in.addDays(nights));
        QCOMPARE(reply.status, 200);
        const QJsonObject q = reply.json();
        QCOMPARE(q.value(QStringLiteral("nights")).toInt(), nights);
        QCOMPARE(q.value(QStringLiteral("nightly_total")).toInteger(), nightlyTotal);
        QCOMPARE(q.value(QStringLiteral("discount")).toInteger(), discount);
        QCOMPARE(q.value(QStringLiteral("cleaning_fee")).toInteger(), 2500);
        QCOMPARE(q.value(QStringLiteral("service_fee")).toInteger(), serviceFee);
        QCOMPARE(q.value(QStringLiteral("total")).toInteger(), nightlyTotal - discount + 2500 + serviceFee);
        QCOMPARE(q.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
        QCOMPARE(q.value(QStringLiteral("available")).toBool(), true);
    }

    void quoteSaysWhetherTheDatesAreFree()
    {
        const QString id = m_listingIds[QStringLiteral("instant")];
        const QDate d = BookingApi::today().addDays(50);
        QCOMPARE(api().book(m_guest, id, d, d.addDays(3)).status, 201);
        QCOMPARE(block(id, d.addDays(10), d.addDays(12)).status, 201);
        const HttpReply taken = quote(id, d.addDays(1), d.addDays(2));
        QCOMPARE(taken.status, 200);
        QCOMPARE(taken.json().value(QStringLiteral("available")).toBool(true), false);
        QCOMPARE(taken.json().value(QStringLiteral("total")).toInteger(), 12000 + 3000 + 1440); // still priced
        QCOMPARE(quote(id, d.addDays(11), d.addDays(13)).json().value(QStringLiteral("available")).toBool(true), false);
        // [in, out): the check-out day of one stay is free for the next, and the night before it too.
        QCOMPARE(quote(id, d.addDays(3), d.addDays(5)).json().value(QStringLiteral("available")).toBool(), true);
        QCOMPARE(quote(id, d.addDays(-2), d).json().value(QStringLiteral("available")).toBool(), true);
        QCOMPARE(quote(BookingApi::newId(), d, d.addDays(1)).errorCode(), QStringLiteral("not_found"));
        const HttpReply tooShort = quote(m_listingIds[QStringLiteral("rules")], d, d.addDays(1));
        QCOMPARE(tooShort.status, 422);
        QVERIFY(tooShort.errorFields().contains(QStringLiteral("check_out")));
    }

    void createAnswersAPendingBooking()
    {
        const QString id = m_listingIds[QStringLiteral("instant")];
        const QDate in = BookingApi::today().addDays(65); // clear of the quote test's block
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const HttpReply reply
            = api().book(m_guest, id, in, in.addDays(2), 2, { { QStringLiteral("message"), QStringLiteral("Hi!") } });
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QCOMPARE(reply.status, 201);
        const QJsonObject b = reply.json();
        QCOMPARE(b.value(QStringLiteral("status")).toString(), QStringLiteral("pending_payment"));
        QCOMPARE(b.value(QStringLiteral("listing_id")).toString(), id);
        QCOMPARE(b.value(QStringLiteral("guest_id")).toString(), m_guest.id);
        QCOMPARE(b.value(QStringLiteral("host_id")).toString(), m_host.id);
        QCOMPARE(b.value(QStringLiteral("nights")).toInt(), 2);
        QCOMPARE(b.value(QStringLiteral("price")).toObject().value(QStringLiteral("total")).toInteger(),
            24000 + 3000 + 2880);
        QCOMPARE(b.value(QStringLiteral("refund_amount")).toInteger(-1), 0);
        // Held for 15 minutes from now (a second of slack for the clocks' resolution).
        const QDateTime hold = BookingApi::timestamp(b.value(QStringLiteral("hold_expires_at")));
        QVERIFY2(hold >= before.addSecs(15 * 60 - 1) && hold <= after.addSecs(15 * 60 + 1),
            qPrintable(hold.toString(Qt::ISODateWithMs)));
        QCOMPARE(reply.header("ETag"),
            QByteArray("\"") + QByteArray::number(b.value(QStringLiteral("version")).toInteger()) + '"');
    }

    void createIsRefused_data()
    {
        QTest::addColumn<bool>("asHost");
        QTest::addColumn<QString>("listing");
        QTest::addColumn<int>("inDays");
        QTest::addColumn<int>("nights");
        QTest::addColumn<QJsonObject>("extra");
        QTest::addColumn<int>("nowDays"); // X-Roost-Now = today + nowDays (0: the real clock)
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        const QString rules = QStringLiteral("rules");
        const QJsonObject none;
        QTest::newRow("own listing") << true << rules << 20 << 3 << none << 0 << 422 << "listing_id";
        QTest::newRow("more guests than max_guests")
            << false << rules << 20 << 3 << kv("guests", 5) << 0 << 422 << "guests";
        QTest::newRow("no guests") << false << rules << 20 << 3 << kv("guests", 0) << 0 << 422 << "guests";
        QTest::newRow("guests as a string")
            << false << rules << 20 << 3 << kv("guests", QStringLiteral("2")) << 0 << 422 << "guests";
        QTest::newRow("under min_nights") << false << rules << 20 << 2 << none << 0 << 422 << "check_out";
        QTest::newRow("over max_nights") << false << rules << 20 << 31 << none << 0 << 422 << "check_out";
        QTest::newRow("check-in yesterday") << false << rules << -1 << 3 << none << 0 << 422 << "check_in";
        QTest::newRow("check-in past for a moved now") << false << rules << 20 << 3 << none << 21 << 422 << "check_in";
        QTest::newRow("check_out before check_in") << false << rules << 20 << -2 << none << 0 << 422 << "check_out";
        QTest::newRow("check_out on check_in") << false << rules << 20 << 0 << none << 0 << 422 << "check_out";
        QTest::newRow("February 30") << false << rules << 20 << 3 << kv("check_in", QStringLiteral("2031-02-30")) << 0
                                     << 422 << "check_in";
        QTest::newRow("five-year stay") << false << rules << 20 << 5 * 365 << none << 0 << 422 << "check_out";
        QTest::newRow("listing_id not an id")
            << false << rules << 20 << 3 << kv("listing_id", QStringLiteral("nope")) << 0 << 422 << "listing_id";
        QTest::newRow("unknown listing") << false << "unknown" << 20 << 3 << none << 0 << 404 << "";
        QTest::newRow("draft listing") << false << "draft" << 20 << 3 << none << 0 << 404 << "";
        QTest::newRow("unlisted listing") << false << "unlisted" << 20 << 3 << none << 0 << 404 << "";
        QTest::newRow("deleted listing") << false << "deleted" << 20 << 3 << none << 0 << 404 << "";
        QTest::newRow("check-in today is fine") << false << rules << 0 << 3 << none << 0 << 201 << "";
    }

    void createIsRefused()
    {
        QFETCH(bool, asHost);
        QFETCH(QString, listing);
        QFETCH(int, inDays);
        QFETCH(int, nights);
        QFETCH(QJsonObject, extra);
        QFETCH(int, nowDays);
        QFETCH(int, status);
        QFETCH(QString, field);
        const QString listingId = m_listingIds.value(listing, BookingApi::newId());
        const QDate in = BookingApi::today().addDays(inDays);
        const Headers headers = nowDays ? BookingApi::at(QDateTime::currentDateTimeUtc().addDays(nowDays)) : Headers();
        const HttpReply reply
            = api().book(asHost ? m_host : m_guest, listingId, in, in.addDays(nights), 2, extra, headers);
        QVERIFY2(reply.status == status, reply.body.constData());
        if (status == 422) {
            QCOMPARE(reply.errorCode(), QStringLiteral("validation_failed"));
            QVERIFY2(reply.errorFields().contains(field), reply.body.constData());
        } else if (status == 404) {
            QCOMPARE(reply.errorCode(), QStringLiteral("not_found"));
        }
    }

    void concurrentGuestsCannotShareANight()
    {
        // 32 guests ask for overlapping stays at the same moment, each on its own connection.
        constexpr int kGuests = 32;
        const QString id = listing({ { QStringLiteral("instant_book"), true } });
        QVERIFY(!id.isEmpty());
        const QDate d = BookingApi::today().addDays(70);
        QList<QByteArray> requests;
        for (int i = 0; i < kGuests; ++i) {
            const TestUser guest = m_api.registerUser(QStringLiteral("Racer %1").arg(i));
            QVERIFY(!guest.id.isEmpty());
            const QDate in = d.addDays(i % 3); // every pair of these 3-night stays shares a night
            const QJsonObject body { { QStringLiteral("listing_id"), id },
                { QStringLiteral("check_in"), BookingApi::text(in) },
                { QStringLiteral("check_out"), BookingApi::text(in.addDays(3)) }, { QStringLiteral("guests"), 1 } };
            requests.append(
                requestBytes("POST", kBookings.toLatin1(), QJsonDocument(body).toJson(QJsonDocument::Compact),
                    { { "Authorization", "Bearer " + guest.accessToken } }));
        }
        const QList<RawAnswer> answers = sendAtOnce(m_api.server().port(), requests);
        int created = 0;
        for (const RawAnswer& answer : answers) {
            if (answer.status == 201) {
                ++created;
                continue;
            }
            QVERIFY2(answer.status == 409, answer.body.constData());
            QCOMPARE(QJsonDocument::fromJson(answer.body)
                         .object()
                         .value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("code"))
                         .toString(),
                QStringLiteral("dates_unavailable"));
        }
        QCOMPARE(created, 1);
        // The host sees exactly one booking of this listing.
        int ofListing = 0;
        for (const QJsonValue b :
            http().get(kBookings + QStringLiteral("?role=host&limit=100"), m_host.accessToken).items())
            ofListing += b.toObject().value(QStringLiteral("listing_id")).toString() == id;
        QCOMPARE(ofListing, 1);
    }

    void adjacentStaysShareADay()
    {
        const QString id = m_listingIds[QStringLiteral("instant")];
        const QDate d = BookingApi::today().addDays(80);
        QCOMPARE(api().book(m_guest, id, d, d.addDays(3)).status, 201);
        QCOMPARE(api().book(m_stranger, id, d.addDays(3), d.addDays(5)).status, 201); // in on the other's out
        QCOMPARE(api().book(m_stranger, id, d.addDays(-2), d).status, 201); // out on the other's in
        const HttpReply overlap = api().book(m_stranger, id, d.addDays(4), d.addDays(6));
        QCOMPARE(overlap.status, 409);
        QCOMPARE(overlap.errorCode(), QStringLiteral("dates_unavailable"));
    }

    void blocksAndBookingsExcludeEachOther()
    {
        const QString id = m_listingIds[QStringLiteral("instant")];
        const QDate d = BookingApi::today().addDays(90);
        QCOMPARE(block(id, d, d.addDays(3)).status, 201);
        const HttpReply overBlock = api().book(m_guest, id, d.addDays(2), d.addDays(4));
        QCOMPARE(overBlock.status, 409);
        QCOMPARE(overBlock.errorCode(), QStringLiteral("dates_unavailable"));
        const HttpReply after = api().book(m_guest, id, d.addDays(3), d.addDays(5)); // starts on the block's end
        QCOMPARE(after.status, 201);
        const HttpReply overBooking = block(id, d.addDays(4), d.addDays(6));
        QCOMPARE(overBooking.status, 409);
        QCOMPARE(overBooking.errorCode(), QStringLiteral("dates_unavailable"));
        // A cancelled booking gives its nights back to the calendar.
        QCOMPARE(api().act(m_guest, idOf(after.json()), QStringLiteral("cancel")).status, 200);
        QCOMPARE(block(id, d.addDays(4), d.addDays(6)).status, 201);
    }

    void createWithAnIdIsIdempotent()
    {
        const QString listingId = m_listingIds[QStringLiteral("instant")];
        const QDate d = BookingApi::today().addDays(110);
        const QJsonObject withId { { QStringLiteral("id"), BookingApi::newId() } };
        const HttpReply first = api().book(m_guest, listingId, d, d.addDays(2), 2, withId);
        QCOMPARE(first.status, 201);
        const HttpReply again = api().book(m_guest, listingId, d, d.addDays(2), 2, withId);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json(), first.json());
        const HttpReply otherBody = api().book(m_guest, listingId, d, d.addDays(2), 3, withId);
        QCOMPARE(otherBody.status, 409);
        QCOMPARE(otherBody.errorCode(), QStringLiteral("duplicate"));
        const HttpReply otherUser = api().book(m_stranger, listingId, d, d.addDays(2), 2, withId);
        QCOMPARE(otherUser.status, 409);
        QCOMPARE(otherUser.errorCode(), QStringLiteral("duplicate"));
        // Still one booking of those nights, the first one.
        int count = 0;
        for (const QJsonValue b : http().get(kBookings + QStringLiteral("?limit=100"), m_guest.accessToken).items())
            count += b.toObject().value(QStringLiteral("check_in")).toString() == BookingApi::text(d);
        QCOMPARE(count, 1);
    }

    void parallelRetriesOfACreateAnswerTheSameBooking()
    {
        // A client that times out and re-sends its create while the first is still in flight:
        // every copy must answer the one booking (201 once, 200 after), never an error. The race
        // window is short, so it is run for several bookings.
        constexpr int kRounds = 10;
        constexpr int kCopies = 8;
        for (int round = 0; round < kRounds; ++round) {
            const QDate d = BookingApi::today().addDays(120 + 3 * round);
            const QString id = BookingApi::newId();
            const QJsonObject body { { QStringLiteral("id"), id },
                { QStringLiteral("listing_id"), m_listingIds[QStringLiteral("instant")] },
                { QStringLiteral("check_in"), BookingApi::text(d) },
                { QStringLiteral("check_out"), BookingApi::text(d.addDays(2)) }, { QStringLiteral("guests"), 2 } };
            const QByteArray request
                = requestBytes("POST", kBookings.toLatin1(), QJsonDocument(body).toJson(QJsonDocument::Compact),
                    { { "Authorization", "Bearer " + m_guest.accessToken } });
            const QList<RawAnswer> answers = sendAtOnce(m_api.server().port(), QList<QByteArray>(kCopies, request));
            QByteArray statuses = "round " + QByteArray::number(round) + ':';
            int created = 0;
            for (const RawAnswer& answer : answers) {
                statuses += ' ' + QByteArray::number(answer.status);
                created += answer.status == 201;
            }
            for (const RawAnswer& answer : answers) {
                QVERIFY2(
                    answer.status == 201 || answer.status == 200, QByteArray(statuses + ' ' + answer.body).constData());
                QCOMPARE(idOf(QJsonDocument::fromJson(answer.body).object()), id);
            }
            QCOMPARE(created, 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestBookings)
#include "tst_bookings.moc"
