// SPDX-License-Identifier: Apache-2.0
// Paying for bookings over HTTP with the sandbox provider: Idempotency-Key (required, replayed,
// mismatched, raced by parallel requests), declined and invalid cards, one successful charge per
// booking whatever the clients do, who may see a payment, expired holds, and card numbers that
// never leave the request (API.md, Payments; Precise rules, Money and idempotency).
#include "ApiFixture.h"
#include "BookingApi.h"
#include "RawHttp.h"

#include <QJsonDocument>
#include <QTest>

using namespace roost::test;

namespace {

const QStringList kFullCardNumbers { QStringLiteral("4242424242424242"), QStringLiteral("4000000000000002"),
    QStringLiteral("4000000000009995"), QStringLiteral("4242424242424241") };

QString idOf(const QJsonObject& o)
{
    return o.value(QStringLiteral("id")).toString();
}

QString statusOf(const QJsonValue& o)
{
    return o.toObject().value(QStringLiteral("status")).toString();
}

QJsonObject errorOf(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
}

QJsonObject with(QJsonObject o, const char* key, const QJsonValue& value)
{
    o.insert(QString::fromLatin1(key), value);
    return o;
}

} // namespace

class TestPayments : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    std::unique_ptr<BookingApi> m_bookings;
    TestUser m_host;
    TestUser m_guest;
    TestUser m_stranger;
    QString m_listing;
    QDate m_nextStay;
    QList<QByteArray> m_seen; // every answer body, searched for card numbers at the end

    HttpClient& http() { return m_api.http(); }
    BookingApi& api() { return *m_bookings; }

    HttpReply seen(HttpReply reply)
    {
        m_seen.append(reply.body);
        return reply;
    }

    /// A new pending booking by the guest on free nights; its id.
    QString newBooking()
    {
        const QDate in = m_nextStay;
        m_nextStay = m_nextStay.addDays(3);
        const HttpReply made = api().book(m_guest, m_listing, in, in.addDays(2));
        if (made.status != 201)
            qWarning("book: %d %s", made.status, made.body.constData());
        return idOf(made.json());
    }

    QByteArray payRequest(const QString& bookingId, const QByteArray& key, const QJsonObject& card)
    {
        return requestBytes("POST", QStringLiteral("/api/v1/bookings/%1/payments").arg(bookingId).toLatin1(),
            QJsonDocument(card).toJson(QJsonDocument::Compact),
            { { "Authorization", "Bearer " + m_guest.accessToken }, { "Idempotency-Key", key } });
    }

    int succeededPayments(const QString& bookingId)
    {
        int n = 0;
        for (const QJsonValue p : api().payments(m_guest, bookingId))
            n += statusOf(p) == QLatin1String("succeeded");
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_api.start());
        m_bookings = std::make_unique<BookingApi>(http());
        m_host = m_api.registerUser(QStringLiteral("Host"));
        m_guest = m_api.registerUser(QStringLiteral("Guest"));
        m_stranger = m_api.registerUser(QStringLiteral("Stranger"));
        QVERIFY(!m_host.id.isEmpty() && !m_guest.id.isEmpty() && !m_stranger.id.isEmpty());
        m_listing = idOf(m_api.createListing(m_host, { { QStringLiteral("instant_book"), true } }));
        QVERIFY(!m_listing.isEmpty());
        m_nextStay = BookingApi::today().addDays(20);
    }

    void aPaymentNeedsAnIdempotencyKey()
    {
        const QString id = newBooking();
        const QString path = QStringLiteral("/api/v1/bookings/%1/payments").arg(id);
        const HttpReply none = seen(http().post(path, BookingApi::cardBody(), m_guest.accessToken));
        QCOMPARE(none.status, 400);
        QCOMPARE(none.errorCode(), QStringLiteral("bad_request"));
        QCOMPARE(seen(api().pay(m_guest, id, BookingApi::cardBody(), QByteArray(256, 'k'))).status, 400);
        QVERIFY(api().payments(m_guest, id).isEmpty());
        QCOMPARE(statusOf(api().booking(m_guest, id)), QStringLiteral("pending_payment"));
    }

    void declinedCardsAreKeptAsFailedAttempts_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("declineCode");
        const QDate today = BookingApi::today();
        const QDate lastMonth = today.addMonths(-1);
        QTest::newRow("card_declined") << "4000000000000002" << 12 << today.year() + 2 << "card_declined";
        QTest::newRow("insufficient_funds") << "4000000000009995" << 12 << today.year() + 2 << "insufficient_funds";
        QTest::newRow("expired years ago") << "4242424242424242" << 12 << 2020 << "expired_card";
        QTest::newRow("expired last month")
            << "4242424242424242" << lastMonth.month() << lastMonth.year() << "expired_card";
    }

    void declinedCardsAreKeptAsFailedAttempts()
    {
        QFETCH(QString, number);
        QFETCH(int, month);
        QFETCH(int, year);
        QFETCH(QString, declineCode);
        const QByteArray key = QByteArray("decline-") + QTest::currentDataTag();
        const QString id = newBooking();
        const QJsonObject card = with(BookingApi::cardBody(number, year), "exp_month", month);
        const HttpReply declined = seen(api().pay(m_guest, id, card, key + "-1"));
        QCOMPARE(declined.status, 422);
        QCOMPARE(declined.errorCode(), QStringLiteral("payment_declined"));
        QCOMPARE(errorOf(declined.body).value(QStringLiteral("decline_code")).toString(), declineCode);

        QJsonArray listed = api().payments(m_guest, id);
        QCOMPARE(listed.size(), 1);
        const QJsonObject failed = listed.first().toObject();
        QCOMPARE(statusOf(failed), QStringLiteral("failed"));
        QCOMPARE(failed.value(QStringLiteral("failure_code")).toString(), declineCode);
        QCOMPARE(failed.value(QStringLiteral("card_last4")).toString(), number.right(4));
        QCOMPARE(statusOf(api().booking(m_guest, id)), QStringLiteral("pending_payment"));

        // The decline is the key's answer: a replay repeats it and charges nothing.
        const HttpReply replay = seen(api().pay(m_guest, id, card, key + "-1"));
        QCOMPARE(replay.status, 422);
        QCOMPARE(replay.body, declined.body);
        QCOMPARE(api().payments(m_guest, id).size(), 1);

        const HttpReply good = seen(api().pay(m_guest, id, BookingApi::cardBody(), key + "-2"));
        QCOMPARE(good.status, 201);
        QCOMPARE(statusOf(good.json()), QStringLiteral("succeeded"));
        listed = api().payments(m_guest, id);
        QCOMPARE(listed.size(), 2);
        QCOMPARE(succeededPayments(id), 1);
        QCOMPARE(statusOf(api().booking(m_guest, id)), QStringLiteral("confirmed"));
    }

    void aCardThisMonthIsStillValid()
    {
        const QString id = newBooking();
        const QDate today = BookingApi::today();
        const HttpReply paid = seen(api().pay(
            m_guest, id, with(BookingApi::cardBody(BookingApi::kGoodCard, today.year()), "exp_month", today.month())));
        QCOMPARE(paid.status, 201);
    }

    void invalidCardsAreValidationErrors_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("blamed");
        QTest::newRow("Luhn check fails")
            << "card_number" << QJsonValue(QStringLiteral("4242424242424241")) << "card_number";
        QTest::newRow("letters") << "card_number" << QJsonValue(QStringLiteral("4242abcd42424242")) << "card_number";
        QTest::newRow("too short") << "card_number" << QJsonValue(QStringLiteral("42424")) << "card_number";
        QTest::newRow("number as a number") << "card_number" << QJsonValue(4242424242424242.0) << "card_number";
        QTest::newRow("month 13") << "exp_month" << QJsonValue(13) << "exp_month";
        QTest::newRow("year as a string") << "exp_year" << QJsonValue(QStringLiteral("2030")) << "exp_year";
        QTest::newRow("two-digit cvc") << "cvc" << QJsonValue(QStringLiteral("12")) << "cvc";
    }

    void invalidCardsAreValidationErrors()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, blamed);
        const QByteArray key = QByteArray("invalid-") + QTest::currentDataTag();
        const QString id = newBooking();
        QJsonObject card = BookingApi::cardBody();
        card.insert(field, value);
        const HttpReply reply = seen(api().pay(m_guest, id, card, key));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), QStringLiteral("validation_failed"));
        QVERIFY2(reply.errorFields().contains(blamed), reply.body.constData());
        QVERIFY(api().payments(m_guest, id).isEmpty()); // no attempt was made
        // A refused request is not an answer to keep: the key is still free for a good one.
        QCOMPARE(seen(api().pay(m_guest, id, BookingApi::cardBody(), key)).status, 201);
    }

    void aReplayAnswersTheSameAndChargesOnce()
    {
        const QString id = newBooking();
        const HttpReply first = seen(api().pay(m_guest, id, BookingApi::cardBody(), "replay-1"));
        QCOMPARE(first.status, 201);
        const HttpReply replay = seen(api().pay(m_guest, id, BookingApi::cardBody(), "replay-1"));
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.body, first.body);
        QCOMPARE(api().payments(m_guest, id).size(), 1);
        QCOMPARE(succeededPayments(id), 1);

        const HttpReply otherBody
            = seen(api().pay(m_guest, id, with(BookingApi::cardBody(), "cvc", QStringLiteral("999")), "replay-1"));
        QCOMPARE(otherBody.status, 422);
        QCOMPARE(otherBody.errorCode(), QStringLiteral("idempotency_mismatch"));
        const HttpReply otherBooking = seen(api().pay(m_guest, newBooking(), BookingApi::cardBody(), "replay-1"));
        QCOMPARE(otherBooking.status, 422);
        QCOMPARE(otherBooking.errorCode(), QStringLiteral("idempotency_mismatch"));
        // Keys belong to their user: another user's "replay-1" replays nothing of the guest's.
        QCOMPARE(seen(api().pay(m_stranger, id, BookingApi::cardBody(), "replay-1")).status, 404);
        // A new key for a paid booking is a new request, and the booking is not waiting any more.
        const HttpReply again = seen(api().pay(m_guest, id, BookingApi::cardBody(), "replay-2"));
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), QStringLiteral("invalid_state"));
        QCOMPARE(api().payments(m_guest, id).size(), 1);
    }

    void parallelReplaysOfOneKeyChargeOnce()
    {
        const QString id = newBooking();
        QList<QByteArray> requests;
        for (int i = 0; i < 10; ++i)
            requests.append(payRequest(id, "parallel-same", BookingApi::cardBody()));
        const QList<RawAnswer> answers = sendAtOnce(m_api.server().port(), requests);
        for (const RawAnswer& answer : answers) {
            m_seen.append(answer.body);
            QVERIFY2(answer.status == 201, answer.body.constData());
            QCOMPARE(answer.body, answers.first().body);
        }
        const QJsonArray listed = api().payments(m_guest, id);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(statusOf(listed.first()), QStringLiteral("succeeded"));
        QCOMPARE(idOf(listed.first().toObject()), idOf(QJsonDocument::fromJson(answers.first().body).object()));
    }

    void parallelPaymentsWithDifferentKeysChargeOnce()
    {
        const QString id = newBooking();
        QList<QByteArray> requests;
        for (int i = 0; i < 10; ++i)
            requests.append(payRequest(id, "parallel-" + QByteArray::number(i), BookingApi::cardBody()));
        int created = 0;
        for (const RawAnswer& answer : sendAtOnce(m_api.server().port(), requests)) {
            m_seen.append(answer.body);
            if (answer.status == 201) {
                ++created;
                continue;
            }
            QVERIFY2(answer.status == 409, answer.body.constData());
            QCOMPARE(errorOf(answer.body).value(QStringLiteral("code")).toString(), QStringLiteral("invalid_state"));
        }
        QCOMPARE(created, 1);
        QCOMPARE(api().payments(m_guest, id).size(), 1);
        QCOMPARE(succeededPayments(id), 1);
        QCOMPARE(statusOf(api().booking(m_guest, id)), QStringLiteral("confirmed"));
    }

    void onlyTheTwoSidesSeeAPayment()
    {
        const QString id = newBooking();
        const HttpReply paid = seen(api().pay(m_guest, id));
        QCOMPARE(paid.status, 201);
        const QString path = QStringLiteral("/api/v1/payments/") + idOf(paid.json());
        const HttpReply byGuest = seen(http().get(path, m_guest.accessToken));
        QCOMPARE(byGuest.status, 200);
        QCOMPARE(byGuest.json(), paid.json());
        QCOMPARE(seen(http().get(path, m_host.accessToken)).status, 200);
        QCOMPARE(api().payments(m_host, id).size(), 1);
        QCOMPARE(http().get(path, m_stranger.accessToken).errorCode(), QStringLiteral("not_found"));
        QCOMPARE(http().get(path).status, 401);
        QCOMPARE(
            http().get(QStringLiteral("/api/v1/payments/") + BookingApi::newId(), m_guest.accessToken).status, 404);
        QCOMPARE(http().get(QStringLiteral("/api/v1/payments?booking_id=") + id, m_stranger.accessToken).status, 404);
        const HttpReply noBooking = http().get(QStringLiteral("/api/v1/payments"), m_guest.accessToken);
        QCOMPARE(noBooking.status, 422);
        QVERIFY(noBooking.errorFields().contains(QStringLiteral("booking_id")));
    }

    void aHoldThatRanOutCannotBePaid()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString late = newBooking();
        const HttpReply refused
            = seen(api().pay(m_guest, late, BookingApi::cardBody(), {}, BookingApi::at(now.addSecs(20 * 60))));
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), QStringLiteral("invalid_state"));
        QVERIFY(api().payments(m_guest, late).isEmpty());
        QCOMPARE(statusOf(api().booking(m_guest, late)), QStringLiteral("pending_payment"));
        const QString inTime = newBooking();
        QCOMPARE(
            seen(api().pay(m_guest, inTime, BookingApi::cardBody(), {}, BookingApi::at(now.addSecs(14 * 60)))).status,
            201);
    }

    void answersShowOnlyTheLastFourDigits()
    {
        const QString id = newBooking();
        const HttpReply paid = seen(api().pay(m_guest, id));
        QCOMPARE(paid.status, 201);
        const QJsonObject payment = paid.json();
        QCOMPARE(payment.value(QStringLiteral("card_last4")).toString(), QStringLiteral("4242"));
        QCOMPARE(payment.value(QStringLiteral("card_brand")).toString(), QStringLiteral("visa"));
        QVERIFY(!payment.contains(QStringLiteral("card_number")) && !payment.contains(QStringLiteral("cvc")));
        m_seen.append(http().get(QStringLiteral("/api/v1/payments?booking_id=") + id, m_guest.accessToken).body);
        m_seen.append(http().get(QStringLiteral("/api/v1/bookings/") + id, m_guest.accessToken).body);
        m_seen.append(http().get(QStringLiteral("/api/v1/bookings/") + id, m_host.accessToken).body);
        for (const QByteArray& body : std::as_const(m_seen))
            for (const QString& number : kFullCardNumbers)
                QVERIFY2(!body.contains(number.toLatin1()), body.constData());
    }

    void theServerNeverLogsACardNumber()
    {
        // Last, so the output holds every payment above: successes, declines, invalid numbers.
        // Stopped first: output() only has what the pipe delivered so far, stop() drains it.
        m_api.server().stop();
        const QByteArray output = m_api.server().output();
        QVERIFY(!output.isEmpty());
        for (const QString& number : kFullCardNumbers)
            QVERIFY2(!output.contains(number.toLatin1()), qPrintable(number));
    }
};

QTEST_GUILESS_MAIN(TestPayments)
#include "tst_payments.moc"
