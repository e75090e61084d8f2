// SPDX-License-Identifier: Apache-2.0
// The sync engine when things go wrong: the client dies mid-outbox, the server is unreachable
// and comes back, the session expires while offline.
#include "SyncClientFixture.h"

#include "TestCluster.h"

#include <QJsonArray>

using namespace roost;
using namespace roost::test;
using client::SyncState;

namespace {

const QString kListing = QStringLiteral("listing");
constexpr int kTimeout = 30'000;

} // namespace

class TestSyncEngineFaults : public QObject
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

    QJsonArray hostListings(const TestUser& host)
    {
        return m_api.http().get(QStringLiteral("/api/v1/hosts/me/listings?limit=100"), host.accessToken).items();
    }

    /// Queues `count` listing creates while no server answers.
    QStringList createOffline(SyncClient& client, int count, const QString& prefix)
    {
        QStringList ids;
        if (!client.startEngine(urlOfPort(closedPort())))
            return ids;
        for (int i = 0; i < count; ++i) {
            const auto created = client.engine->createListing(
                ApiFixture::listingBody({{QStringLiteral("title"), QStringLiteral("%1 %2").arg(prefix).arg(i)}}));
            if (created.ok())
                ids.append(created.id);
        }
        return ids;
    }

private slots:
    void initTestCase() { QVERIFY(m_api.start()); }

    void aClientKilledMidOutboxLosesAndDuplicatesNothing()
    {
        const TestUser host = m_api.registerUser(QStringLiteral("Crashing Host"));
        auto client = newClient();
        QVERIFY(client->startEngine(m_api.server().baseUrl()));
        QVERIFY(client->signIn(host));
        const QStringList ids = createOffline(*client, 12, QStringLiteral("Crash"));
        QCOMPARE(ids.size(), 12);

        // The crash the engine cannot see coming: the server applied the first five, the client
        // died before it stored the answers. Sent here by hand, exactly as the engine sends them.
        const QList<client::Mutation> firstFive = client::Outbox(client->store()).sendable(5);
        QCOMPARE(firstFive.size(), 5);
        QJsonArray mutations;
        for (const auto& m : firstFive)
            mutations.append(m.toJson());
        const HttpReply applied = m_api.http().post(QStringLiteral("/api/v1/sync/push"), {{QStringLiteral("mutations"), mutations}},
                                                    host.accessToken);
        QCOMPARE(applied.status, 200);
        QCOMPARE(hostListings(host).size(), 5);

        // Then an engine that is destroyed as soon as it has started pushing.
        QVERIFY(client->startEngine(m_api.server().baseUrl()));
        QSignalSpy progress(client->engine.get(), &client::SyncEngine::progress);
        QVERIFY(progress.wait(kTimeout));
        client->engine.reset();

        // A fresh engine on the same file finishes the job.
        QVERIFY(client->startEngine(m_api.server().baseUrl()));
        QTRY_COMPARE_WITH_TIMEOUT(client->outboxCount(), 0, kTimeout);
        const QJsonArray onServer = hostListings(host);
        QCOMPARE(onServer.size(), 12);
        QStringList serverIds;
        for (const QJsonValue& listing : onServer)
            serverIds.append(listing.toObject().value(QStringLiteral("id")).toString());
        serverIds.sort();
        QStringList expected = ids;
        expected.sort();
        QCOMPARE(serverIds, expected);
        for (const QString& id : ids)
            QTRY_COMPARE_WITH_TIMEOUT(client->stateOf(kListing, id), SyncState::Synced, kTimeout);
    }

    void anUnreachableServerIsRetriedWithBackoffUntilItComesBack()
    {
        // A second server process on the same database, on a port that stays the same across
        // its restart, so the client's address stays valid.
        const quint16 port = closedPort();
        const QMap<QString, QString> fixedPort{{QStringLiteral("ROOST_LISTEN"), QStringLiteral("127.0.0.1:%1").arg(port)}};
        auto second = std::make_unique<ServerProcess>(m_api.databaseUrl(), fixedPort);
        QVERIFY(second->start());

        const TestUser host = m_api.registerUser(QStringLiteral("Patient Host"));
        auto client = newClient();
        QVERIFY(client->startEngine(urlOfPort(port)));
        QVERIFY(client->signIn(host));
        QTRY_VERIFY_WITH_TIMEOUT(!client->store().cursor().isEmpty(), kTimeout);

        second->stop();
        QSignalSpy retries(client->engine.get(), &client::SyncEngine::retryScheduled);
        const auto created = client->engine->createListing(ApiFixture::listingBody({{QStringLiteral("title"), QStringLiteral("Waiting")}}));
        QVERIFY(created.ok());
        QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 4, kTimeout);
        // Each failure waits at least as long as the one before, up to the cap.
        for (int i = 1; i < retries.size(); ++i)
            QVERIFY(retries.at(i).first().toLongLong() >= retries.at(i - 1).first().toLongLong());
        QVERIFY(retries.last().first().toLongLong() > retries.first().first().toLongLong());
        QCOMPARE(client->stateOf(kListing, created.id), SyncState::Pending);

        // Back on the same port: the engine recovers by itself.
        second = std::make_unique<ServerProcess>(m_api.databaseUrl(), fixedPort);
        QVERIFY(second->start());
        QTRY_COMPARE_WITH_TIMEOUT(client->stateOf(kListing, created.id), SyncState::Synced, kTimeout);
        QCOMPARE(client->outboxCount(), 0);
        QCOMPARE(m_api.http().get(QStringLiteral("/api/v1/listings/") + created.id, host.accessToken).status, 200);
    }

    void anExpiredSessionAsksForSignInAndKeepsTheOutbox()
    {
        const TestUser host = m_api.registerUser(QStringLiteral("Sleepy Host"));
        auto client = newClient();
        QVERIFY(client->startEngine(m_api.server().baseUrl()));
        QVERIFY(client->signIn(host));
        QTRY_VERIFY_WITH_TIMEOUT(!client->store().cursor().isEmpty(), kTimeout);
        client->engine.reset();

        // While the app is closed, the session ends: its refresh token is used twice, which
        // revokes every token of that login (API.md, /auth/refresh).
        const QByteArray remembered = client->tokens.refreshToken();
        QVERIFY(!remembered.isEmpty());
        const QJsonObject body{{QStringLiteral("refresh_token"), QString::fromUtf8(remembered)}};
        QCOMPARE(m_api.http().post(QStringLiteral("/api/v1/auth/refresh"), body).status, 200);
        QCOMPARE(m_api.http().post(QStringLiteral("/api/v1/auth/refresh"), body).errorCode(), QStringLiteral("token_reused"));

        // Offline edits, then the app starts against the server with the dead session.
        const QStringList ids = createOffline(*client, 2, QStringLiteral("Queued"));
        QCOMPARE(ids.size(), 2);
        QVERIFY(client->startEngine(m_api.server().baseUrl()));
        QSignalSpy signInRequired(client->engine.get(), &client::SyncEngine::signInRequired);
        QVERIFY(signInRequired.wait(kTimeout));
        QVERIFY(client->tokens.refreshToken().isEmpty());
        QCOMPARE(client->outboxCount(), 2);
        QVERIFY(client->engine->updateListing(ids.first(), {{QStringLiteral("title"), QStringLiteral("Renamed while signed out")}}).ok());
        QCOMPARE(client->outboxCount(), 3);
        QCOMPARE(hostListings(host).size(), 0);

        QVERIFY(client->signIn(host));
        QTRY_COMPARE_WITH_TIMEOUT(client->outboxCount(), 0, kTimeout);
        const QJsonArray onServer = hostListings(host);
        QCOMPARE(onServer.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(client->field(kListing, ids.first(), QStringLiteral("title")).toString(),
                                  QStringLiteral("Renamed while signed out"), kTimeout);
        QCOMPARE(client->stateOf(kListing, ids.first()), SyncState::Synced);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngineFaults)
#include "tst_syncengine_faults.moc"
