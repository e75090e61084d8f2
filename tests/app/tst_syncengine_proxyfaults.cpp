// SPDX-License-Identifier: Apache-2.0
// The sync engine behind a proxy that, for a while, answers requests with 500, drops
// connections at random (before and after the server saw the request) and garbles answers
// (a pull page whose next page was already asked for among them), while writes wait on both
// sides. Once the faults stop, the cache must equal the server: nothing lost, nothing
// applied twice. And a pull whose pages forecast the wrong end for the next page follows each
// page's own cursor, not the forecast.
#include "FaultProxy.h"
#include "SyncConvergence.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace roost;
using namespace roost::test;

namespace {

const QString kListing = QStringLiteral("listing");
constexpr int kTimeout = 60'000;

} // namespace

class TestSyncEngineProxyFaults : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    QTemporaryDir m_dir;

    QJsonArray hostListings(const TestUser& host)
    {
        return m_api.http().get(QStringLiteral("/api/v1/hosts/me/listings?limit=100"), host.accessToken).items();
    }

private slots:
    void initTestCase() { QVERIFY(m_api.start()); }

    void theEngineRecoversFromFaultsAndConverges()
    {
        const quint32 seed = qEnvironmentVariableIsSet("ROOST_TEST_SEED") ? quint32(qEnvironmentVariableIntValue("ROOST_TEST_SEED"))
                                                                          : QRandomGenerator::global()->generate();
        qInfo("fault seed: %u (replay with ROOST_TEST_SEED=%u)", seed, seed);
        FaultProxy proxy(m_api.server().port(), seed);
        QVERIFY(proxy.listen());

        const TestUser host = m_api.registerUser(QStringLiteral("Flaky Host"));
        const TestUser other = m_api.registerUser(QStringLiteral("Other Host"));
        QStringList serverSide;
        for (int i = 0; i < 4; ++i)
            serverSide.append(m_api.createListing(host, {{QStringLiteral("title"), QStringLiteral("Web %1").arg(i)}})
                                  .value(QStringLiteral("id")).toString());

        SyncClient client;
        client.cachePath = m_dir.filePath(QStringLiteral("flaky.sqlite"));
        // Small pages, so a pull takes many requests and faults land in the middle of it.
        client.tune = [](client::SyncOptions& options) { options.pullPageSize = 3; options.pushBatchSize = 4; };
        QVERIFY(client.startEngine(proxy.baseUrl(), false, 300ms));
        QVERIFY(client.signIn(host));
        QVERIFY(client.sync());

        proxy.setFaults(0.2, 0.2, 0.15);
        // Writes queued on the client…
        QStringList mine;
        for (int i = 0; i < 12; ++i) {
            const auto created = client.engine->createListing(
                ApiFixture::listingBody({{QStringLiteral("title"), QStringLiteral("Mine %1").arg(i)}}));
            QVERIFY(created.ok());
            mine.append(created.id);
        }
        for (int i = 0; i < 6; ++i)
            QVERIFY(client.engine->updateListing(mine.at(i), {{QStringLiteral("nightly_price"), 10000 + i}}).ok());
        QVERIFY(client.engine->deleteListing(mine.at(10)).ok());
        QVERIFY(client.engine->deleteListing(mine.at(11)).ok());
        QVERIFY(client.engine->updateListing(serverSide.at(0), {{QStringLiteral("title"), QStringLiteral("Web 0, renamed here")}}).ok());
        // …and on the server, by others, for the client to pull.
        QCOMPARE(m_api.http().patch(QStringLiteral("/api/v1/listings/") + serverSide.at(1),
                                    {{QStringLiteral("description"), QStringLiteral("Changed on the web")}}, host.accessToken).status, 200);
        QCOMPARE(m_api.http().del(QStringLiteral("/api/v1/listings/") + serverSide.at(2), host.accessToken).status, 204);
        for (int i = 0; i < 5; ++i)
            QVERIFY(!m_api.createListing(other, {{QStringLiteral("title"), QStringLiteral("Other %1").arg(i)}}).isEmpty());

        // Let every kind of fault happen a few times (a bounded wait: the engine retries every
        // few hundred ms, and its interval timer keeps asking even once the outbox is empty).
        QTRY_VERIFY_WITH_TIMEOUT(proxy.counts().failed >= 3 && proxy.counts().droppedBefore >= 3
                                     && proxy.counts().droppedAfter >= 3 && proxy.counts().garbled >= 3,
                                 kTimeout);
        proxy.setFaults(0, 0);
        const FaultProxy::Counts faults = proxy.counts();
        qInfo("faults: %d answered 500, %d dropped before, %d dropped after the server, %d garbled; %d forwarded",
              faults.failed, faults.droppedBefore, faults.droppedAfter, faults.garbled, faults.forwarded);

        QTRY_COMPARE_WITH_TIMEOUT(client.outboxCount(), 0, kTimeout);
        QVERIFY(client.sync());

        // Nothing lost, nothing duplicated: the host has exactly the expected listings once each.
        QStringList titles;
        for (const QJsonValue& listing : hostListings(host))
            titles.append(listing.toObject().value(QStringLiteral("title")).toString());
        titles.sort();
        QStringList expected{QStringLiteral("Web 0, renamed here"), QStringLiteral("Web 1"), QStringLiteral("Web 3")};
        for (int i = 0; i < 10; ++i)
            expected.append(QStringLiteral("Mine %1").arg(i));
        expected.sort();
        QCOMPARE(titles, expected);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(m_api.http().get(QStringLiteral("/api/v1/listings/") + mine.at(i), host.accessToken)
                         .json().value(QStringLiteral("nightly_price")).toInteger(), 10000 + i);
        }

        SyncApi sync(m_api.http());
        const QStringList problems = divergence(client, sync, host);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(!client.has(kListing, serverSide.at(2)));
        QVERIFY(client.has(kListing, serverSide.at(1)));
    }

    void aForecastThatDoesNotComeTrueIsNotFollowed()
    {
        FaultProxy proxy(m_api.server().port(), 1);
        QVERIFY(proxy.listen());
        const TestUser host = m_api.registerUser(QStringLiteral("Forecast Host"));
        QStringList created;
        for (int i = 0; i < 12; ++i) {
            created.append(m_api.createListing(host, {{QStringLiteral("title"), QStringLiteral("Forecast %1").arg(i)}})
                               .value(QStringLiteral("id")).toString());
        }
        // The end of the log as the forecast of every page: followed, it would skip every page
        // between the first and the last.
        SyncApi sync(m_api.http());
        const Pulled everything = sync.pullAll(host);
        QVERIFY(everything.ok);
        proxy.setForecast(everything.cursor.toLatin1());

        SyncClient client;
        client.cachePath = m_dir.filePath(QStringLiteral("forecast.sqlite"));
        client.tune = [](client::SyncOptions& options) { options.pullPageSize = 3; };
        QVERIFY(client.startEngine(proxy.baseUrl(), false, 300ms));
        QVERIFY(client.signIn(host));
        QVERIFY(client.sync());
        for (const QString& id : created)
            QVERIFY2(client.has(kListing, id), qPrintable(QStringLiteral("missing ") + id));
        QVERIFY(proxy.counts().misled >= 3);
        const QStringList problems = divergence(client, sync, host);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngineProxyFaults)
#include "tst_syncengine_proxyfaults.moc"
