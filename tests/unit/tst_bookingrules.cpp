// SPDX-License-Identifier: Apache-2.0
#include "roost/BookingRequest.h"
#include "roost/Error.h"
#include "roost/Id.h"
#include "roost/JsonReader.h"
#include "roost/Listing.h"

#include <QTest>

using namespace roost;

namespace {

// JSON written with single quotes, which read better inside C++ strings.
QByteArray js(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

const QDate kToday(2024, 5, 1);
const QUuid kHost = *parseId(QStringLiteral("11111111-1111-4111-8111-111111111111"));
const QUuid kGuest = *parseId(QStringLiteral("22222222-2222-4222-8222-222222222222"));
const QByteArray kListingId = "'listing_id': '33333333-3333-4333-8333-333333333333'";

// A body with the given members after a valid listing_id.
QByteArray body(const QByteArray& members)
{
    QByteArray text = "{" + kListingId + ", " + members + "}";
    return text.replace('\'', '"');
}

} // namespace

class TestBookingRules : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field"); // empty = accepted
        QTest::addColumn<QString>("reason");
        auto row = [](const char* name, const QByteArray& json, const char* field = "", const char* reason = "") {
            QTest::newRow(name) << json << QString::fromLatin1(field) << QString::fromLatin1(reason);
        };
        const char* required = "is required";
        const char* badDate = "must be a date in YYYY-MM-DD form";
        const char* guestRange = "must be between 1 and 50";
        const char* notInteger = "must be an integer";
        const char* stay = "'check_in': '2024-05-10', 'check_out': '2024-05-12'";

        row("minimal", body("'check_in': '2024-05-10', 'check_out': '2024-05-12', 'guests': 2"));
        row("listing_id missing", js("{'check_in': '2024-05-10', 'check_out': '2024-05-12', 'guests': 2}"),
            "listing_id", required);
        row("listing_id not uuid",
            js("{'listing_id': 'abc', 'check_in': '2024-05-10', 'check_out': '2024-05-12', 'guests': 2}"),
            "listing_id", "must be a UUID");
        row("listing_id number",
            js("{'listing_id': 7, 'check_in': '2024-05-10', 'check_out': '2024-05-12', 'guests': 2}"), "listing_id",
            "must be a string");
        row("check_in missing", body("'check_out': '2024-05-12', 'guests': 2"), "check_in", required);
        row("check_out missing", body("'check_in': '2024-05-12', 'guests': 2"), "check_out", required);
        row("check_out null", body("'check_in': '2024-05-12', 'check_out': null, 'guests': 2"), "check_out",
            required);
        row("check_in loose", body("'check_in': '2024-5-10', 'check_out': '2024-05-12', 'guests': 2"), "check_in",
            badDate);
        row("check_out impossible", body("'check_in': '2024-05-10', 'check_out': '2024-02-30', 'guests': 2"),
            "check_out", badDate);
        row("check_in timestamp", body("'check_in': '2024-05-10T00:00:00Z', 'check_out': '2024-05-12', 'guests': 2"),
            "check_in", badDate);
        row("same day", body("'check_in': '2024-05-10', 'check_out': '2024-05-10', 'guests': 2"), "check_out",
            "must be after check_in");
        row("reversed", body("'check_in': '2024-05-10', 'check_out': '2024-05-09', 'guests': 2"), "check_out",
            "must be after check_in");
        row("730 nights", body("'check_in': '2024-05-01', 'check_out': '2026-05-01', 'guests': 2"));
        row("731 nights", body("'check_in': '2024-05-01', 'check_out': '2026-05-02', 'guests': 2"), "check_out",
            "must be at most 730 nights after check_in");
        const QByteArray withStay = QByteArray(stay) + ", ";
        row("guests missing", body(stay), "guests", required);
        row("guests 0", body(withStay + "'guests': 0"), "guests", guestRange);
        row("guests -1", body(withStay + "'guests': -1"), "guests", guestRange);
        row("guests 1", body(withStay + "'guests': 1"));
        row("guests 50", body(withStay + "'guests': 50"));
        row("guests 51", body(withStay + "'guests': 51"), "guests", guestRange);
        row("guests huge", body(withStay + "'guests': 1e300"), "guests", notInteger);
        row("guests 2.0", body(withStay + "'guests': 2.0"));
        row("guests 1.5", body(withStay + "'guests': 1.5"), "guests", notInteger);
        row("guests string", body(withStay + "'guests': '2'"), "guests", notInteger);
        row("guests bool", body(withStay + "'guests': true"), "guests", notInteger);
        const QByteArray withGuests = withStay + "'guests': 2, ";
        row("id ok", body(withGuests + "'id': '3f2504e0-4f89-41d3-9a0c-0305e82c3301'"));
        row("id bad", body(withGuests + "'id': 'x'"), "id", "must be a UUID");
        row("id null", body(withGuests + "'id': null"));
        row("message empty", body(withGuests + "'message': ''"));
        row("message null", body(withGuests + "'message': null"));
        row("message multi-line", body(withGuests + "'message': 'Hi!\\nWe arrive late.\\tThanks'"));
        row("message 1000", body(withGuests + "'message': '" + QByteArray(1000, 'm') + "'"));
        row("message 1000 emoji", body(withGuests + "'message': '" + QByteArray(1000 * 4, 'x').replace(
                                                 "xxxx", "\xF0\x9F\x98\x80") + "'"));
        row("message 1001", body(withGuests + "'message': '" + QByteArray(1001, 'm') + "'"), "message",
            "must be at most 1000 characters");
        row("message number", body(withGuests + "'message': 5"), "message", "must be a string");
        row("message bell", body(withGuests + "'message': 'ding\\u0007'"), "message",
            "must not contain control characters");
        row("unknown field ignored", body(withGuests + "'price': 'free'"));
    }
    void parse()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        try {
            parseBookingRequest(*parseJsonObject(json));
            QVERIFY2(field.isEmpty(), "accepted");
        } catch (const Error& error) {
            QCOMPARE(error.code(), ErrorCode::ValidationFailed);
            QCOMPARE(error.fields().keys(), QStringList{field});
            QCOMPARE(error.fields().value(field), reason);
        }
    }

    void everyBadFieldIsReported()
    {
        try {
            parseBookingRequest(*parseJsonObject(js("{'id': 1, 'check_in': 'x', 'guests': 0, 'message': []}")));
            QFAIL("accepted");
        } catch (const Error& error) {
            QCOMPARE(error.fields().keys(),
                     (QStringList{QStringLiteral("check_in"), QStringLiteral("check_out"), QStringLiteral("guests"),
                                  QStringLiteral("id"), QStringLiteral("listing_id"), QStringLiteral("message")}));
        }
    }

    void parsedValues()
    {
        const BookingRequest request = parseBookingRequest(*parseJsonObject(
            body("'id': '3F2504E0-4F89-41D3-9A0C-0305E82C3301', 'check_in': '2024-05-10', "
                 "'check_out': '2024-05-17', 'guests': 3, 'message': 'Hello'")));
        QCOMPARE(idToString(request.id), QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301"));
        QCOMPARE(idToString(request.listingId), QStringLiteral("33333333-3333-4333-8333-333333333333"));
        QCOMPARE(request.stay, *Stay::make(QDate(2024, 5, 10), QDate(2024, 5, 17)));
        QCOMPARE(request.stay.nights(), 7);
        QCOMPARE(request.guests, 3);
        QCOMPARE(request.message, QStringLiteral("Hello"));

        const BookingRequest bare = parseBookingRequest(
            *parseJsonObject(body("'check_in': '2024-05-10', 'check_out': '2024-05-11', 'guests': 1")));
        QVERIFY(bare.id.isNull());
        QVERIFY(bare.message.isEmpty());
    }

    void quoteRequest_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        auto row = [](const char* name, const QByteArray& json, const char* field = "", const char* reason = "") {
            QTest::newRow(name) << json << QString::fromLatin1(field) << QString::fromLatin1(reason);
        };
        row("ok", js("{'check_in': '2024-05-10', 'check_out': '2024-05-12', 'guests': 2}"));
        row("listing_id not needed", js("{'check_in': '2024-05-10', 'check_out': '2024-05-12', 'guests': 2}"));
        row("guests missing", js("{'check_in': '2024-05-10', 'check_out': '2024-05-12'}"), "guests", "is required");
        row("guests string", js("{'check_in': '2024-05-10', 'check_out': '2024-05-12', 'guests': '2'}"), "guests",
            "must be an integer");
        row("reversed", js("{'check_in': '2024-05-10', 'check_out': '2024-05-01', 'guests': 2}"), "check_out",
            "must be after check_in");
        row("731 nights", js("{'check_in': '2024-05-01', 'check_out': '2026-05-02', 'guests': 2}"), "check_out",
            "must be at most 730 nights after check_in");
        row("check_in missing", js("{'check_out': '2024-05-12', 'guests': 2}"), "check_in", "is required");
    }
    void quoteRequest()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        try {
            const QuoteRequest request = parseQuoteRequest(*parseJsonObject(json));
            QVERIFY2(field.isEmpty(), "accepted");
            QCOMPARE(request.guests, 2);
            QCOMPARE(request.stay.nights(), 2);
        } catch (const Error& error) {
            QCOMPARE(error.code(), ErrorCode::ValidationFailed);
            QCOMPARE(error.fields().keys(), QStringList{field});
            QCOMPARE(error.fields().value(field), reason);
        }
    }

    void rules_data()
    {
        QTest::addColumn<int>("minNights");
        QTest::addColumn<int>("maxNights");
        QTest::addColumn<QDate>("checkIn");
        QTest::addColumn<int>("nights");
        QTest::addColumn<int>("guests");
        QTest::addColumn<bool>("byHost");
        QTest::addColumn<QString>("field"); // empty = allowed
        QTest::addColumn<QString>("reason");
        auto row = [](const char* name, int minNights, int maxNights, QDate checkIn, int nights, int guests,
                      bool byHost, const char* field = "", const char* reason = "") {
            QTest::newRow(name) << minNights << maxNights << checkIn << nights << guests << byHost
                                << QString::fromLatin1(field) << QString::fromLatin1(reason);
        };
        const QDate later(2024, 6, 1);
        row("ok", 2, 14, later, 3, 2, false);
        row("min nights - 1", 2, 14, later, 1, 2, false, "check_out", "must be at least 2 nights after check_in");
        row("min nights", 2, 14, later, 2, 2, false);
        row("max nights", 2, 14, later, 14, 2, false);
        row("max nights + 1", 2, 14, later, 15, 2, false, "check_out", "must be at most 14 nights after check_in");
        row("exactly one night allowed", 1, 1, later, 1, 2, false);
        row("one night max", 1, 1, later, 2, 2, false, "check_out", "must be at most 1 night after check_in");
        row("min 730 at 729", 730, 730, later, 729, 2, false, "check_out",
            "must be at least 730 nights after check_in");
        row("max guests", 2, 14, later, 3, 4, false);
        row("max guests + 1", 2, 14, later, 3, 5, false, "guests", "must be at most 4 for this listing");
        row("no guests", 2, 14, later, 3, 0, false, "guests", "must be at least 1");
        row("own listing", 2, 14, later, 3, 2, true, "listing_id", "you cannot book your own listing");
        row("check-in today", 2, 14, kToday, 3, 2, false);
        row("check-in yesterday", 2, 14, kToday.addDays(-1), 3, 2, false, "check_in", "must not be in the past");
        row("check-in long ago", 2, 14, QDate(2000, 1, 1), 3, 2, false, "check_in", "must not be in the past");
        row("check-in tomorrow", 2, 14, kToday.addDays(1), 3, 2, false);
    }
    void rules()
    {
        QFETCH(int, minNights);
        QFETCH(int, maxNights);
        QFETCH(QDate, checkIn);
        QFETCH(int, nights);
        QFETCH(int, guests);
        QFETCH(bool, byHost);
        QFETCH(QString, field);
        QFETCH(QString, reason);

        Listing listing;
        listing.hostId = kHost;
        listing.minNights = minNights;
        listing.maxNights = maxNights;
        listing.maxGuests = 4;
        const Stay stay = *Stay::make(checkIn, checkIn.addDays(nights));
        const FieldErrors errors = checkBookingRules(listing, stay, guests, byHost ? kHost : kGuest, kToday);
        if (field.isEmpty()) {
            QCOMPARE(errors, FieldErrors());
        } else {
            QCOMPARE(errors.keys(), QStringList{field});
            QCOMPARE(errors.value(field), reason);
        }
    }

    void everyBrokenRuleIsReported()
    {
        Listing listing;
        listing.hostId = kHost;
        listing.minNights = 3;
        listing.maxGuests = 2;
        const Stay stay = *Stay::make(QDate(2024, 4, 1), QDate(2024, 4, 2));
        const FieldErrors errors = checkBookingRules(listing, stay, 3, kHost, kToday);
        QCOMPARE(errors.keys(), (QStringList{QStringLiteral("check_in"), QStringLiteral("check_out"),
                                             QStringLiteral("guests"), QStringLiteral("listing_id")}));
    }

    void nullGuestIsNeverTheHost()
    {
        // A listing whose host id is not set yet must not make every anonymous caller its owner.
        Listing listing;
        const Stay stay = *Stay::make(QDate(2024, 6, 1), QDate(2024, 6, 2));
        QCOMPARE(checkBookingRules(listing, stay, 1, QUuid(), kToday), FieldErrors());
    }

    void cancelReasons_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("reason"); // null: refused under `reason`
        QTest::newRow("absent") << QJsonObject{} << QStringLiteral("");
        QTest::newRow("trimmed") << QJsonObject{{QStringLiteral("reason"), QStringLiteral("  ill \n")}} << QStringLiteral("ill");
        QTest::newRow("line breaks kept") << QJsonObject{{QStringLiteral("reason"), QStringLiteral("a\nb\tc")}} << QStringLiteral("a\nb\tc");
        QTest::newRow("500 characters") << QJsonObject{{QStringLiteral("reason"), QString(500, QLatin1Char('r'))}} << QString(500, QLatin1Char('r'));
        QTest::newRow("501 characters") << QJsonObject{{QStringLiteral("reason"), QString(501, QLatin1Char('r'))}} << QString();
        QTest::newRow("bell") << QJsonObject{{QStringLiteral("reason"), QStringLiteral("a\u0007")}} << QString();
        QTest::newRow("number") << QJsonObject{{QStringLiteral("reason"), 5}} << QString();
        QTest::newRow("null is not given") << QJsonObject{{QStringLiteral("reason"), QJsonValue::Null}} << QStringLiteral("");
    }

    void cancelReasons()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, reason);
        try {
            const QString parsed = roost::parseCancelReason(body);
            QVERIFY2(!reason.isNull(), qPrintable(parsed));
            QCOMPARE(parsed, reason);
        } catch (const roost::Error& e) {
            QVERIFY2(reason.isNull(), qPrintable(e.message()));
            QCOMPARE(e.code(), roost::ErrorCode::ValidationFailed);
            QVERIFY(e.fields().contains(QStringLiteral("reason")));
        }
    }
};

QTEST_APPLESS_MAIN(TestBookingRules)
#include "tst_bookingrules.moc"
