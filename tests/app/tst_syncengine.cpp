// SPDX-License-Identifier: Apache-2.0
// The sync engine against a real roost-server and PostgreSQL: offline writes, conflicts and
// their resolutions, rejections, visibility loss and two clients converging.
#include "SyncClientFixture.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace roost;
using namespace roost::test;
using client::SyncState;

namespace {

const QString kListing = QStringLiteral("listing");
const QString kBlock = QStringLiteral("block");
const QString kBooking = QStringLiteral("booking");
constexpr int kTimeout = 30'000;

QString dateFromToday(int days)
{
    return QDate::currentDate().addDays(days).toString(Qt::ISODate);
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    QTemporaryDir m_dir;
    int m_clients = 0;

    std::unique_ptr<SyncClient> newClient()
    {
        auto client = std::make_unique<SyncClient>();
        client->cachePath = m_dir.filePath(QStringLiteral("client%1.sqlite").arg(++m_clients));
        return client;
    }

    /// A client signed in as `user` and synced once.
    std::unique_ptr<SyncClient> signedInClient(const TestUser& user, bool live = false,
                                               std::chrono::milliseconds interval = 10min)
    {
        auto client = newClient();
        if (!client->startEngine(m_api.server().baseUrl(), live, interval) || !client->signIn(user))
            return {};
        return client;
    }

    /// A new host, one listing of theirs made over HTTP, and a client of that host that has it
    /// cached (null when it never got there).
    struct HostWithListing {
        TestUser host;
        QString id;
        std::unique_ptr<SyncClient> client;
    };
    HostWithListing hostWithCachedListing(const QString& name)
    {
        HostWithListing out{m_api.registerUser(name), {}, {}};
        out.id = m_api.createListing(out.host).value(QStringLiteral("id")).toString();
        out.client = signedInClient(out.host);
        if (out.client && !QTest::qWaitFor([&out] { return out.client->has(kListing, out.id); }, kTimeout))
            out.client.reset();
        return out;
    }

    QJsonObject serverListing(const TestUser& user, const QString& id)
    {
        const HttpReply reply = m_api.http().get(QStringLiteral("/api/v1/listings/") + id, user.accessToken);
        return reply.status == 200 ? reply.json() : QJsonObject();
    }

private slots:
    void initTestCase() { QVERIFY(m_api.start()); }

    void offlineCreateEditDeleteReachTheServerOnceOnline()
    {
        const TestUser host = m_api.registerUser(QStringLiteral("Offline Host"));
        auto client = signedInClient(host);
        QVERIFY(client);
        QTRY_VERIFY_WITH_TIMEOUT(!client->store().cursor().isEmpty(), kTimeout);

        // Offline: the same cache and session, but nothing answers.
        QVERIFY(client->startEngine(urlOfPort(closedPort())));
        QSignalSpy retry(client->engine.get(), &client::SyncEngine::retryScheduled);
        const auto kept = client->engine->createListing(ApiFixture::listingBody({{QStringLiteral("title"), QStringLiteral("Kept")}}));
        const auto dropped = client->engine->createListing(ApiFixture::listingBody({{QStringLiteral("title"), QStringLiteral("Dropped")}}));
        QVERIFY(kept.ok() && dropped.ok());
        QVERIFY(client->engine->updateListing(kept.id, {{QStringLiteral("title"), QStringLiteral("Kept and renamed")},
                                                        {QStringLiteral("nightly_price"), 15500}})
                    .ok());
        QVERIFY(client->engine->deleteListing(dropped.id).ok());
        QVERIFY(!client->has(kListing, dropped.id));
        QCOMPARE(client->stateOf(kListing, kept.id), SyncState::Pending);
        QVERIFY(retry.wait(kTimeout));
        QCOMPARE(client->outboxCount(), 4);

        // Online again.
        QVERIFY(client->startEngine(m_api.server().baseUrl()));
        QTRY_COMPARE_WITH_TIMEOUT(client->outboxCount(), 0, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(client->stateOf(kListing, kept.id), SyncState::Synced, kTimeout);
        const QJsonObject onServer = serverListing(host, kept.id);
        QCOMPARE(onServer.value(QStringLiteral("title")).toString(), QStringLiteral("Kept and renamed"));
        QCOMPARE(onServer.value(QStringLiteral("nightly_price")).toInteger(), 15500);
        QCOMPARE(m_api.http().get(QStringLiteral("/api/v1/listings/") + dropped.id, host.accessToken).status, 404);
        // The pull brought the server's own fields into the cache.
        QTRY_VERIFY_WITH_TIMEOUT(!client->field(kListing, kept.id, QStringLiteral("created_at")).toString().isEmpty(), kTimeout);
        QCOMPARE(client->field(kListing, kept.id, QStringLiteral("host_id")).toString(), host.id);
        QVERIFY(!client->has(kListing, dropped.id));
    }

    void blocksAndBookingsGoThroughTheOutbox()
    {
        const TestUser host = m_api.registerUser(QStringLiteral("Block Host"));
        const TestUser guest = m_api.registerUser(QStringLiteral("Booking Guest"));
        const QString listingId = m_api.createListing(host).value(QStringLiteral("id")).toString();
        QVERIFY(!listingId.isEmpty());
        auto hostClient = signedInClient(host);
        auto guestClient = signedInClient(guest);
        QVERIFY(hostClient && guestClient);
        QTRY_VERIFY_WITH_TIMEOUT(hostClient->has(kListing, listingId), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(guestClient->has(kListing, listingId), kTimeout);

        const auto block = hostClient->engine->createBlock(listingId, {{QStringLiteral("start_date"), dateFromToday(40)},
                                                                        {QStringLiteral("end_date"), dateFromToday(45)}});
        QVERIFY(block.ok());
        QTRY_COMPARE_WITH_TIMEOUT(hostClient->stateOf(kBlock, block.id), SyncState::Synced, kTimeout);

        const auto booking = guestClient->engine->createBooking({{QStringLiteral("listing_id"), listingId},
                                                                 {QStringLiteral("check_in"), dateFromToday(20)},
                                                                 {QStringLiteral("check_out"), dateFromToday(23)},
                                                                 {QStringLiteral("guests"), 2}});
        QVERIFY(booking.ok());
        QTRY_COMPARE_WITH_TIMEOUT(guestClient->stateOf(kBooking, booking.id), SyncState::Synced, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(guestClient->field(kBooking, booking.id, QStringLiteral("status")).toString(),
                                  QStringLiteral("pending_payment"), kTimeout);
        // The host sees the booking by pulling.
        QVERIFY(hostClient->sync());
        QTRY_VERIFY_WITH_TIMEOUT(hostClient->has(kBooking, booking.id), kTimeout);

        QVERIFY(guestClient->engine->cancelBooking(booking.id, QStringLiteral("plans changed")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(guestClient->field(kBooking, booking.id, QStringLiteral("status")).toString(),
                                  QStringLiteral("cancelled"), kTimeout);
        QCOMPARE(guestClient->stateOf(kBooking, booking.id), SyncState::Synced);

        QVERIFY(hostClient->engine->deleteBlock(block.id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(hostClient->outboxCount(), 0, kTimeout);
        const HttpReply days = m_api.http().get(QStringLiteral("/api/v1/listings/%1/availability?from=%2&to=%3")
                                                    .arg(listingId, dateFromToday(40), dateFromToday(41)));
        QCOMPARE(days.status, 200);
        QCOMPARE(days.json().value(QStringLiteral("days")).toArray().first().toObject().value(QStringLiteral("available")).toBool(), true);
    }

    void aConflictKeptMineSendsMineAgain()
    {
        auto [host, id, client] = hostWithCachedListing(QStringLiteral("Conflict Host"));
        QVERIFY(client);

        // Someone else (the web, another device) renames it; this client renames it too.
        QCOMPARE(m_api.http().patch(QStringLiteral("/api/v1/listings/") + id, {{QStringLiteral("title"), QStringLiteral("Theirs")}},
                                    host.accessToken).status, 200);
        QVERIFY(client->engine->updateListing(id, {{QStringLiteral("title"), QStringLiteral("Mine")}}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(client->stateOf(kListing, id), SyncState::Conflicted, kTimeout);
        auto conflicted = *client->object(kListing, id);
        QCOMPARE(conflicted.data.value(QStringLiteral("title")).toString(), QStringLiteral("Mine"));
        QCOMPARE(conflicted.serverData->value(QStringLiteral("title")).toString(), QStringLiteral("Theirs"));
        QCOMPARE(serverListing(host, id).value(QStringLiteral("title")).toString(), QStringLiteral("Theirs"));

        QVERIFY(client->engine->resolveKeepMine(id));
        QTRY_COMPARE_WITH_TIMEOUT(client->stateOf(kListing, id), SyncState::Synced, kTimeout);
        QCOMPARE(serverListing(host, id).value(QStringLiteral("title")).toString(), QStringLiteral("Mine"));
        QVERIFY(client->sync());
        QCOMPARE(client->field(kListing, id, QStringLiteral("title")).toString(), QStringLiteral("Mine"));
    }

    void aConflictTakenTheirsDropsMine()
    {
        auto [host, id, client] = hostWithCachedListing(QStringLiteral("Theirs Host"));
        QVERIFY(client);

        QCOMPARE(m_api.http().patch(QStringLiteral("/api/v1/listings/") + id, {{QStringLiteral("nightly_price"), 20000}},
                                    host.accessToken).status, 200);
        QVERIFY(client->engine->updateListing(id, {{QStringLiteral("nightly_price"), 9000}}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(client->stateOf(kListing, id), SyncState::Conflicted, kTimeout);

        QVERIFY(client->engine->resolveTakeTheirs(id));
        QCOMPARE(client->stateOf(kListing, id), SyncState::Synced);
        QCOMPARE(client->field(kListing, id, QStringLiteral("nightly_price")).toInteger(), 20000);
        QCOMPARE(client->outboxCount(), 0);
        QVERIFY(client->sync());
        QCOMPARE(serverListing(host, id).value(QStringLiteral("nightly_price")).toInteger(), 20000);
        QCOMPARE(client->field(kListing, id, QStringLiteral("nightly_price")).toInteger(), 20000);
    }

    void aConflictResolvedFieldByFieldKeepsTheChosenFields()
    {
        auto [host, id, client] = hostWithCachedListing(QStringLiteral("Fields Host"));
        QVERIFY(client);

        QCOMPARE(m_api.http().patch(QStringLiteral("/api/v1/listings/") + id,
                                    {{QStringLiteral("title"), QStringLiteral("Their title")}, {QStringLiteral("nightly_price"), 21000}},
                                    host.accessToken).status, 200);
        QVERIFY(client->engine->updateListing(id, {{QStringLiteral("title"), QStringLiteral("My title")},
                                                   {QStringLiteral("nightly_price"), 8800}}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(client->stateOf(kListing, id), SyncState::Conflicted, kTimeout);
        QVERIFY(!client->engine->resolveFields(QStringLiteral("not-an-object"), {QStringLiteral("title")}));

        QVERIFY(client->engine->resolveFields(id, {QStringLiteral("title")}));
        // At once in the cache: my title on their price.
        QCOMPARE(client->field(kListing, id, QStringLiteral("title")).toString(), QStringLiteral("My title"));
        QCOMPARE(client->field(kListing, id, QStringLiteral("nightly_price")).toInteger(), 21000);
        QTRY_COMPARE_WITH_TIMEOUT(client->stateOf(kListing, id), SyncState::Synced, kTimeout);
        QCOMPARE(client->outboxCount(), 0);
        const QJsonObject onServer = serverListing(host, id);
        QCOMPARE(onServer.value(QStringLiteral("title")).toString(), QStringLiteral("My title"));
        QCOMPARE(onServer.value(QStringLiteral("nightly_price")).toInteger(), 21000);
        QVERIFY(client->sync());
        QCOMPARE(client->field(kListing, id, QStringLiteral("title")).toString(), QStringLiteral("My title"));
        QCOMPARE(client->field(kListing, id, QStringLiteral("nightly_price")).toInteger(), 21000);

        // Keeping none of mine is taking theirs.
        QCOMPARE(m_api.http().patch(QStringLiteral("/api/v1/listings/") + id, {{QStringLiteral("title"), QStringLiteral("Theirs again")}},
                                    host.accessToken).status, 200);
        QVERIFY(client->engine->updateListing(id, {{QStringLiteral("title"), QStringLiteral("Mine again")}}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(client->stateOf(kListing, id), SyncState::Conflicted, kTimeout);
        QVERIFY(client->engine->resolveFields(id, {}));
        QCOMPARE(client->stateOf(kListing, id), SyncState::Synced);
        QCOMPARE(client->outboxCount(), 0);
        QCOMPARE(client->field(kListing, id, QStringLiteral("title")).toString(), QStringLiteral("Theirs again"));
    }

    void pullProgressCountsTowardsATotal()
    {
        const TestUser host = m_api.registerUser(QStringLiteral("Progress Host"));
        for (int i = 0; i < 8; ++i)
            QVERIFY(!m_api.createListing(host, {{QStringLiteral("title"), QStringLiteral("Progress %1").arg(i)}}).isEmpty());
        auto client = newClient();
        client->tune = [](client::SyncOptions& options) { options.pullPageSize = 3; };
        QVERIFY(client->startEngine(m_api.server().baseUrl()));
        QSignalSpy progress(client->engine.get(), &client::SyncEngine::progress);
        QSignalSpy finished(client->engine.get(), &client::SyncEngine::syncFinished);
        QVERIFY(client->signIn(host));
        // The first cycle after signing in is the first sync.
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kTimeout);
        QVERIFY(finished.first().first().toBool());
        QList<QPair<int, int>> pulls; // (done, total)
        for (const QList<QVariant>& signal : progress) {
            if (signal.at(0).toString() == QLatin1String("pull"))
                pulls.append({signal.at(1).toInt(), signal.at(2).toInt()});
        }
        QVERIFY(pulls.size() > 3);
        // Every page of a first sync knows a total (the server's bound), never below what is done,
        // and the last page of a cycle reaches it.
        for (const auto& [done, total] : pulls) {
            QVERIFY2(total > 0, "a pull page without a total");
            QVERIFY(done <= total);
        }
        QCOMPARE(pulls.last().first, pulls.last().second);
    }

    void editsOfOtherFieldsMergeWithoutConflict()
    {
        auto [host, id, client] = hostWithCachedListing(QStringLiteral("Merge Host"));
        QVERIFY(client);
        QCOMPARE(m_api.http().patch(QStringLiteral("/api/v1/listings/") + id, {{QStringLiteral("title"), QStringLiteral("Their title")}},
                                    host.accessToken).status, 200);
        QVERIFY(client->engine->updateListing(id, {{QStringLiteral("nightly_price"), 17700}}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(client->outboxCount(), 0, kTimeout);
        QVERIFY(client->sync());
        QTRY_COMPARE_WITH_TIMEOUT(client->field(kListing, id, QStringLiteral("title")).toString(), QStringLiteral("Their title"), kTimeout);
        QCOMPARE(client->field(kListing, id, QStringLiteral("nightly_price")).toInteger(), 17700);
        QCOMPARE(client->stateOf(kListing, id), SyncState::Synced);
    }

    void aMalformedMutationIsRejectedAloneAndOthersGoOn()
    {
        const TestUser host = m_api.registerUser(QStringLiteral("Malformed Host"));
        auto client = signedInClient(host);
        QVERIFY(client);
        QTRY_VERIFY_WITH_TIMEOUT(!client->store().cursor().isEmpty(), kTimeout);

        // Offline: a good write, and one the server cannot even read (an action without its
        // name), as a cache written by an older or broken client might hold. The server
        // refuses such a push whole, naming the entry.
        QVERIFY(client->startEngine(urlOfPort(closedPort())));
        const auto good = client->engine->createListing(ApiFixture::listingBody({{QStringLiteral("title"), QStringLiteral("Good")}}));
        QVERIFY(good.ok());
        client::Mutation bad;
        bad.mutationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        bad.entity = kBooking;
        bad.op = QStringLiteral("action");
        bad.objectId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(client::Outbox(client->store()).enqueue(bad));
        QCOMPARE(client->outboxCount(), 2);

        QVERIFY(client->startEngine(m_api.server().baseUrl()));
        QTRY_COMPARE_WITH_TIMEOUT(client->stateOf(kListing, good.id), SyncState::Synced, kTimeout);
        QCOMPARE(serverListing(host, good.id).value(QStringLiteral("title")).toString(), QStringLiteral("Good"));
        const auto refused = client::Outbox(client->store()).entry(bad.mutationId);
        QVERIFY(refused);
        QCOMPARE(refused->state, client::OutboxEntry::State::Rejected);
        QVERIFY2(refused->error.contains(QStringLiteral("action")), qPrintable(refused->error));
    }

    void aRejectedMutationDoesNotBlockOthers()
    {
        const TestUser owner = m_api.registerUser(QStringLiteral("Owner"));
        const TestUser other = m_api.registerUser(QStringLiteral("Not the owner"));
        const QString foreign = m_api.createListing(owner).value(QStringLiteral("id")).toString();
        const QString own = m_api.createListing(other).value(QStringLiteral("id")).toString();
        auto client = signedInClient(other);
        QVERIFY(client);
        QTRY_VERIFY_WITH_TIMEOUT(client->has(kListing, foreign) && client->has(kListing, own), kTimeout);

        // Offline, so all three are queued before any is answered.
        QVERIFY(client->startEngine(urlOfPort(closedPort())));
        QVERIFY(client->engine->updateListing(foreign, {{QStringLiteral("title"), QStringLiteral("Not yours")}}).ok());
        QVERIFY(client->engine->updateListing(foreign, {{QStringLiteral("nightly_price"), 100}}).ok());
        QVERIFY(client->engine->updateListing(own, {{QStringLiteral("title"), QStringLiteral("Mine to rename")}}).ok());
        QVERIFY(client->startEngine(m_api.server().baseUrl()));

        QTRY_COMPARE_WITH_TIMEOUT(client->stateOf(kListing, own), SyncState::Synced, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(client->stateOf(kListing, foreign), SyncState::Rejected, kTimeout);
        QVERIFY2(client->object(kListing, foreign)->error.startsWith(QStringLiteral("forbidden")),
                 qPrintable(client->object(kListing, foreign)->error));
        // The second edit of the refused listing waits behind the first, unsent.
        QCOMPARE(client->outboxCount(), 2);
        QCOMPARE(serverListing(other, own).value(QStringLiteral("title")).toString(), QStringLiteral("Mine to rename"));
        QVERIFY(serverListing(owner, foreign).value(QStringLiteral("nightly_price")).toInteger() != 100);

        QVERIFY(client->engine->resolveTakeTheirs(foreign));
        QCOMPARE(client->outboxCount(), 0);
        QCOMPARE(client->stateOf(kListing, foreign), SyncState::Synced);
        QCOMPARE(client->field(kListing, foreign, QStringLiteral("title")).toString(),
                 serverListing(owner, foreign).value(QStringLiteral("title")).toString());
    }

    void anUnlistedListingLeavesOtherClientsCaches()
    {
        const TestUser host = m_api.registerUser(QStringLiteral("Unlisting Host"));
        const TestUser guest = m_api.registerUser(QStringLiteral("Watching Guest"));
        const QString id = m_api.createListing(host).value(QStringLiteral("id")).toString();
        auto guestClient = signedInClient(guest);
        QVERIFY(guestClient);
        QTRY_VERIFY_WITH_TIMEOUT(guestClient->has(kListing, id), kTimeout);
        client::ListingFilter inAmsterdam;
        inAmsterdam.city = QStringLiteral("amsterdam");
        QVERIFY(!guestClient->store().searchListings(inAmsterdam).isEmpty());

        QCOMPARE(m_api.http().patch(QStringLiteral("/api/v1/listings/") + id, {{QStringLiteral("status"), QStringLiteral("unlisted")}},
                                    host.accessToken).status, 200);
        QVERIFY(guestClient->sync());
        QTRY_VERIFY_WITH_TIMEOUT(!guestClient->has(kListing, id), kTimeout);
        for (const auto& listing : guestClient->store().searchListings({}))
            QVERIFY(listing.id != id);
    }

    void aLivePokeBringsAChangeWithoutAskingOrTimer()
    {
        const TestUser host = m_api.registerUser(QStringLiteral("Poking Host"));
        const TestUser guest = m_api.registerUser(QStringLiteral("Listening Guest"));
        auto client = newClient();
        // The timer is far beyond the test's patience: only a poke can bring the change.
        QVERIFY(client->startEngine(m_api.server().baseUrl(), true, 1h));
        QSignalSpy live(client->engine.get(), &client::SyncEngine::liveConnectedChanged);
        QVERIFY(client->signIn(guest));
        QTRY_VERIFY_WITH_TIMEOUT(!live.isEmpty() && live.last().first().toBool(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!client->store().cursor().isEmpty(), kTimeout);

        const QString id = m_api.createListing(host, {{QStringLiteral("title"), QStringLiteral("Just listed")}})
                               .value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(client->has(kListing, id), kTimeout);
        QCOMPARE(client->field(kListing, id, QStringLiteral("title")).toString(), QStringLiteral("Just listed"));
    }

    void anotherAccountNeitherSeesNorSendsTheFirstOnesData()
    {
        const TestUser first = m_api.registerUser(QStringLiteral("First Account"));
        const TestUser second = m_api.registerUser(QStringLiteral("Second Account"));
        const QString draft = m_api.createListing(first, {{QStringLiteral("status"), QStringLiteral("draft")}})
                                  .value(QStringLiteral("id")).toString();
        auto client = signedInClient(first);
        QVERIFY(client);
        QTRY_VERIFY_WITH_TIMEOUT(client->has(kListing, draft), kTimeout);

        // Same device, another account: the first one's private draft leaves the cache.
        QVERIFY(client->signIn(second));
        QVERIFY(!client->has(kListing, draft));
        QTRY_VERIFY_WITH_TIMEOUT(!client->store().cursor().isEmpty(), kTimeout);
        QVERIFY(!client->has(kListing, draft));

        // The second account queues a write and signs out; the first may not take over.
        client->engine.reset();
        QVERIFY(client->startEngine(urlOfPort(closedPort())));
        const auto queued = client->engine->createListing(ApiFixture::listingBody({{QStringLiteral("title"), QStringLiteral("Second's")}}));
        QVERIFY(queued.ok());
        client->engine.reset();
        client->tokens.setRefreshToken({});
        QVERIFY(client->startEngine(m_api.server().baseUrl()));
        QSignalSpy refused(client->engine.get(), &client::SyncEngine::signInFailed);
        client->engine->signIn(first.email, first.password);
        QVERIFY(refused.wait(kTimeout));
        QCOMPARE(client->outboxCount(), 1);
        QVERIFY(!client->has(kListing, draft));
        QVERIFY(client->tokens.refreshToken().isEmpty());

        // Its owner signs in again: the write goes out.
        QVERIFY(client->signIn(second));
        QTRY_COMPARE_WITH_TIMEOUT(client->outboxCount(), 0, kTimeout);
        QCOMPARE(serverListing(second, queued.id).value(QStringLiteral("host_id")).toString(), second.id);
    }

    void twoClientsConverge()
    {
        const TestUser host = m_api.registerUser(QStringLiteral("Two Devices"));
        const TestUser guest = m_api.registerUser(QStringLiteral("Browsing Guest"));
        // Live pokes, with a one-second timer as the fallback a real client also has.
        auto laptop = signedInClient(host, true, 1s);
        auto desktop = signedInClient(host, true, 1s);
        auto browser = signedInClient(guest, true, 1s);
        QVERIFY(laptop && desktop && browser);

        const auto created = laptop->engine->createListing(ApiFixture::listingBody({{QStringLiteral("title"), QStringLiteral("Shared")}}));
        QVERIFY(created.ok());
        QTRY_VERIFY_WITH_TIMEOUT(desktop->has(kListing, created.id), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(browser->has(kListing, created.id), kTimeout);

        QVERIFY(desktop->engine->updateListing(created.id, {{QStringLiteral("nightly_price"), 4242}}).ok());
        QVERIFY(laptop->engine->updateListing(created.id, {{QStringLiteral("title"), QStringLiteral("Shared and renamed")}}).ok());
        for (SyncClient* c : {laptop.get(), desktop.get(), browser.get()}) {
            QTRY_COMPARE_WITH_TIMEOUT(c->field(kListing, created.id, QStringLiteral("nightly_price")).toInteger(), 4242, kTimeout);
            QTRY_COMPARE_WITH_TIMEOUT(c->field(kListing, created.id, QStringLiteral("title")).toString(),
                                      QStringLiteral("Shared and renamed"), kTimeout);
            QTRY_COMPARE_WITH_TIMEOUT(c->stateOf(kListing, created.id), SyncState::Synced, kTimeout);
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
