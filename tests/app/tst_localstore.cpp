// SPDX-License-Identifier: Apache-2.0
// The client cache on a real SQLite file: schema, pulls, the outbox and conflict bookkeeping.
#include "ClientTestPrinting.h"
#include "LocalStore.h"
#include "LocalWrites.h"
#include "Outbox.h"
#include "Reconciler.h"

#include "roost/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace roost;
using namespace roost::client;

namespace {

const QString kListing = QStringLiteral("listing");

QString uuid(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

QJsonObject listingJson(const QString& id, qint64 version, const QJsonObject& overrides = {})
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("host_id"), uuid(900)},
                     {QStringLiteral("title"), QStringLiteral("Loft %1").arg(id.right(3))},
                     {QStringLiteral("property_type"), QStringLiteral("apartment")},
                     {QStringLiteral("city"), QStringLiteral("Amsterdam")},
                     {QStringLiteral("country"), QStringLiteral("NL")},
                     {QStringLiteral("latitude"), 52.37},
                     {QStringLiteral("longitude"), 4.89},
                     {QStringLiteral("max_guests"), 4},
                     {QStringLiteral("nightly_price"), 12000},
                     {QStringLiteral("currency"), QStringLiteral("EUR")},
                     {QStringLiteral("status"), QStringLiteral("listed")},
                     {QStringLiteral("version"), version}};
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

PullChange upsert(const QJsonObject& data)
{
    // Pull versions are change-log positions, unrelated to object versions: keep them apart.
    return PullChange::upsert(kListing, 100 + data.value(QStringLiteral("version")).toInteger(), data);
}

PullChange removal(const QString& id, qint64 version)
{
    return PullChange::removal(kListing, id, 100 + version);
}

PullPage page(QList<PullChange> changes, const QString& cursor = QStringLiteral("c1"))
{
    return {std::move(changes), cursor, false, 0, 0};
}

MutationResult result(const QString& mutationId, MutationResult::Status status, std::optional<qint64> version = {})
{
    MutationResult r;
    r.mutationId = mutationId;
    r.status = status;
    r.version = version;
    return r;
}

} // namespace

class TestLocalStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC)};

    QString newPath() { return m_dir.filePath(QStringLiteral("cache%1.sqlite").arg(++m_files)); }

private slots:
    void migratesAFreshFileInWalModeAndReopensIt()
    {
        const QString path = newPath();
        {
            LocalStore store(path);
            QVERIFY2(store.open(), qPrintable(store.lastError()));
            QCOMPARE(store.schemaVersion(), LocalStore::kSchemaVersion);
            QSqlQuery query(store.database());
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(store.setMeta(QStringLiteral("cursor"), QStringLiteral("abc")));
        }
        LocalStore again(path);
        QVERIFY2(again.open(), qPrintable(again.lastError()));
        QCOMPARE(again.cursor(), QStringLiteral("abc"));
    }

    void aSchema3CacheLosesTheIndexesNoViewUses()
    {
        const QString path = newPath();
        const QStringList unused{QStringLiteral("reviews_author_id"), QStringLiteral("reviews_rating"),
                                 QStringLiteral("users_display_name")};
        const auto indexes = [](const LocalStore& store) {
            QStringList names;
            QSqlQuery query(store.database());
            query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"));
            while (query.next())
                names << query.value(0).toString();
            return names;
        };
        {
            // A cache as schema 3 left it.
            LocalStore store(path);
            QVERIFY(store.open());
            for (const QString& name : {QStringLiteral("reviews_author_id ON reviews (author_id COLLATE NOCASE)"),
                                        QStringLiteral("reviews_rating ON reviews (rating)"),
                                        QStringLiteral("users_display_name ON users (display_name COLLATE NOCASE)")})
                QVERIFY(store.exec(QStringLiteral("CREATE INDEX ") + name));
            QVERIFY(store.exec(QStringLiteral("PRAGMA user_version=3")));
        }
        LocalStore store(path);
        QVERIFY2(store.open(), qPrintable(store.lastError()));
        QCOMPARE(store.schemaVersion(), 4);
        const QStringList left = indexes(store);
        for (const QString& name : unused)
            QVERIFY2(!left.contains(name), qPrintable(name));
        QVERIFY(left.contains(QStringLiteral("reviews_listing_id")));
        QVERIFY(left.contains(QStringLiteral("reviews_booking_id")));
        // A fresh cache has the same indexes as one that came through every step.
        LocalStore fresh(newPath());
        QVERIFY(fresh.open());
        QCOMPARE(indexes(fresh), left);
    }

    void refusesAFileFromANewerBuild()
    {
        const QString path = newPath();
        {
            LocalStore store(path);
            QVERIFY(store.open());
            QVERIFY(store.exec(QStringLiteral("PRAGMA user_version=99")));
        }
        LocalStore store(path);
        QVERIFY(!store.open());
        QVERIFY(store.lastError().contains(QStringLiteral("99")));
    }

    void appliesAPullPageAndSearchesItOffline()
    {
        LocalStore store(newPath());
        QVERIFY(store.open());
        Outbox outbox(store);
        Reconciler reconciler(store, outbox);
        QVERIFY(reconciler.applyPull(page({
            upsert(listingJson(uuid(1), 1)),
            upsert(listingJson(uuid(2), 1, {{QStringLiteral("city"), QStringLiteral("Lisbon")}, {QStringLiteral("nightly_price"), 8000}})),
            upsert(listingJson(uuid(3), 1, {{QStringLiteral("max_guests"), 2}, {QStringLiteral("nightly_price"), 30000}})),
        }, QStringLiteral("after-first"))));
        QCOMPARE(store.cursor(), QStringLiteral("after-first"));
        QCOMPARE(store.objects(kListing).size(), 3);

        auto ids = [](const QList<LocalObject>& objects) {
            QStringList list;
            for (const LocalObject& o : objects)
                list.append(o.id);
            list.sort();
            return list;
        };
        ListingFilter byCity;
        byCity.city = QStringLiteral("AMSTERDAM");
        QCOMPARE(ids(store.searchListings(byCity)), (QStringList{uuid(1), uuid(3)}));
        ListingFilter cheap;
        cheap.maxPrice = 10000;
        QCOMPARE(ids(store.searchListings(cheap)), (QStringList{uuid(2)}));
        ListingFilter roomy;
        roomy.minPrice = 10000;
        roomy.guests = 3;
        QCOMPARE(ids(store.searchListings(roomy)), (QStringList{uuid(1)}));
        QCOMPARE(store.object(kListing, uuid(1))->state, SyncState::Synced);
    }

    void aDeleteIsNeverUndoneByAStaleUpsert()
    {
        LocalStore store(newPath());
        QVERIFY(store.open());
        Outbox outbox(store);
        Reconciler reconciler(store, outbox);
        QVERIFY(reconciler.applyPull(page({upsert(listingJson(uuid(1), 1)), removal(uuid(1), 3)})));
        QVERIFY(store.objects(kListing).isEmpty());
        QVERIFY(reconciler.applyPull(page({upsert(listingJson(uuid(1), 2))})));
        QVERIFY(store.objects(kListing).isEmpty());
        QVERIFY(store.object(kListing, uuid(1))->deleted);
        // A newer version (listed again) does come back.
        QVERIFY(reconciler.applyPull(page({upsert(listingJson(uuid(1), 4))})));
        QCOMPARE(store.objects(kListing).size(), 1);
        // A delete of something never seen still leaves a tombstone against stale upserts.
        QVERIFY(reconciler.applyPull(page({removal(uuid(7), 5), upsert(listingJson(uuid(7), 2))})));
        QVERIFY(!store.object(kListing, uuid(7)) || store.object(kListing, uuid(7))->deleted);
        QCOMPARE(store.objects(kListing).size(), 1);
    }

    void localEditsSurviveAPullAndShowTheServersOtherFields()
    {
        LocalStore store(newPath());
        QVERIFY(store.open());
        Outbox outbox(store);
        Reconciler reconciler(store, outbox);
        LocalWrites writes(store, m_clock);
        QVERIFY(reconciler.applyPull(page({upsert(listingJson(uuid(1), 1))})));
        const WriteResult edit = writes.updateListing(uuid(1), {{QStringLiteral("title"), QStringLiteral("  Mine  ")}});
        QVERIFY(edit.ok());
        LocalObject object = *store.object(kListing, uuid(1));
        QCOMPARE(object.state, SyncState::Pending);
        QCOMPARE(object.data.value(QStringLiteral("title")).toString(), QStringLiteral("Mine"));

        const QList<OutboxEntry> queued = outbox.entriesOf(kListing, uuid(1));
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().mutation.op, QStringLiteral("update"));
        QCOMPARE(queued.first().mutation.baseVersion, std::optional<qint64>(1));
        QCOMPARE(queued.first().mutation.base.value(QStringLiteral("title")).toString(), QStringLiteral("Loft 001"));
        QCOMPARE(queued.first().mutation.data.value(QStringLiteral("title")).toString(), QStringLiteral("Mine"));

        QVERIFY(reconciler.applyPull(page({upsert(listingJson(uuid(1), 2, {{QStringLiteral("title"), QStringLiteral("Theirs")},
                                                                             {QStringLiteral("nightly_price"), 9900}}))})));
        object = *store.object(kListing, uuid(1));
        QCOMPARE(object.state, SyncState::Pending);
        QCOMPARE(object.data.value(QStringLiteral("title")).toString(), QStringLiteral("Mine"));
        QCOMPARE(object.data.value(QStringLiteral("nightly_price")).toInteger(), 9900);
        QCOMPARE(object.serverData->value(QStringLiteral("title")).toString(), QStringLiteral("Theirs"));
        QCOMPARE(object.changeVersion, std::optional<qint64>(102));
        QCOMPARE(object.version, 2);
    }

    void pushResultsSettleEachObject()
    {
        LocalStore store(newPath());
        QVERIFY(store.open());
        Outbox outbox(store);
        Reconciler reconciler(store, outbox);
        LocalWrites writes(store, m_clock);
        QVERIFY(reconciler.applyPull(page({upsert(listingJson(uuid(1), 1)), upsert(listingJson(uuid(2), 1))})));
        QVERIFY(writes.updateListing(uuid(1), {{QStringLiteral("nightly_price"), 15000}}).ok());
        QVERIFY(writes.updateListing(uuid(2), {{QStringLiteral("title"), QStringLiteral("Mine")}}).ok());
        const QList<Mutation> sent = outbox.sendable(10);
        QCOMPARE(sent.size(), 2);

        MutationResult conflict = result(sent[1].mutationId, MutationResult::Status::Conflict);
        conflict.errorMessage = QStringLiteral("title changed");
        conflict.current = listingJson(uuid(2), 3, {{QStringLiteral("title"), QStringLiteral("Theirs")}});
        int matched = 0;
        QVERIFY(reconciler.applyResults({result(sent[0].mutationId, MutationResult::Status::Applied, 2), conflict,
                                         result(QStringLiteral("unknown"), MutationResult::Status::Applied, 9)},
                                        &matched));
        QCOMPARE(matched, 2);
        QCOMPARE(store.object(kListing, uuid(1))->state, SyncState::Synced);
        QCOMPARE(store.object(kListing, uuid(1))->version, 2);
        LocalObject conflicted = *store.object(kListing, uuid(2));
        QCOMPARE(conflicted.state, SyncState::Conflicted);
        QCOMPARE(conflicted.error, QStringLiteral("title changed"));
        QCOMPARE(conflicted.data.value(QStringLiteral("title")).toString(), QStringLiteral("Mine"));
        QCOMPARE(conflicted.serverData->value(QStringLiteral("title")).toString(), QStringLiteral("Theirs"));
        QVERIFY(outbox.sendable(10).isEmpty());

        // Keep mine: queued again against version 3 with the server's title as the base.
        QVERIFY(reconciler.resolveKeepMine(kListing, uuid(2)));
        const QList<Mutation> again = outbox.sendable(10);
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().baseVersion, std::optional<qint64>(3));
        QVERIFY(again.first().mutationId != sent[1].mutationId); // the old id would replay the conflict
        QCOMPARE(again.first().base.value(QStringLiteral("title")).toString(), QStringLiteral("Theirs"));
        QCOMPARE(store.object(kListing, uuid(2))->state, SyncState::Pending);
        QCOMPARE(store.object(kListing, uuid(2))->data.value(QStringLiteral("title")).toString(), QStringLiteral("Mine"));

        // Take theirs: nothing queued, the server's object shown.
        QVERIFY(reconciler.resolveTakeTheirs(kListing, uuid(2)));
        QCOMPARE(outbox.count(), 0);
        const LocalObject theirs = *store.object(kListing, uuid(2));
        QCOMPARE(theirs.state, SyncState::Synced);
        QCOMPARE(theirs.data.value(QStringLiteral("title")).toString(), QStringLiteral("Theirs"));
        QCOMPARE(theirs.version, 3);
    }

    void aRejectedMutationHoldsBackOnlyItsOwnObject()
    {
        LocalStore store(newPath());
        QVERIFY(store.open());
        Outbox outbox(store);
        Reconciler reconciler(store, outbox);
        LocalWrites writes(store, m_clock);
        QVERIFY(reconciler.applyPull(page({upsert(listingJson(uuid(1), 1)), upsert(listingJson(uuid(2), 1))})));
        QVERIFY(writes.deleteListing(uuid(1)).ok());
        QVERIFY(writes.updateListing(uuid(2), {{QStringLiteral("title"), QStringLiteral("B1")}}).ok());
        QVERIFY(store.objects(kListing).size() == 1);

        QList<Mutation> first = outbox.sendable(10);
        QCOMPARE(first.size(), 2);
        MutationResult rejected = result(first[0].mutationId, MutationResult::Status::Rejected);
        rejected.errorCode = QStringLiteral("invalid_state");
        rejected.errorMessage = QStringLiteral("future bookings");
        QVERIFY(reconciler.applyResults({rejected, result(first[1].mutationId, MutationResult::Status::Applied, 2)}));
        // The refused delete brings the listing back, with the reason.
        const LocalObject refused = *store.object(kListing, uuid(1));
        QCOMPARE(refused.state, SyncState::Rejected);
        QVERIFY(!refused.deleted);
        QCOMPARE(refused.error, QStringLiteral("invalid_state: future bookings"));

        // A later edit of the refused object waits; the other object's goes out.
        QVERIFY(writes.updateListing(uuid(1), {{QStringLiteral("title"), QStringLiteral("A2")}}).ok());
        QVERIFY(writes.updateListing(uuid(2), {{QStringLiteral("title"), QStringLiteral("B2")}}).ok());
        const QList<Mutation> next = outbox.sendable(10);
        QCOMPARE(next.size(), 1);
        QCOMPARE(next.first().objectId, uuid(2));
        QCOMPARE(next.first().baseVersion, std::optional<qint64>(2));
        QCOMPARE(store.object(kListing, uuid(1))->state, SyncState::Rejected);
    }

    void laterEditsOfOneObjectGoOutOneAtATime()
    {
        LocalStore store(newPath());
        QVERIFY(store.open());
        Outbox outbox(store);
        Reconciler reconciler(store, outbox);
        LocalWrites writes(store, m_clock);
        QVERIFY(reconciler.applyPull(page({upsert(listingJson(uuid(1), 4))})));
        QVERIFY(writes.updateListing(uuid(1), {{QStringLiteral("title"), QStringLiteral("One")}}).ok());
        QVERIFY(writes.updateListing(uuid(1), {{QStringLiteral("title"), QStringLiteral("Two")}}).ok());
        QList<Mutation> sent = outbox.sendable(10);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().data.value(QStringLiteral("title")).toString(), QStringLiteral("One"));
        QVERIFY(reconciler.applyResults({result(sent.first().mutationId, MutationResult::Status::Applied, 5)}));
        sent = outbox.sendable(10);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().base.value(QStringLiteral("title")).toString(), QStringLiteral("One"));
        QCOMPARE(sent.first().baseVersion, std::optional<qint64>(5));
    }

    void localWritesUseTheDomainRules()
    {
        LocalStore store(newPath());
        QVERIFY(store.open());
        QVERIFY(store.setMeta(QStringLiteral("user_id"), uuid(900)));
        LocalWrites writes(store, m_clock);
        QJsonObject fields = listingJson(uuid(1), 1);
        fields.remove(QStringLiteral("id"));
        fields.insert(QStringLiteral("title"), QString());
        fields.insert(QStringLiteral("max_guests"), QStringLiteral("4"));
        const WriteResult refused = writes.createListing(fields);
        QVERIFY(!refused.ok());
        QVERIFY(refused.errors.contains(QStringLiteral("title")));
        QVERIFY(refused.errors.contains(QStringLiteral("max_guests")));
        QCOMPARE(Outbox(store).count(), 0);

        fields.insert(QStringLiteral("title"), QStringLiteral("Canal house"));
        fields.insert(QStringLiteral("max_guests"), 3);
        const WriteResult created = writes.createListing(fields);
        QVERIFY(created.ok());
        const LocalObject listing = *store.object(kListing, created.id);
        QCOMPARE(listing.state, SyncState::Pending);
        QCOMPARE(listing.data.value(QStringLiteral("host_id")).toString(), uuid(900));
        ListingFilter mine;
        mine.hostId = uuid(900);
        QCOMPARE(store.searchListings(mine).size(), 1);

        QVERIFY(!writes.createBlock(created.id, {{QStringLiteral("start_date"), QStringLiteral("2026-12-05")},
                                                 {QStringLiteral("end_date"), QStringLiteral("2026-12-01")}})
                     .ok());
        const WriteResult block = writes.createBlock(created.id, {{QStringLiteral("start_date"), QStringLiteral("2026-12-01")},
                                                                  {QStringLiteral("end_date"), QStringLiteral("2026-12-05")}});
        QVERIFY(block.ok());
        const QList<OutboxEntry> blockMutations = Outbox(store).entriesOf(QStringLiteral("block"), block.id);
        QCOMPARE(blockMutations.size(), 1);
        QCOMPARE(blockMutations.first().mutation.data.value(QStringLiteral("listing_id")).toString(), created.id);
        QVERIFY(!writes.updateListing(uuid(55), {{QStringLiteral("title"), QStringLiteral("x")}}).ok());
    }

    void takeTheirsOnANeverSentCreateRemovesIt()
    {
        LocalStore store(newPath());
        QVERIFY(store.open());
        Outbox outbox(store);
        LocalWrites writes(store, m_clock);
        QJsonObject fields = listingJson(uuid(1), 1);
        fields.remove(QStringLiteral("id"));
        const WriteResult created = writes.createListing(fields);
        QVERIFY(created.ok());
        QVERIFY(Reconciler(store, outbox).resolveTakeTheirs(kListing, created.id));
        QVERIFY(!store.object(kListing, created.id));
        QCOMPARE(outbox.count(), 0);
    }

    void theOutboxSurvivesAReopenInOrder()
    {
        const QString path = newPath();
        QStringList ids;
        {
            LocalStore store(path);
            QVERIFY(store.open());
            LocalWrites writes(store, m_clock);
            for (int i = 0; i < 3; ++i) {
                QJsonObject fields = listingJson(uuid(i + 1), 1);
                fields.insert(QStringLiteral("title"), QStringLiteral("L%1").arg(i));
                const WriteResult created = writes.createListing(fields);
                QVERIFY(created.ok());
                ids.append(created.id);
            }
        }
        LocalStore store(path);
        QVERIFY(store.open());
        const QList<Mutation> queued = Outbox(store).sendable(10);
        QCOMPARE(queued.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(queued[i].objectId, ids[i]);
            QCOMPARE(queued[i].op, QStringLiteral("create"));
        }
    }

    void corruptRowsAreSkippedAndRepairedByAPull()
    {
        LocalStore store(newPath());
        QVERIFY(store.open());
        Outbox outbox(store);
        Reconciler reconciler(store, outbox);
        QVERIFY(reconciler.applyPull(page({upsert(listingJson(uuid(1), 1)), upsert(listingJson(uuid(2), 1))})));
        QVERIFY(store.exec(QStringLiteral("UPDATE listings SET data = '{not json' WHERE id = ?"), {uuid(1)}));
        QVERIFY(store.exec(QStringLiteral("UPDATE listings SET data = ? WHERE id = ?"),
                           {QStringLiteral("{\"id\":\"%1\"}").arg(uuid(3)), uuid(2)}));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unreadable cached .listing")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unreadable cached .listing")));
        QVERIFY(store.objects(kListing).isEmpty());
        // With nothing queued the pull writes without reading first; an unreadable row is
        // overwritten all the same.
        QVERIFY(reconciler.applyPull(page({upsert(listingJson(uuid(1), 2))})));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unreadable cached .listing")));
        QCOMPARE(store.objects(kListing).size(), 1);
    }

    void malformedPullChangesAreSkipped()
    {
        const QJsonObject json{
            {QStringLiteral("changes"),
             QJsonArray{QJsonObject{{QStringLiteral("entity"), kListing},
                                    {QStringLiteral("id"), uuid(1)},
                                    {QStringLiteral("op"), QStringLiteral("upsert")},
                                    {QStringLiteral("version"), 1},
                                    {QStringLiteral("data"), listingJson(uuid(1), 1)}},
                        QJsonObject{{QStringLiteral("entity"), QStringLiteral("spaceship")},
                                    {QStringLiteral("id"), uuid(2)},
                                    {QStringLiteral("op"), QStringLiteral("upsert")},
                                    {QStringLiteral("version"), 1},
                                    {QStringLiteral("data"), listingJson(uuid(2), 1)}},
                        QJsonObject{{QStringLiteral("entity"), kListing},
                                    {QStringLiteral("id"), uuid(3)},
                                    {QStringLiteral("op"), QStringLiteral("upsert")},
                                    {QStringLiteral("version"), QStringLiteral("1")},
                                    {QStringLiteral("data"), listingJson(uuid(3), 1)}},
                        QJsonObject{{QStringLiteral("entity"), kListing},
                                    {QStringLiteral("id"), uuid(4)},
                                    {QStringLiteral("op"), QStringLiteral("upsert")},
                                    {QStringLiteral("version"), 1},
                                    {QStringLiteral("data"), listingJson(uuid(5), 1)}},
                        QJsonObject{{QStringLiteral("entity"), kListing},
                                    {QStringLiteral("id"), uuid(6)},
                                    {QStringLiteral("op"), QStringLiteral("delete")},
                                    {QStringLiteral("version"), 2}},
                        QStringLiteral("nonsense"),
                        // The change's own fields: a version below 0 or not whole, an id that is
                        // no UUID, no op; a whole number written as 3.0 is still an integer.
                        QJsonObject{{QStringLiteral("entity"), kListing},
                                    {QStringLiteral("id"), uuid(7)},
                                    {QStringLiteral("op"), QStringLiteral("delete")},
                                    {QStringLiteral("version"), -1}},
                        QJsonObject{{QStringLiteral("entity"), kListing},
                                    {QStringLiteral("id"), uuid(7)},
                                    {QStringLiteral("op"), QStringLiteral("delete")},
                                    {QStringLiteral("version"), 1.5}},
                        QJsonObject{{QStringLiteral("entity"), kListing},
                                    {QStringLiteral("id"), QStringLiteral("not-a-uuid")},
                                    {QStringLiteral("op"), QStringLiteral("delete")},
                                    {QStringLiteral("version"), 1}},
                        QJsonObject{{QStringLiteral("entity"), kListing},
                                    {QStringLiteral("id"), uuid(7)},
                                    {QStringLiteral("version"), 1}},
                        QJsonObject{{QStringLiteral("entity"), kListing},
                                    {QStringLiteral("id"), uuid(8)},
                                    {QStringLiteral("op"), QStringLiteral("delete")},
                                    {QStringLiteral("version"), 3.0}}}},
            {QStringLiteral("cursor"), QStringLiteral("next")},
            {QStringLiteral("has_more"), true}};
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("skipped 8 malformed")));
        const std::optional<PullPage> parsed = parsePullPage(QJsonDocument(json).toJson());
        QVERIFY(parsed);
        QCOMPARE(parsed->changes.size(), 3);
        QCOMPARE(parsed->skipped, 8);
        QCOMPARE(parsed->changes.last().id, uuid(8));
        QCOMPARE(parsed->changes.last().version, 3);
        QVERIFY(parsed->hasMore);
        QVERIFY(!parsePullPage(QJsonDocument(QJsonObject{{QStringLiteral("changes"), 3}}).toJson()));
        QVERIFY(!parsePullPage(QByteArrayLiteral("{\"changes\": [], \"cursor\": \"c\", \"has_more\": fals")));
        // Invalid UTF-8 is a malformed answer, not text to store.
        QVERIFY(!parsePullPage(QByteArrayLiteral("{\"changes\": [], \"cursor\": \"c\xff\", \"has_more\": false}")));
    }

    void pulledObjectsAreStoredAsTheServerSentThem()
    {
        // The text and columns come from the page as read, the object never parsed on the way.
        QJsonObject data = listingJson(uuid(1), 3, {{QStringLiteral("title"), QStringLiteral("Caf\u00e9 \"Sol\"\n\u2028")},
                                                   {QStringLiteral("city"), QStringLiteral("M\u00e1laga")},
                                                   {QStringLiteral("nightly_price"), 12345},
                                                   {QStringLiteral("rating_avg"), 4.75}});
        const QJsonObject json{{QStringLiteral("changes"),
                                QJsonArray{QJsonObject{{QStringLiteral("entity"), kListing},
                                                       {QStringLiteral("id"), uuid(1)},
                                                       {QStringLiteral("op"), QStringLiteral("upsert")},
                                                       {QStringLiteral("version"), 7},
                                                       {QStringLiteral("data"), data}}}},
                               {QStringLiteral("cursor"), QStringLiteral("c7")},
                               {QStringLiteral("has_more"), false},
                               {QStringLiteral("remaining"), 0}};
        const std::optional<PullPage> parsed = parsePullPage(QJsonDocument(json).toJson());
        QVERIFY(parsed);
        QCOMPARE(parsed->changes.size(), 1);
        const PullChange& change = parsed->changes.first();
        QCOMPARE(change.version, 7);
        QCOMPARE(change.objectVersion, 3);
        QCOMPARE(change.data(), data);
        QCOMPARE(change.columns, PullChange::upsert(kListing, 7, data).columns);
        LocalStore store(newPath());
        QVERIFY(store.open());
        Outbox outbox(store);
        Reconciler reconciler(store, outbox);
        QVERIFY(reconciler.applyPull(*parsed));
        const std::optional<LocalObject> stored = store.object(kListing, uuid(1));
        QVERIFY(stored);
        QCOMPARE(stored->data, data);
        QCOMPARE(stored->version, 3);
        QCOMPARE(stored->changeVersion, 7);
        QCOMPARE(store.cursor(), QStringLiteral("c7"));
        QSqlQuery columns(store.database());
        QVERIFY(columns.exec(QStringLiteral("SELECT city, nightly_price, rating_avg FROM listings")) && columns.next());
        QCOMPARE(columns.value(0).toString(), QStringLiteral("M\u00e1laga"));
        QCOMPARE(columns.value(1).toLongLong(), 12345);
        QCOMPARE(columns.value(2).toDouble(), 4.75);

        // Stored as text, as SQL reads it (json_valid, json_extract), and an absent column is NULL.
        QJsonObject cityless = listingJson(uuid(2), 1);
        cityless.remove(QStringLiteral("city"));
        QVERIFY(reconciler.applyPull(page({upsert(cityless)}, QStringLiteral("c8"))));
        QSqlQuery kinds(store.database());
        QVERIFY(kinds.exec(QStringLiteral("SELECT typeof(data), json_valid(data), city IS NULL FROM listings ORDER BY id")));
        QVERIFY(kinds.next());
        QCOMPARE(kinds.value(0).toString(), QStringLiteral("text"));
        QCOMPARE(kinds.value(1).toInt(), 1);
        QCOMPARE(kinds.value(2).toInt(), 0);
        QVERIFY(kinds.next());
        QCOMPARE(kinds.value(0).toString(), QStringLiteral("text"));
        QCOMPARE(kinds.value(2).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
