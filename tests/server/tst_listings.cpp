// SPDX-License-Identifier: Apache-2.0
// Creating and reading listings over HTTP: the created object and its defaults, validation,
// idempotent creates, visibility of drafts and unlisted listings, ETags (API.md, Listings;
// Precise rules, Input and Creates/versions/idempotency). Changes live in tst_listingchanges.
#include "ApiFixture.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace roost::test;

namespace {

const QString kListings = QStringLiteral("/api/v1/listings");
const QString kMine = QStringLiteral("/api/v1/hosts/me/listings");

QString listingPath(const QString& id)
{
    return kListings + QLatin1Char('/') + id;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

qint64 versionOf(const QJsonObject& o)
{
    return o.value(QStringLiteral("version")).toInteger(-1);
}

} // namespace

class TestListings : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    TestUser m_host;
    TestUser m_other;
    TestUser m_validator; // never manages to create anything

    HttpClient& http() { return m_api.http(); }

    QJsonObject create(const TestUser& host, const QJsonObject& overrides)
    {
        const QJsonObject listing = m_api.createListing(host, overrides);
        if (listing.isEmpty())
            qWarning("could not create a listing");
        return listing;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_api.start());
        m_host = m_api.registerUser(QStringLiteral("Host"));
        m_other = m_api.registerUser(QStringLiteral("Other"));
        m_validator = m_api.registerUser(QStringLiteral("Validator"));
        QVERIFY(!m_host.id.isEmpty() && !m_other.id.isEmpty() && !m_validator.id.isEmpty());
    }

    void createAnswersTheWholeListingWithDefaults()
    {
        // Only the required fields: everything else takes API.md's defaults.
        const QJsonObject body { { QStringLiteral("title"), QStringLiteral("  Tiny cabin  ") },
            { QStringLiteral("property_type"), QStringLiteral("cabin") },
            { QStringLiteral("city"), QStringLiteral("Bergen") }, { QStringLiteral("country"), QStringLiteral("NO") },
            { QStringLiteral("latitude"), 60.39 }, { QStringLiteral("longitude"), 5.32 },
            { QStringLiteral("max_guests"), 2 }, { QStringLiteral("nightly_price"), 9900 },
            { QStringLiteral("currency"), QStringLiteral("NOK") } };
        const TestUser host = m_api.registerUser(QStringLiteral("New Host"));
        const HttpReply reply = http().post(kListings, body, host.accessToken);
        QCOMPARE(reply.status, 201);
        const QJsonObject l = reply.json();
        QStringList expectedKeys { QStringLiteral("id"), QStringLiteral("host_id"), QStringLiteral("title"),
            QStringLiteral("description"), QStringLiteral("property_type"), QStringLiteral("address"),
            QStringLiteral("city"), QStringLiteral("country"), QStringLiteral("latitude"), QStringLiteral("longitude"),
            QStringLiteral("max_guests"), QStringLiteral("bedrooms"), QStringLiteral("beds"),
            QStringLiteral("bathrooms"), QStringLiteral("amenities"), QStringLiteral("nightly_price"),
            QStringLiteral("cleaning_fee"), QStringLiteral("currency"), QStringLiteral("weekly_discount_pct"),
            QStringLiteral("monthly_discount_pct"), QStringLiteral("min_nights"), QStringLiteral("max_nights"),
            QStringLiteral("instant_book"), QStringLiteral("cancellation_policy"), QStringLiteral("status"),
            QStringLiteral("photos"), QStringLiteral("rating_avg"), QStringLiteral("rating_count"),
            QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("version") };
        expectedKeys.sort();
        QCOMPARE(l.keys(), expectedKeys);

        QVERIFY(!QUuid::fromString(l.value(QStringLiteral("id")).toString()).isNull());
        QCOMPARE(l.value(QStringLiteral("host_id")).toString(), host.id);
        QCOMPARE(l.value(QStringLiteral("title")).toString(), QStringLiteral("Tiny cabin"));
        for (const char* key :
            { "property_type", "city", "country", "latitude", "longitude", "max_guests", "nightly_price", "currency" })
            QCOMPARE(l.value(QLatin1String(key)), body.value(QLatin1String(key)));
        QCOMPARE(l.value(QStringLiteral("cancellation_policy")).toString(), QStringLiteral("flexible"));
        QCOMPARE(l.value(QStringLiteral("min_nights")).toInteger(), 1);
        QCOMPARE(l.value(QStringLiteral("max_nights")).toInteger(), 365);
        QCOMPARE(l.value(QStringLiteral("instant_book")), QJsonValue(false));
        QCOMPARE(l.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(l.value(QStringLiteral("weekly_discount_pct")).toInteger(), 0);
        QCOMPARE(l.value(QStringLiteral("monthly_discount_pct")).toInteger(), 0);
        QCOMPARE(l.value(QStringLiteral("cleaning_fee")).toInteger(), 0);
        QCOMPARE(l.value(QStringLiteral("amenities")).toArray(), QJsonArray());
        QCOMPARE(l.value(QStringLiteral("photos")).toArray(), QJsonArray());
        QVERIFY(l.value(QStringLiteral("rating_avg")).isNull());
        QCOMPARE(l.value(QStringLiteral("rating_count")).toInteger(), 0);
        QCOMPARE(versionOf(l), 1);
        for (const char* key : { "created_at", "updated_at" }) {
            const QString stamp = l.value(QLatin1String(key)).toString();
            QVERIFY2(stamp.endsWith(QLatin1Char('Z')) && QDateTime::fromString(stamp, Qt::ISODateWithMs).isValid(),
                qPrintable(stamp));
        }
        // What POST answered is what GET shows; creating a listing made the caller a host.
        QCOMPARE(http().get(listingPath(l.value(QStringLiteral("id")).toString()), host.accessToken).json(), l);
        QCOMPARE(http().get(QStringLiteral("/api/v1/users/") + host.id).json().value(QStringLiteral("is_host")),
            QJsonValue(true));

        // "status": "listed" in the body is taken, and client-chosen fields are kept.
        const QJsonObject listed = create(m_host,
            { { QStringLiteral("cleaning_fee"), 0 }, { QStringLiteral("instant_book"), true },
                { QStringLiteral("cancellation_policy"), QStringLiteral("strict") } });
        QCOMPARE(listed.value(QStringLiteral("status")).toString(), QStringLiteral("listed"));
        QCOMPARE(listed.value(QStringLiteral("instant_book")), QJsonValue(true));
        QCOMPARE(listed.value(QStringLiteral("cancellation_policy")).toString(), QStringLiteral("strict"));
        QCOMPARE(listed.value(QStringLiteral("host_id")).toString(), m_host.id);
    }

    void createValidation_data()
    {
        QTest::addColumn<QJsonObject>("overrides");
        QTest::addColumn<QString>("field");
        auto row = [](const char* tag, const char* field, const QJsonValue& value) {
            QTest::newRow(tag) << QJsonObject { { QLatin1String(field), value } } << QString::fromLatin1(field);
        };
        row("title empty", "title", QString());
        row("title blank", "title", QStringLiteral("    "));
        row("title 121 chars", "title", QString(121, QLatin1Char('t')));
        row("nightly_price 0", "nightly_price", 0);
        row("nightly_price negative", "nightly_price", -100);
        row("nightly_price string", "nightly_price", QStringLiteral("100"));
        row("nightly_price float", "nightly_price", 100.5);
        row("cleaning_fee negative", "cleaning_fee", -1);
        row("latitude 91", "latitude", 91);
        row("latitude string", "latitude", QStringLiteral("52.3"));
        row("longitude -181", "longitude", -181);
        row("max_guests 0", "max_guests", 0);
        row("max_guests float", "max_guests", 2.5);
        row("weekly discount 91", "weekly_discount_pct", 91);
        row("monthly discount 91", "monthly_discount_pct", 91);
        row("bathrooms 1.25", "bathrooms", 1.25);
        row("property_type castle", "property_type", QStringLiteral("castle"));
        row("country XX", "country", QStringLiteral("XX"));
        row("country lowercase", "country", QStringLiteral("fr"));
        row("currency EUR1", "currency", QStringLiteral("EUR1"));
        row("amenity unknown", "amenities", QJsonArray { QStringLiteral("wifi"), QStringLiteral("moat") });
        row("amenities not array", "amenities", QStringLiteral("wifi"));
        row("instant_book string", "instant_book", QStringLiteral("true"));
        row("status unknown", "status", QStringLiteral("published"));
        row("cancellation_policy unknown", "cancellation_policy", QStringLiteral("lenient"));
        row("id not a UUID", "id", QStringLiteral("listing-1"));
        QTest::newRow("min_nights > max_nights") << QJsonObject { { QStringLiteral("min_nights"), 10 },
            { QStringLiteral("max_nights"), 5 } } << QStringLiteral("min_nights");
    }
    void createValidation()
    {
        QFETCH(QJsonObject, overrides);
        QFETCH(QString, field);
        const HttpReply reply = http().post(kListings, ApiFixture::listingBody(overrides), m_validator.accessToken);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), QStringLiteral("validation_failed"));
        QCOMPARE(reply.errorFields().keys(), QStringList { field });
        // A refused create stores nothing.
        QCOMPARE(http().get(kMine, m_validator.accessToken).items().size(), 0);
    }

    void createLimitsAreInclusive()
    {
        const QJsonObject edges { { QStringLiteral("title"), QString(120, QLatin1Char('t')) },
            { QStringLiteral("latitude"), -90 }, { QStringLiteral("longitude"), 180 },
            { QStringLiteral("max_guests"), 1 }, { QStringLiteral("nightly_price"), 1 },
            { QStringLiteral("cleaning_fee"), 0 }, { QStringLiteral("weekly_discount_pct"), 90 },
            { QStringLiteral("monthly_discount_pct"), 0 }, { QStringLiteral("bathrooms"), 2.5 },
            { QStringLiteral("min_nights"), 7 }, { QStringLiteral("max_nights"), 7 } };
        const HttpReply reply = http().post(kListings, ApiFixture::listingBody(edges), m_host.accessToken);
        QCOMPARE(reply.status, 201);
        for (auto it = edges.begin(); it != edges.end(); ++it)
            QCOMPARE(reply.json().value(it.key()).toVariant(), it.value().toVariant());
    }

    void createListsEveryMissingRequiredField()
    {
        QStringList required { QStringLiteral("title"), QStringLiteral("property_type"), QStringLiteral("city"),
            QStringLiteral("country"), QStringLiteral("latitude"), QStringLiteral("longitude"),
            QStringLiteral("max_guests"), QStringLiteral("nightly_price"), QStringLiteral("currency") };
        required.sort();
        const HttpReply empty = http().post(
            kListings, QJsonObject { { QStringLiteral("description"), QStringLiteral("x") } }, m_validator.accessToken);
        QCOMPARE(empty.status, 422);
        QCOMPARE(empty.errorCode(), QStringLiteral("validation_failed"));
        QCOMPARE(empty.errorFields().keys(), required);

        QJsonObject body = ApiFixture::listingBody();
        body.remove(QStringLiteral("title"));
        body.remove(QStringLiteral("currency"));
        body.insert(QStringLiteral("latitude"), QJsonValue(QJsonValue::Null)); // null is absent
        const HttpReply some = http().post(kListings, body, m_validator.accessToken);
        QCOMPARE(some.status, 422);
        QCOMPARE(some.errorFields().keys(),
            (QStringList { QStringLiteral("currency"), QStringLiteral("latitude"), QStringLiteral("title") }));
        QCOMPARE(http().get(kMine, m_validator.accessToken).items().size(), 0);
    }

    void createNeedsAuthentication()
    {
        const QString id = newId();
        const QJsonObject body = ApiFixture::listingBody({ { QStringLiteral("id"), id } });
        for (const QByteArray& token : { QByteArray(), QByteArray("not-a-token") }) {
            const HttpReply reply = http().post(kListings, body, token);
            QCOMPARE(reply.status, 401);
            QCOMPARE(reply.errorCode(), QStringLiteral("unauthenticated"));
        }
        QCOMPARE(http().get(listingPath(id)).status, 404);
    }

    void idempotentCreate()
    {
        const QString id = newId();
        const QJsonObject body = ApiFixture::listingBody({ { QStringLiteral("id"), id } });
        const HttpReply first = http().post(kListings, body, m_host.accessToken);
        QCOMPARE(first.status, 201);
        QCOMPARE(first.json().value(QStringLiteral("id")).toString(), id);

        const HttpReply again = http().post(kListings, body, m_host.accessToken);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json(), first.json());

        // After an edit the replay answers the listing as it is now, and creates nothing new.
        const HttpReply edited = http().patch(
            listingPath(id), { { QStringLiteral("title"), QStringLiteral("Renamed") } }, m_host.accessToken);
        QCOMPARE(edited.status, 200);
        const HttpReply replay = http().post(kListings, body, m_host.accessToken);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.json(), edited.json());
        QCOMPARE(replay.json().value(QStringLiteral("title")).toString(), QStringLiteral("Renamed"));
        QCOMPARE(versionOf(replay.json()), 2);

        // The same body with other spacing and key order is the same create.
        QByteArray reordered = "{";
        const QStringList keys = body.keys();
        for (auto key = keys.crbegin(); key != keys.crend(); ++key) {
            const QByteArray value = QJsonDocument(QJsonArray { body.value(*key) }).toJson(QJsonDocument::Compact);
            reordered += "\n  \"" + key->toUtf8() + "\" : " + value.mid(1, value.size() - 2) + ',';
        }
        reordered.back() = '}';
        QCOMPARE(http().send("POST", kListings, reordered, "application/json", m_host.accessToken).status, 200);

        QJsonObject changed = body;
        changed.insert(QStringLiteral("nightly_price"), 12001);
        const HttpReply conflict = http().post(kListings, changed, m_host.accessToken);
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.errorCode(), QStringLiteral("duplicate"));

        // Another user's id is taken whatever the body; it neither reveals nor changes the listing.
        for (const QJsonObject& attempt : { body, changed }) {
            const HttpReply stranger = http().post(kListings, attempt, m_other.accessToken);
            QCOMPARE(stranger.status, 409);
            QCOMPARE(stranger.errorCode(), QStringLiteral("duplicate"));
            QVERIFY(!stranger.body.contains("Renamed"));
        }
        QCOMPARE(http().get(listingPath(id), m_host.accessToken).json(), edited.json());
        QCOMPARE(http().get(kMine, m_other.accessToken).items().size(), 0);
    }

    void getVisibility_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("isPublic");
        QTest::newRow("listed") << QStringLiteral("listed") << true;
        QTest::newRow("draft") << QStringLiteral("draft") << false;
        QTest::newRow("unlisted") << QStringLiteral("unlisted") << false;
    }
    void getVisibility()
    {
        QFETCH(QString, status);
        QFETCH(bool, isPublic);
        const QJsonObject listing = create(m_host, { { QStringLiteral("status"), status } });
        const QString path = listingPath(listing.value(QStringLiteral("id")).toString());
        QCOMPARE(http().get(path, m_host.accessToken).json(), listing);
        for (const QByteArray& token : { QByteArray(), m_other.accessToken }) {
            const HttpReply reply = http().get(path, token);
            QCOMPARE(reply.status, isPublic ? 200 : 404);
            if (isPublic)
                QCOMPARE(reply.json(), listing);
            else
                QCOMPARE(reply.errorCode(), QStringLiteral("not_found"));
        }
        QCOMPARE(http().get(listingPath(newId())).status, 404);
        QCOMPARE(http().get(listingPath(QStringLiteral("not-a-uuid"))).status, 404);
    }

    void etagAndIfNoneMatch()
    {
        const QJsonObject listing = create(m_host, {});
        const QString path = listingPath(listing.value(QStringLiteral("id")).toString());
        const HttpReply first = http().get(path);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.header("ETag"), QByteArray("\"1\""));
        const HttpReply cached = http().get(path, {}, { { "If-None-Match", first.header("ETag") } });
        QCOMPARE(cached.status, 304);
        QVERIFY(cached.body.isEmpty());
        // RFC 9110: If-None-Match compares weakly and may list several tags.
        for (const QByteArray& match : { QByteArray("W/\"1\""), QByteArray("\"9\", \"1\"") })
            QCOMPARE(http().get(path, {}, { { "If-None-Match", match } }).status, 304);
        QCOMPARE(http().get(path, {}, { { "If-None-Match", "\"7\"" } }).status, 200);

        QCOMPARE(http().patch(path, { { QStringLiteral("beds"), 3 } }, m_host.accessToken).status, 200);
        const HttpReply changed = http().get(path, {}, { { "If-None-Match", first.header("ETag") } });
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.header("ETag"), QByteArray("\"2\""));
        QCOMPARE(changed.json().value(QStringLiteral("beds")).toInteger(), 3);
    }
};

QTEST_GUILESS_MAIN(TestListings)
#include "tst_listings.moc"
