// SPDX-License-Identifier: Apache-2.0
// The status bar's sync widget with a server that goes away and comes back on the same address.
#include "ShellFixture.h"

#include "common/SyncBadge.h"
#include "host/HostListingsView.h"
#include "ui/SyncStatusWidget.h"

#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QToolButton>

using namespace roost;
using namespace roost::test;

class TestSyncStatusWidget : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    QTemporaryDir m_dir;

    static QString text(QWidget& widget, const char* name)
    {
        auto* label = widget.findChild<QLabel*>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(startShellTest(m_api, m_dir));
    }

    void anOfflineEditWaitsAndLeavesWhenTheServerIsBack()
    {
        // A second server on the same database, on an address of our choosing, so it can stop
        // and come back where the engine expects it.
        const quint16 port = closedPort();
        auto server = std::make_unique<ServerProcess>(
            m_api.databaseUrl(), QMap<QString, QString>{{QStringLiteral("ROOST_LISTEN"), QStringLiteral("127.0.0.1:%1").arg(port)}});
        QVERIFY(server->start());
        const TestUser host = m_api.registerUser(QStringLiteral("Status Host"));
        const QString id = m_api.createListing(host).value(QStringLiteral("id")).toString();

        ViewClient client;
        client.sync.cachePath = m_dir.filePath(QStringLiteral("status.sqlite"));
        QVERIFY(client.start(urlOfPort(port)));
        app::SyncStatusWidget widget(*client.context);
        widget.show();
        // The same edit as the host's listings table shows it: a badge while it waits.
        app::HostListingsView listings(*client.context);
        const auto badge = [&listings] { return listings.findChild<QTableView*>()->model()->index(0, 4).data().toString(); };
        QVERIFY(client.sync.signIn(host));
        QTRY_VERIFY_WITH_TIMEOUT(client.sync.has(QStringLiteral("listing"), id), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(widget.isOnline(), 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(text(widget, "syncState"), QStringLiteral("Online"), 30'000);
        QVERIFY(text(widget, "syncLastTime").startsWith(QStringLiteral("Last sync")));
        QCOMPARE(widget.pendingCount(), 0);
        QVERIFY(widget.findChild<QLabel*>(QStringLiteral("syncPending"))->isHidden());

        server->stop();
        QSignalSpy retry(&client.engine(), &client::SyncEngine::retryScheduled);
        QVERIFY(client.engine().updateListing(id, {{QStringLiteral("title"), QStringLiteral("Edited offline")}}).ok());
        QVERIFY(retry.wait(30'000));
        QTRY_COMPARE_WITH_TIMEOUT(widget.pendingCount(), 1, 30'000);
        auto* pending = widget.findChild<QLabel*>(QStringLiteral("syncPending"));
        QVERIFY(pending->isVisible());
        QCOMPARE(pending->text(), QStringLiteral("1 change(s) waiting"));
        QTRY_COMPARE_WITH_TIMEOUT(text(widget, "syncState"), QStringLiteral("Offline"), 30'000);
        QVERIFY(!widget.isOnline());
        QCOMPARE(badge(), app::SyncBadge::text(client::SyncState::Pending));

        QVERIFY(server->start());
        QTRY_COMPARE_WITH_TIMEOUT(widget.pendingCount(), 0, 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(text(widget, "syncState"), QStringLiteral("Online"), 30'000);
        QVERIFY(pending->isHidden());
        QTRY_COMPARE_WITH_TIMEOUT(badge(), QString(), 30'000);
        QCOMPARE(m_api.http().get(QStringLiteral("/api/v1/listings/") + id, host.accessToken).json()
                     .value(QStringLiteral("title")).toString(),
                 QStringLiteral("Edited offline"));
    }

    void showsProgressWhileSyncingAndSyncsOnClick()
    {
        const TestUser guest = m_api.registerUser(QStringLiteral("Status Guest"));
        ViewClient client;
        client.sync.cachePath = m_dir.filePath(QStringLiteral("progress.sqlite"));
        QVERIFY(client.start(m_api.server().baseUrl()));
        app::SyncStatusWidget widget(*client.context);
        widget.show();
        QVERIFY(client.sync.signIn(guest));
        QTRY_VERIFY_WITH_TIMEOUT(!client.sync.store().cursor().isEmpty(), 30'000);
        QSignalSpy started(&client.engine(), &client::SyncEngine::syncStarted);
        QSignalSpy finished(&client.engine(), &client::SyncEngine::syncFinished);
        QTRY_VERIFY_WITH_TIMEOUT(widget.findChild<QProgressBar*>(QStringLiteral("syncProgress"))->isHidden(), 30'000);
        auto* bar = widget.findChild<QProgressBar*>(QStringLiteral("syncProgress"));
        // Connected after the widget's own slot, so this sees the bar as the widget left it.
        bool shownWhileSyncing = false;
        connect(&client.engine(), &client::SyncEngine::syncStarted, this, [&] { shownWhileSyncing = bar->isVisible(); });
        const qsizetype finishedBefore = finished.size();
        QTest::mouseClick(widget.findChild<QToolButton*>(QStringLiteral("syncNowButton")), Qt::LeftButton);
        QVERIFY(started.wait(20'000));
        QVERIFY(shownWhileSyncing);
        // A short cycle's end may be delivered in the same pass as its start, inside wait() above.
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() > finishedBefore, 20'000);
        QVERIFY(widget.findChild<QProgressBar*>(QStringLiteral("syncProgress"))->isHidden());
    }

    void asksToSignInWhenThereIsNoSession()
    {
        ViewClient client;
        client.sync.cachePath = m_dir.filePath(QStringLiteral("nosession.sqlite"));
        QVERIFY(client.start(m_api.server().baseUrl()));
        app::SyncStatusWidget widget(*client.context);
        widget.show();
        widget.setSignInRequired(true);
        auto* signIn = widget.findChild<QToolButton*>(QStringLiteral("statusSignInButton"));
        QVERIFY(signIn->isVisible());
        QCOMPARE(text(widget, "syncState"), QStringLiteral("Sign-in required"));
        QSignalSpy asked(client.context.get(), &app::AppContext::signInRequested);
        QTest::mouseClick(signIn, Qt::LeftButton);
        QCOMPARE(asked.count(), 1);
        QVERIFY(client.sync.signIn(m_api.registerUser(QStringLiteral("Late User"))));
        QVERIFY(signIn->isHidden());
    }
};

QTEST_MAIN(TestSyncStatusWidget)
#include "tst_syncstatuswidget.moc"
