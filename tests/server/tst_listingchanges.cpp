// SPDX-License-Identifier: Apache-2.0
// Changing listings over HTTP: PATCH by the host with versions and If-Match, what others may
// not do, soft delete, unlisting, and the host's own list (API.md, Listings; Conventions;
// Precise rules, Creates/versions/idempotency). Creating and reading live in tst_listings.
#include "ApiFixture.h"

#include <QSet>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>
#include <utility>

using namespace roost::test;

namespace {

const QString kListings = QStringLiteral("/api/v1/listings");
const QString kMine = QStringLiteral("/api/v1/hosts/me/listings");

QString listingPath(const QString& id)
{
    return kListings + QLatin1Char('/') + id;
}

/// A word no other listing contains, so a search for it finds exactly one listing.
QString markerWord()
{
    return QStringLiteral("mark") + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

qint64 versionOf(const QJsonObject& o)
{
    return o.value(QStringLiteral("version")).toInteger(-1);
}

QString idOf(const QJsonValue& v)
{
    return v.toObject().value(QStringLiteral("id")).toString();
}

} // namespace

class TestListingChanges : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    TestUser m_host;
    TestUser m_other;

    HttpClient& http() { return m_api.http(); }

    QJsonObject create(const TestUser& host, const QJsonObject& overrides)
    {
        const QJsonObject listing = m_api.createListing(host, overrides);
        if (listing.isEmpty())
            qWarning("could not create a listing");
        return listing;
    }

    /// Every item of a paginated list, following next_cursor (guarded against endless lists).
    QJsonArray walk(const QString& path, const QByteArray& token, int limit)
    {
        QJsonArray all;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("cursor"), cursor);
            const HttpReply reply = http().get(path + QLatin1Char('?') + query.toString(QUrl::FullyEncoded), token);
            if (reply.status != 200)
                return {};
            for (const QJsonValue item : reply.items())
                all.append(item);
            cursor = reply.json().value(QStringLiteral("next_cursor")).toString();
            if (cursor.isEmpty())
                return all;
        }
        return {};
    }

    /// Ids of the listed listings a public search for `word` finds.
    QStringList searchIds(const QString& word)
    {
        const HttpReply reply = http().get(kListings + QStringLiteral("?q=") + word);
        QStringList ids;
        for (const QJsonValue item : reply.items())
            ids.append(idOf(item));
        return ids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_api.start());
        m_host = m_api.registerUser(QStringLiteral("Host"));
        m_other = m_api.registerUser(QStringLiteral("Other"));
        QVERIFY(!m_host.id.isEmpty() && !m_other.id.isEmpty());
    }

    void patchByOwner()
    {
        const QJsonObject listing = create(m_host, {});
        const QString path = listingPath(listing.value(QStringLiteral("id")).toString());
        const QJsonObject edit { { QStringLiteral("title"), QStringLiteral("Loft with a view") },
            { QStringLiteral("nightly_price"), 15000 },
            { QStringLiteral("amenities"), QJsonArray { QStringLiteral("pool") } },
            { QStringLiteral("host_id"), m_other.id }, // not writable: ignored
            { QStringLiteral("rating_count"), 99 } };
        const HttpReply reply = http().patch(path, edit, m_host.accessToken);
        QCOMPARE(reply.status, 200);
        const QJsonObject updated = reply.json();
        QCOMPARE(versionOf(updated), versionOf(listing) + 1);
        QCOMPARE(reply.header("ETag"), '"' + QByteArray::number(versionOf(updated)) + '"');
        for (const char* key : { "title", "nightly_price", "amenities" })
            QCOMPARE(updated.value(QLatin1String(key)), edit.value(QLatin1String(key)));
        QCOMPARE(updated.value(QStringLiteral("host_id")).toString(), m_host.id);
        QCOMPARE(updated.value(QStringLiteral("rating_count")).toInteger(), 0);
        QCOMPARE(updated.value(QStringLiteral("city")), listing.value(QStringLiteral("city")));
        QCOMPARE(updated.value(QStringLiteral("created_at")), listing.value(QStringLiteral("created_at")));
        QCOMPARE(http().get(path).json(), updated);

        // A refused edit writes nothing.
        const HttpReply bad = http().patch(
            path, { { QStringLiteral("min_nights"), 400 }, { QStringLiteral("max_nights"), 300 } }, m_host.accessToken);
        QCOMPARE(bad.status, 422);
        QCOMPARE(bad.errorFields().keys(), QStringList { QStringLiteral("min_nights") });
        QCOMPARE(http().get(path).json(), updated);
    }

    void patchByOthers_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("expected");
        QTest::newRow("listed: forbidden") << QStringLiteral("listed") << 403;
        QTest::newRow("draft: invisible") << QStringLiteral("draft") << 404;
        QTest::newRow("unlisted: invisible") << QStringLiteral("unlisted") << 404;
    }
    void patchByOthers()
    {
        QFETCH(QString, status);
        QFETCH(int, expected);
        const QJsonObject listing = create(m_host, { { QStringLiteral("status"), status } });
        const QString path = listingPath(listing.value(QStringLiteral("id")).toString());
        const QJsonObject edit { { QStringLiteral("title"), QStringLiteral("Hijacked") } };
        const HttpReply reply = http().patch(path, edit, m_other.accessToken);
        QCOMPARE(reply.status, expected);
        QCOMPARE(reply.errorCode(), expected == 403 ? QStringLiteral("forbidden") : QStringLiteral("not_found"));
        QCOMPARE(http().patch(path, edit).status, 401);
        QCOMPARE(http().del(path, m_other.accessToken).status, expected);
        QCOMPARE(http().del(path).status, 401);
        QCOMPARE(http().get(path, m_host.accessToken).json(), listing);
    }

    void patchWithStaleVersionConflicts()
    {
        const QJsonObject listing = create(m_host, {});
        const QString path = listingPath(listing.value(QStringLiteral("id")).toString());
        QCOMPARE(http().patch(path, { { QStringLiteral("beds"), 4 } }, m_host.accessToken).status, 200);
        const QJsonObject current = http().get(path).json();
        QCOMPARE(versionOf(current), 2);
        const QJsonObject edit { { QStringLiteral("title"), QStringLiteral("Lost update") } };
        for (const QByteArray& stale : { QByteArray("1"), QByteArray("\"1\""), QByteArray("W/\"3\"") }) {
            const HttpReply reply = http().patch(path, edit, m_host.accessToken, { { "If-Match", stale } });
            QCOMPARE(reply.status, 409);
            QCOMPARE(reply.errorCode(), QStringLiteral("version_conflict"));
            QCOMPARE(reply.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("current")).toObject(),
                current);
        }
        QJsonObject viaBody = edit;
        viaBody.insert(QStringLiteral("version"), 1);
        const HttpReply reply = http().patch(path, viaBody, m_host.accessToken);
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.errorCode(), QStringLiteral("version_conflict"));
        QCOMPARE(http().get(path).json(), current);
    }

    void ifMatchForms_data()
    {
        QTest::addColumn<QString>("format"); // %1: the current version
        QTest::newRow("bare") << QStringLiteral("%1");
        QTest::newRow("quoted") << QStringLiteral("\"%1\"");
        QTest::newRow("weak") << QStringLiteral("W/\"%1\"");
    }
    void ifMatchForms()
    {
        QFETCH(QString, format);
        const QJsonObject listing = create(m_host, {});
        const QString path = listingPath(listing.value(QStringLiteral("id")).toString());
        QCOMPARE(http().patch(path, { { QStringLiteral("beds"), 2 } }, m_host.accessToken).status, 200);
        QCOMPARE(http().patch(path, { { QStringLiteral("beds"), 3 } }, m_host.accessToken).status, 200);
        const QByteArray ifMatch = format.arg(3).toLatin1();
        const HttpReply reply
            = http().patch(path, { { QStringLiteral("beds"), 4 } }, m_host.accessToken, { { "If-Match", ifMatch } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(versionOf(reply.json()), 4);
        QCOMPARE(reply.json().value(QStringLiteral("beds")).toInteger(), 4);
        QCOMPARE(http()
                     .patch(path, { { QStringLiteral("beds"), 5 } }, m_host.accessToken, { { "If-Match", ifMatch } })
                     .status,
            409);
    }

    void deleteByOwner()
    {
        const QString word = markerWord();
        const QJsonObject listing
            = create(m_host, { { QStringLiteral("title"), QString(QStringLiteral("Going away ") + word) } });
        const QString id = listing.value(QStringLiteral("id")).toString();
        QCOMPARE(searchIds(word), QStringList { id });

        const HttpReply reply = http().del(listingPath(id), m_host.accessToken);
        QCOMPARE(reply.status, 204);
        QVERIFY(reply.body.isEmpty());
        for (const QByteArray& token : { QByteArray(), m_host.accessToken, m_other.accessToken })
            QCOMPARE(http().get(listingPath(id), token).status, 404);
        QCOMPARE(searchIds(word), QStringList());
        for (const QJsonValue item : walk(kMine, m_host.accessToken, 100))
            QVERIFY(idOf(item) != id);
        QCOMPARE(http().patch(listingPath(id), { { QStringLiteral("beds"), 1 } }, m_host.accessToken).status, 404);
        QCOMPARE(http().del(listingPath(id), m_host.accessToken).status, 404);
    }

    void hostListingsAreTheCallersOnly()
    {
        const TestUser a = m_api.registerUser(QStringLiteral("Host A"));
        const TestUser b = m_api.registerUser(QStringLiteral("Host B"));
        QSet<QString> mine;
        for (const QString& status : { QStringLiteral("draft"), QStringLiteral("listed"), QStringLiteral("unlisted"),
                 QStringLiteral("listed"), QStringLiteral("draft") })
            mine.insert(create(a, { { QStringLiteral("status"), status } }).value(QStringLiteral("id")).toString());
        const QString gone = create(a, {}).value(QStringLiteral("id")).toString();
        QCOMPARE(http().del(listingPath(gone), a.accessToken).status, 204);
        QSet<QString> theirs;
        for (const QString& status : { QStringLiteral("draft"), QStringLiteral("listed") })
            theirs.insert(create(b, { { QStringLiteral("status"), status } }).value(QStringLiteral("id")).toString());

        for (const auto& [user, expected] : { std::pair { a, mine }, std::pair { b, theirs } }) {
            // A page size below the count makes the walk cross pages; a host_id parameter is no
            // way into someone else's list.
            const QString probe = kMine + QStringLiteral("?host_id=") + (user.id == a.id ? b.id : a.id);
            for (const QString& path : { kMine, probe }) {
                const QJsonArray items = walk(path, user.accessToken, 2);
                QSet<QString> ids;
                QSet<QString> statuses;
                for (const QJsonValue item : items) {
                    QCOMPARE(item.toObject().value(QStringLiteral("host_id")).toString(), user.id);
                    ids.insert(idOf(item));
                    statuses.insert(item.toObject().value(QStringLiteral("status")).toString());
                }
                QCOMPARE(items.size(), expected.size());
                QCOMPARE(ids, expected);
                if (user.id == a.id)
                    QCOMPARE(statuses,
                        (QSet<QString> {
                            QStringLiteral("draft"), QStringLiteral("listed"), QStringLiteral("unlisted") }));
            }
        }
        QCOMPARE(http().get(kMine).status, 401);
    }

    void unlistingHidesAListing()
    {
        const QString word = markerWord();
        const QJsonObject listing
            = create(m_host, { { QStringLiteral("description"), QString(QStringLiteral("Quiet ") + word) } });
        const QString id = listing.value(QStringLiteral("id")).toString();
        QCOMPARE(searchIds(word), QStringList { id });

        QCOMPARE(http()
                     .patch(listingPath(id), { { QStringLiteral("status"), QStringLiteral("unlisted") } },
                         m_host.accessToken)
                     .status,
            200);
        QCOMPARE(searchIds(word), QStringList());
        QCOMPARE(http().get(listingPath(id)).status, 404);
        QCOMPARE(http().get(listingPath(id), m_other.accessToken).status, 404);
        QCOMPARE(http().get(listingPath(id), m_host.accessToken).json().value(QStringLiteral("status")).toString(),
            QStringLiteral("unlisted"));

        QCOMPARE(
            http()
                .patch(listingPath(id), { { QStringLiteral("status"), QStringLiteral("listed") } }, m_host.accessToken)
                .status,
            200);
        QCOMPARE(searchIds(word), QStringList { id });
        QCOMPARE(http().get(listingPath(id)).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestListingChanges)
#include "tst_listingchanges.moc"
