// SPDX-License-Identifier: Apache-2.0
// Two clients, each on its own roost-server process over one database, converge through live
// pokes alone: no sync is asked for and the interval timer is far away, so only a poke (NOTIFY
// from the writing process, LISTEN in the other) can bring the change.
#include "SyncConvergence.h"

using namespace roost;
using namespace roost::test;
using client::SyncState;

namespace {

const QString kListing = QStringLiteral("listing");
constexpr int kTimeout = 20'000;

} // namespace

class TestSyncEngineLive : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    std::unique_ptr<ServerProcess> m_second;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_api.start());
        m_second = std::make_unique<ServerProcess>(m_api.databaseUrl());
        QVERIFY(m_second->start());
    }

    void twoClientsOnTwoProcessesConvergeThroughPokes()
    {
        const TestUser host = m_api.registerUser(QStringLiteral("Host on one"));
        const TestUser guest = m_api.registerUser(QStringLiteral("Guest on two"));
        SyncClient first;
        first.cachePath = m_dir.filePath(QStringLiteral("first.sqlite"));
        SyncClient second;
        second.cachePath = m_dir.filePath(QStringLiteral("second.sqlite"));
        QVERIFY(first.startEngine(m_api.server().baseUrl(), true));
        QVERIFY(second.startEngine(m_second->baseUrl(), true));
        QSignalSpy firstLive(first.engine.get(), &client::SyncEngine::liveConnectedChanged);
        QSignalSpy secondLive(second.engine.get(), &client::SyncEngine::liveConnectedChanged);
        QVERIFY(first.signIn(host));
        QVERIFY(second.signIn(guest));
        QTRY_VERIFY_WITH_TIMEOUT(!firstLive.isEmpty() && firstLive.last().first().toBool(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!secondLive.isEmpty() && secondLive.last().first().toBool(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!first.store().cursor().isEmpty() && !second.store().cursor().isEmpty(), kTimeout);

        // The host's listing, pushed through process one, reaches the guest on process two.
        const auto listing = first.engine->createListing(ApiFixture::listingBody({{QStringLiteral("title"), QStringLiteral("Poked")}}));
        QVERIFY(listing.ok());
        QTRY_VERIFY_WITH_TIMEOUT(second.has(kListing, listing.id), kTimeout);
        QCOMPARE(second.field(kListing, listing.id, QStringLiteral("title")).toString(), QStringLiteral("Poked"));

        // The guest's booking, pushed through process two, reaches the host on process one.
        const QString checkIn = QDate::currentDate().addDays(30).toString(Qt::ISODate);
        const QString checkOut = QDate::currentDate().addDays(33).toString(Qt::ISODate);
        const auto booking = second.engine->createBooking({{QStringLiteral("listing_id"), listing.id},
                                                           {QStringLiteral("check_in"), checkIn},
                                                           {QStringLiteral("check_out"), checkOut},
                                                           {QStringLiteral("guests"), 2}});
        QVERIFY(booking.ok());
        QTRY_VERIFY_WITH_TIMEOUT(first.has(QStringLiteral("booking"), booking.id), kTimeout);

        // An edit made twice in a row on one side shows on the other in its final state.
        QVERIFY(first.engine->updateListing(listing.id, {{QStringLiteral("title"), QStringLiteral("Poked twice")}}).ok());
        QVERIFY(first.engine->updateListing(listing.id, {{QStringLiteral("nightly_price"), 16600}}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(second.field(kListing, listing.id, QStringLiteral("nightly_price")).toInteger(), 16600, kTimeout);
        QCOMPARE(second.field(kListing, listing.id, QStringLiteral("title")).toString(), QStringLiteral("Poked twice"));

        // Unlisting it takes it out of the guest's cache; the guest keeps their booking.
        QVERIFY(first.engine->updateListing(listing.id, {{QStringLiteral("status"), QStringLiteral("unlisted")}}).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!second.has(kListing, listing.id), kTimeout);
        QVERIFY(second.has(QStringLiteral("booking"), booking.id));

        // Both caches equal what each may see, checked against the server.
        QTRY_COMPARE_WITH_TIMEOUT(first.outboxCount(), 0, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(second.outboxCount(), 0, kTimeout);
        SyncApi sync(m_api.http());
        QTRY_VERIFY_WITH_TIMEOUT(divergence(first, sync, host).isEmpty(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(divergence(second, sync, guest).isEmpty(), kTimeout);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngineLive)
#include "tst_syncengine_live.moc"
