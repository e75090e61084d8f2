// SPDX-License-Identifier: Apache-2.0
// The rules of a listing: one row per rule with the field it must report, plus its boundary.
#include "roost/Error.h"
#include "roost/JsonReader.h"
#include "roost/Listing.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>
#include <limits>

using namespace roost;

namespace {

// JSON written with single quotes, which read better inside C++ strings (moc mis-parses raw
// string literals).
QByteArray js(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

QJsonObject validBody()
{
    return *parseJsonObject(js("{'title': 'Sunny loft', 'description': 'Bright.', 'property_type': 'apartment', "
                               "'address': '1 Rue de Rivoli', 'city': 'Paris', 'country': 'FR', 'latitude': 48.85, "
                               "'longitude': 2.35, 'max_guests': 4, 'bedrooms': 2, 'beds': 2, 'bathrooms': 1.5, "
                               "'amenities': ['wifi', 'kitchen'], 'nightly_price': 12000, 'cleaning_fee': 3000, "
                               "'currency': 'EUR', 'weekly_discount_pct': 10, 'monthly_discount_pct': 20, "
                               "'min_nights': 2, 'max_nights': 30, 'instant_book': true, "
                               "'cancellation_policy': 'moderate', 'status': 'listed'}"));
}

QByteArray quoted(const QString& text)
{
    return '"' + text.toUtf8() + '"';
}

QByteArray chars(char c, int count)
{
    return quoted(QString(count, QLatin1Char(c)));
}

FieldErrors errorsOf(const QJsonObject& body)
{
    try {
        parseNewListing(body);
    } catch (const Error& error) {
        return error.fields();
    }
    return {};
}

} // namespace

class TestListing : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("value"); // JSON text; empty = remove the key
        QTest::addColumn<QString>("reason");   // empty = accepted
        auto row = [](const char* name, const char* key, const QByteArray& value, const QString& reason = {}) {
            QTest::newRow(name) << QString::fromLatin1(key) << value << reason;
        };
        const QString required = QStringLiteral("is required");
        for (const char* key : {"title", "property_type", "city", "country", "latitude", "longitude", "max_guests",
                                "nightly_price", "currency"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 missing").arg(QLatin1String(key))))
                << QString::fromLatin1(key) << QByteArray() << required;
            QTest::newRow(qPrintable(QStringLiteral("%1 null").arg(QLatin1String(key))))
                << QString::fromLatin1(key) << QByteArray("null") << required;
        }
        for (const char* key : {"description", "address", "bedrooms", "beds", "bathrooms", "amenities", "cleaning_fee",
                                "weekly_discount_pct", "monthly_discount_pct", "min_nights", "max_nights",
                                "instant_book", "cancellation_policy", "status"})
            QTest::newRow(qPrintable(QStringLiteral("%1 optional").arg(QLatin1String(key))))
                << QString::fromLatin1(key) << QByteArray() << QString();

        const QString title = QStringLiteral("must be between 1 and 120 characters");
        row("title empty", "title", "\"\"", title);
        row("title blank", "title", "\"   \"", title);
        row("title 1", "title", "\"T\"");
        row("title 120", "title", chars('t', 120));
        row("title 120 + spaces", "title", '"' + QByteArray(3, ' ') + QByteArray(120, 't') + "  \"");
        row("title 121", "title", chars('t', 121), title);
        row("title 120 code points", "title", quoted(QString(60, QChar(0xe9)) + QString::fromUtf8("\xf0\x9f\x8f\xa0").repeated(60)));
        row("title number", "title", "5", QStringLiteral("must be a string"));
        row("title newline", "title", "\"a\\nb\"", QStringLiteral("must not contain control characters"));
        row("description 5000", "description", chars('d', 5000));
        row("description 5001", "description", chars('d', 5001), QStringLiteral("must be at most 5000 characters"));
        row("description lines", "description", "\"one\\ntwo\\r\\n\\tthree\"");
        row("description control", "description", "\"\\u0007\"", QStringLiteral("must not contain control characters"));
        for (const char* type : {"apartment", "house", "room", "cabin", "other"})
            row(type, "property_type", quoted(QString::fromLatin1(type)));
        const QString types = QStringLiteral("must be one of apartment, house, room, cabin, other");
        row("property_type unknown", "property_type", "\"villa\"", types);
        row("property_type capitalised", "property_type", "\"House\"", types);
        row("property_type number", "property_type", "1", QStringLiteral("must be a string"));
        row("address empty", "address", "\"\"");
        row("address 200", "address", chars('a', 200));
        row("address 201", "address", chars('a', 201), QStringLiteral("must be at most 200 characters"));
        row("city empty", "city", "\"\"", QStringLiteral("must be between 1 and 100 characters"));
        row("city 100", "city", chars('c', 100));
        row("city 101", "city", chars('c', 101), QStringLiteral("must be between 1 and 100 characters"));
        const QString country = QStringLiteral("must be an ISO 3166-1 alpha-2 code such as FR");
        row("country US", "country", "\"US\"");
        row("country AX", "country", "\"AX\"");
        row("country lowercase", "country", "\"fr\"", country);
        row("country UK", "country", "\"UK\"", country);
        row("country unassigned", "country", "\"XX\"", country);
        row("country alpha-3", "country", "\"FRA\"", country);
        row("country empty", "country", "\"\"", country);
        row("country number", "country", "250", QStringLiteral("must be a string"));
        row("latitude -90", "latitude", "-90");
        row("latitude 90", "latitude", "90");
        row("latitude integer", "latitude", "0");
        row("latitude above", "latitude", "90.000001", QStringLiteral("must be between -90 and 90"));
        row("latitude below", "latitude", "-91", QStringLiteral("must be between -90 and 90"));
        row("latitude string", "latitude", "\"48.85\"", QStringLiteral("must be a number"));
        row("longitude -180", "longitude", "-180");
        row("longitude 180", "longitude", "180");
        row("longitude above", "longitude", "180.5", QStringLiteral("must be between -180 and 180"));
        row("longitude boolean", "longitude", "true", QStringLiteral("must be a number"));
        const QString integer = QStringLiteral("must be an integer");
        row("max_guests 1", "max_guests", "1");
        row("max_guests 50", "max_guests", "50");
        row("max_guests 0", "max_guests", "0", QStringLiteral("must be between 1 and 50"));
        row("max_guests 51", "max_guests", "51", QStringLiteral("must be between 1 and 50"));
        row("max_guests fraction", "max_guests", "2.5", integer);
        row("max_guests string", "max_guests", "\"4\"", integer);
        row("max_guests huge", "max_guests", "1e300", integer);
        row("bedrooms 0", "bedrooms", "0");
        row("bedrooms 50", "bedrooms", "50");
        row("bedrooms -1", "bedrooms", "-1", QStringLiteral("must be between 0 and 50"));
        row("bedrooms 51", "bedrooms", "51", QStringLiteral("must be between 0 and 50"));
        row("beds 100", "beds", "100");
        row("beds 101", "beds", "101", QStringLiteral("must be between 0 and 100"));
        row("beds string", "beds", "\"2\"", integer);
        const QString bathrooms = QStringLiteral("must be between 0 and 50 in steps of 0.5");
        row("bathrooms 0", "bathrooms", "0");
        row("bathrooms 0.5", "bathrooms", "0.5");
        row("bathrooms 50", "bathrooms", "50");
        row("bathrooms 1.25", "bathrooms", "1.25", bathrooms);
        row("bathrooms 50.5", "bathrooms", "50.5", bathrooms);
        row("bathrooms -0.5", "bathrooms", "-0.5", bathrooms);
        row("bathrooms string", "bathrooms", "\"1\"", QStringLiteral("must be a number"));
        QByteArray all = "[";
        for (const QString& amenity : knownAmenities())
            all += quoted(amenity) + ',';
        all.back() = ']';
        row("amenities all known", "amenities", all);
        row("amenities empty", "amenities", "[]");
        row("amenities unknown", "amenities", "[\"wifi\", \"sauna\"]", QStringLiteral("contains an unknown amenity: sauna"));
        row("amenities wrong case", "amenities", "[\"WiFi\"]", QStringLiteral("contains an unknown amenity: WiFi"));
        row("amenities duplicate", "amenities", "[\"wifi\", \"tv\", \"wifi\"]", QStringLiteral("must not contain duplicates"));
        QByteArray fifty = "[" + QByteArray("\"wifi\",").repeated(50);
        fifty.back() = ']';
        row("amenities 50 (duplicates)", "amenities", fifty, QStringLiteral("must not contain duplicates"));
        row("amenities 51", "amenities", "[" + QByteArray("\"wifi\",").repeated(50) + "\"tv\"]",
            QStringLiteral("must have at most 50 items"));
        row("amenities string", "amenities", "\"wifi\"", QStringLiteral("must be an array of strings"));
        row("amenities number item", "amenities", "[\"wifi\", 3]", QStringLiteral("must be an array of strings"));
        const QString price = QStringLiteral("must be between 1 and 10000000000");
        row("nightly_price 1", "nightly_price", "1");
        row("nightly_price max", "nightly_price", QByteArray::number(kMaxMoneyMinor));
        row("nightly_price 0", "nightly_price", "0", price);
        row("nightly_price negative", "nightly_price", "-100", price);
        row("nightly_price above max", "nightly_price", QByteArray::number(kMaxMoneyMinor + 1), price);
        row("nightly_price float", "nightly_price", "99.5", integer);
        row("nightly_price string", "nightly_price", "\"12000\"", integer);
        const QString fee = QStringLiteral("must be between 0 and 10000000000");
        row("cleaning_fee 0", "cleaning_fee", "0");
        row("cleaning_fee max", "cleaning_fee", QByteArray::number(kMaxMoneyMinor));
        row("cleaning_fee negative", "cleaning_fee", "-1", fee);
        row("cleaning_fee above max", "cleaning_fee", QByteArray::number(kMaxMoneyMinor + 1), fee);
        const QString currency = QStringLiteral("must be an ISO 4217 currency code such as EUR");
        row("currency JPY", "currency", "\"JPY\"");
        row("currency lowercase", "currency", "\"eur\"", currency);
        row("currency unknown", "currency", "\"EURO\"", currency);
        row("currency metal", "currency", "\"XAU\"", currency);
        row("currency number", "currency", "978", QStringLiteral("must be a string"));
        for (const char* key : {"weekly_discount_pct", "monthly_discount_pct"}) {
            const QString k = QString::fromLatin1(key);
            QTest::newRow(qPrintable(k + QStringLiteral(" 0"))) << k << QByteArray("0") << QString();
            QTest::newRow(qPrintable(k + QStringLiteral(" 90"))) << k << QByteArray("90") << QString();
            QTest::newRow(qPrintable(k + QStringLiteral(" 91"))) << k << QByteArray("91")
                                                                 << QStringLiteral("must be between 0 and 90");
            QTest::newRow(qPrintable(k + QStringLiteral(" -1"))) << k << QByteArray("-1")
                                                                 << QStringLiteral("must be between 0 and 90");
            QTest::newRow(qPrintable(k + QStringLiteral(" fraction"))) << k << QByteArray("10.5") << integer;
        }
        row("min_nights 1", "min_nights", "1");
        row("min_nights = max_nights", "min_nights", "30");
        row("min_nights > max_nights", "min_nights", "31", QStringLiteral("must not be greater than max_nights"));
        row("min_nights 0", "min_nights", "0", QStringLiteral("must be between 1 and 730"));
        row("max_nights 730", "max_nights", "730");
        row("max_nights 731", "max_nights", "731", QStringLiteral("must be between 1 and 730"));
        row("max_nights below min_nights", "max_nights", "1", QStringLiteral("must not be greater than max_nights"));
        row("instant_book false", "instant_book", "false");
        row("instant_book string", "instant_book", "\"true\"", QStringLiteral("must be a boolean"));
        row("instant_book number", "instant_book", "1", QStringLiteral("must be a boolean"));
        row("cancellation_policy strict", "cancellation_policy", "\"strict\"");
        row("cancellation_policy unknown", "cancellation_policy", "\"lenient\"",
            QStringLiteral("must be one of flexible, moderate, strict"));
        row("status draft", "status", "\"draft\"");
        row("status unlisted", "status", "\"unlisted\"");
        row("status unknown", "status", "\"deleted\"", QStringLiteral("must be one of draft, listed, unlisted"));
        row("id valid", "id", "\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\"");
        row("id malformed", "id", "\"abc\"", QStringLiteral("must be a UUID"));
        row("id nil", "id", "\"00000000-0000-0000-0000-000000000000\"", QStringLiteral("must be a UUID"));
        row("id number", "id", "7", QStringLiteral("must be a string"));
        // Read-only and unknown fields are ignored, whatever they hold.
        row("host_id ignored", "host_id", "\"garbage\"");
        row("version ignored", "version", "\"x\"");
        row("rating_avg ignored", "rating_avg", "\"x\"");
        row("photos ignored", "photos", "5");
        row("created_at ignored", "created_at", "false");
        row("unknown ignored", "pool_size", "{\"a\": [1]}");
    }
    void rules()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, value);
        QFETCH(QString, reason);
        QJsonObject body = validBody();
        // max_nights rows check the cross rule from the other side.
        if (key == QStringLiteral("max_nights") && reason.contains(QStringLiteral("max_nights")))
            body.insert(QStringLiteral("min_nights"), 2);
        if (value.isEmpty())
            body.remove(key);
        else
            body.insert(key, parseJsonObject("{\"v\": " + value + "}")->value(QStringLiteral("v")));

        const FieldErrors errors = errorsOf(body);
        if (reason.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.keys().join(u',') + u' ' + errors.values().join(u',')));
            return;
        }
        const QString field = reason.contains(QStringLiteral("max_nights")) ? QStringLiteral("min_nights") : key;
        QCOMPARE(errors.keys(), QStringList{field});
        QCOMPARE(errors.value(field), reason);

        // The same rule applies to a patch of a valid listing (absent and null change nothing there).
        if (value.isEmpty() || value == "null" || key == QStringLiteral("id"))
            return;
        try {
            applyListingPatch(parseNewListing(validBody()), QJsonObject{{key, body.value(key)}});
            QFAIL("patch accepted");
        } catch (const Error& error) {
            QCOMPARE(error.fields().value(field), reason);
        }
    }

    void everyBadFieldIsReported()
    {
        const FieldErrors errors = errorsOf(QJsonObject());
        QCOMPARE(errors.keys(), (QStringList{QStringLiteral("city"), QStringLiteral("country"),
                                             QStringLiteral("currency"), QStringLiteral("latitude"),
                                             QStringLiteral("longitude"), QStringLiteral("max_guests"),
                                             QStringLiteral("nightly_price"), QStringLiteral("property_type"),
                                             QStringLiteral("title")}));
        for (const QString& reason : errors)
            QCOMPARE(reason, QStringLiteral("is required"));

        QJsonObject body = validBody();
        body.insert(QStringLiteral("title"), QString());
        body.insert(QStringLiteral("bedrooms"), QStringLiteral("2"));
        body.insert(QStringLiteral("weekly_discount_pct"), 95);
        body.insert(QStringLiteral("amenities"), QJsonArray{QStringLiteral("moat")});
        QCOMPARE(errorsOf(body).size(), 4);
    }

    void validateListingBuiltInCode()
    {
        const Listing valid = parseNewListing(validBody());
        QVERIFY(validateListing(valid).isEmpty());

        Listing l = valid;
        l.latitude = std::numeric_limits<double>::quiet_NaN();
        l.bathrooms = 0.3;
        l.minNights = 40;
        l.title = QString(121, u'x');
        l.amenities = QStringList{QStringLiteral("wifi"), QStringLiteral("wifi")};
        l.maxGuests = 0;
        const FieldErrors errors = validateListing(l);
        QCOMPARE(errors.keys(), (QStringList{QStringLiteral("amenities"), QStringLiteral("bathrooms"),
                                             QStringLiteral("latitude"), QStringLiteral("max_guests"),
                                             QStringLiteral("min_nights"), QStringLiteral("title")}));
    }

    void enumNames()
    {
        QCOMPARE(toString(PropertyType::Cabin), QStringLiteral("cabin"));
        QCOMPARE(toString(CancellationPolicy::Moderate), QStringLiteral("moderate"));
        QCOMPARE(toString(ListingStatus::Unlisted), QStringLiteral("unlisted"));
        QCOMPARE(parsePropertyType(QStringLiteral("room")), std::optional(PropertyType::Room));
        QCOMPARE(parseCancellationPolicy(QStringLiteral("Strict")), std::optional<CancellationPolicy>());
        QCOMPARE(parseListingStatus(QStringLiteral("listed")), std::optional(ListingStatus::Listed));
        QCOMPARE(knownAmenities().size(), 24);
    }
};

QTEST_APPLESS_MAIN(TestListing)
#include "tst_listing.moc"
