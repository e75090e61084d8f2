// SPDX-License-Identifier: Apache-2.0
// A listing to and from JSON: defaults, patches and the exact shape of the API's listing object.
#include "roost/Date.h"
#include "roost/Error.h"
#include "roost/Id.h"
#include "roost/JsonReader.h"
#include "roost/Listing.h"

#include <QJsonArray>
#include <QTest>

using namespace roost;

namespace {

// JSON written with single quotes, which read better inside C++ strings (and keep moc, which
// mis-parses raw string literals, away from them).
QByteArray js(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

QJsonObject minimalBody()
{
    return *parseJsonObject(js("{'title': ' Cabin in the woods ', 'property_type': 'cabin', 'city': ' Troms\xc3\xb8 ', "
                               "'country': 'NO', 'latitude': 69.65, 'longitude': 18.96, 'max_guests': 2, "
                               "'nightly_price': 95000, 'currency': 'NOK'}"));
}

Listing fullListing()
{
    Listing l = parseNewListing(minimalBody());
    l.id = *parseId(QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301"));
    l.hostId = *parseId(QStringLiteral("11111111-2222-4333-8444-555555555555"));
    l.amenities = QStringList{QStringLiteral("fireplace"), QStringLiteral("wifi")};
    l.bathrooms = 1.5;
    l.ratingAvg = 4.75;
    l.ratingCount = 8;
    l.createdAt = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    l.updatedAt = QDateTime(QDate(2024, 2, 3), QTime(4, 5, 6), Qt::UTC);
    l.version = 7;
    Photo photo;
    photo.id = *parseId(QStringLiteral("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"));
    photo.listingId = l.id;
    photo.caption = QStringLiteral("Aurora");
    photo.position = 0;
    l.photos = {photo};
    return l;
}

} // namespace

class TestListingCodec : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        const Listing l = parseNewListing(minimalBody());
        QVERIFY(l.id.isNull()); // the caller assigns one
        QCOMPARE(l.title, QStringLiteral("Cabin in the woods"));
        QCOMPARE(l.city, QString::fromUtf8("Troms\xc3\xb8"));
        QVERIFY(l.propertyType == PropertyType::Cabin);
        QVERIFY(l.cancellationPolicy == CancellationPolicy::Flexible);
        QCOMPARE(l.minNights, 1);
        QCOMPARE(l.maxNights, 365);
        QCOMPARE(l.instantBook, false);
        QVERIFY(l.status == ListingStatus::Draft);
        QCOMPARE(l.weeklyDiscountPct, 0);
        QCOMPARE(l.monthlyDiscountPct, 0);
        QCOMPARE(l.cleaningFee, qint64(0));
        QCOMPARE(l.description, QString());
        QVERIFY(l.amenities.isEmpty());
        QVERIFY(!l.ratingAvg.has_value());
        QCOMPARE(l.version, qint64(1));
    }

    void clientIdAndStatus()
    {
        QJsonObject body = minimalBody();
        body.insert(QStringLiteral("id"), QStringLiteral("3F2504E0-4F89-41D3-9A0C-0305E82C3301"));
        body.insert(QStringLiteral("status"), QStringLiteral("listed"));
        const Listing l = parseNewListing(body);
        QCOMPARE(idToString(l.id), QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301"));
        QVERIFY(l.status == ListingStatus::Listed);
    }

    void patch_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QString>("field"); // empty = accepted
        QTest::newRow("empty") << QByteArray("{}") << QString();
        QTest::newRow("title") << QByteArray("{\"title\": \"New\"}") << QString();
        QTest::newRow("null changes nothing") << QByteArray("{\"title\": null}") << QString();
        QTest::newRow("read-only ignored") << QByteArray("{\"version\": 99, \"host_id\": \"x\", \"id\": 5}") << QString();
        QTest::newRow("list it") << QByteArray("{\"status\": \"listed\"}") << QString();
        QTest::newRow("blank title") << QByteArray("{\"title\": \" \"}") << QStringLiteral("title");
        QTest::newRow("min above current max") << QByteArray("{\"min_nights\": 400}") << QStringLiteral("min_nights");
        QTest::newRow("both nights") << QByteArray("{\"min_nights\": 400, \"max_nights\": 500}") << QString();
        QTest::newRow("string price") << QByteArray("{\"nightly_price\": \"1\"}") << QStringLiteral("nightly_price");
    }
    void patch()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QString, field);
        const Listing current = fullListing();
        try {
            const Listing next = applyListingPatch(current, *parseJsonObject(patch));
            QVERIFY2(field.isEmpty(), "patch accepted");
            QCOMPARE(next.id, current.id);
            QCOMPARE(next.hostId, current.hostId);
            QCOMPARE(next.version, current.version);
            QCOMPARE(next.photos, current.photos);
            const QJsonObject body = *parseJsonObject(patch);
            QCOMPARE(next.title, body.value(QStringLiteral("title")).isString()
                                     ? body.value(QStringLiteral("title")).toString()
                                     : current.title);
        } catch (const Error& error) {
            QCOMPARE(error.code(), ErrorCode::ValidationFailed);
            QCOMPARE(error.fields().keys(), QStringList{field});
        }
    }

    void patchReplacesOnlyGivenFields()
    {
        const Listing current = fullListing();
        const Listing next = applyListingPatch(
            current, *parseJsonObject(js("{'nightly_price': 100000, 'amenities': ['wifi'], 'instant_book': true}")));
        Listing expected = current;
        expected.nightlyPrice = 100000;
        expected.amenities = QStringList{QStringLiteral("wifi")};
        expected.instantBook = true;
        QVERIFY(next == expected);
    }

    void jsonShape()
    {
        const QJsonObject json = listingToJson(fullListing(), QStringLiteral("https://roost.example/"));
        const QStringList expectedKeys{
            QStringLiteral("id"), QStringLiteral("host_id"), QStringLiteral("title"), QStringLiteral("description"),
            QStringLiteral("property_type"), QStringLiteral("address"), QStringLiteral("city"),
            QStringLiteral("country"), QStringLiteral("latitude"), QStringLiteral("longitude"),
            QStringLiteral("max_guests"), QStringLiteral("bedrooms"), QStringLiteral("beds"),
            QStringLiteral("bathrooms"), QStringLiteral("amenities"), QStringLiteral("nightly_price"),
            QStringLiteral("cleaning_fee"), QStringLiteral("currency"), QStringLiteral("weekly_discount_pct"),
            QStringLiteral("monthly_discount_pct"), QStringLiteral("min_nights"), QStringLiteral("max_nights"),
            QStringLiteral("instant_book"), QStringLiteral("cancellation_policy"), QStringLiteral("status"),
            QStringLiteral("photos"), QStringLiteral("rating_avg"), QStringLiteral("rating_count"),
            QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("version")};
        QStringList sortedExpected = expectedKeys;
        sortedExpected.sort();
        QCOMPARE(json.keys(), sortedExpected);

        auto v = [&](const char* key) { return json.value(QLatin1String(key)); };
        QCOMPARE(v("id").toString(), QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301"));
        QCOMPARE(v("host_id").toString(), QStringLiteral("11111111-2222-4333-8444-555555555555"));
        QCOMPARE(v("title").toString(), QStringLiteral("Cabin in the woods"));
        QCOMPARE(v("property_type").toString(), QStringLiteral("cabin"));
        QCOMPARE(v("country").toString(), QStringLiteral("NO"));
        QVERIFY(v("latitude").isDouble());
        QCOMPARE(v("latitude").toDouble(), 69.65);
        QCOMPARE(v("bathrooms").toDouble(), 1.5);
        QCOMPARE(v("max_guests").toInteger(), qint64(2));
        QCOMPARE(v("amenities").toArray(), (QJsonArray{QStringLiteral("fireplace"), QStringLiteral("wifi")}));
        QCOMPARE(v("nightly_price").toInteger(), qint64(95000));
        QCOMPARE(v("cleaning_fee").toInteger(), qint64(0));
        QCOMPARE(v("currency").toString(), QStringLiteral("NOK"));
        QCOMPARE(v("min_nights").toInteger(), qint64(1));
        QCOMPARE(v("max_nights").toInteger(), qint64(365));
        QCOMPARE(v("instant_book"), QJsonValue(false));
        QCOMPARE(v("cancellation_policy").toString(), QStringLiteral("flexible"));
        QCOMPARE(v("status").toString(), QStringLiteral("draft"));
        QCOMPARE(v("rating_avg").toDouble(), 4.75);
        QCOMPARE(v("rating_count").toInteger(), qint64(8));
        QCOMPARE(v("created_at").toString(), QStringLiteral("2024-01-02T03:04:05.006Z"));
        QCOMPARE(v("updated_at").toString(), QStringLiteral("2024-02-03T04:05:06.000Z"));
        QCOMPARE(v("version").toInteger(), qint64(7));

        const QJsonObject photo = v("photos").toArray().at(0).toObject();
        QCOMPARE(photo.keys(), (QStringList{QStringLiteral("caption"), QStringLiteral("id"), QStringLiteral("position"),
                                            QStringLiteral("thumbnail_url"), QStringLiteral("url")}));
        QCOMPARE(photo.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://roost.example/api/v1/photos/aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"));
        QCOMPARE(photo.value(QStringLiteral("thumbnail_url")).toString(),
                 QStringLiteral("https://roost.example/api/v1/photos/aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee/thumbnail"));
    }

    void unratedIsNull()
    {
        Listing l = fullListing();
        l.ratingAvg.reset();
        l.ratingCount = 0;
        const QJsonObject json = listingToJson(l);
        QVERIFY(json.value(QStringLiteral("rating_avg")).isNull());
        QCOMPARE(json.value(QStringLiteral("photos")).toArray().at(0).toObject().value(QStringLiteral("url")).toString(),
                 QStringLiteral("/api/v1/photos/aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"));
    }

    void roundTrip()
    {
        const Listing original = fullListing();
        Listing back = parseNewListing(listingToJson(original));
        // Only the writable fields (and the id) travel back in.
        back.hostId = original.hostId;
        back.photos = original.photos;
        back.ratingAvg = original.ratingAvg;
        back.ratingCount = original.ratingCount;
        back.createdAt = original.createdAt;
        back.updatedAt = original.updatedAt;
        back.version = original.version;
        QVERIFY(back == original);
    }
};

QTEST_APPLESS_MAIN(TestListingCodec)
#include "tst_listingcodec.moc"
