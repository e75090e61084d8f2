// SPDX-License-Identifier: Apache-2.0
// A change the server refuses is listed with its reason, and discarded by the button.
#include "ShellFixture.h"

#include "ui/RejectedView.h"
#include "ui/SyncIssuesModel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>

using namespace roost;
using namespace roost::test;
using client::SyncState;

class TestRejectedView : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(startShellTest(m_api, m_dir));
    }

    void aRefusedChangeShowsTheReasonAndIsDiscarded()
    {
        const QString listing = QStringLiteral("listing");
        const TestUser owner = m_api.registerUser(QStringLiteral("Owner"));
        const TestUser other = m_api.registerUser(QStringLiteral("Not the owner"));
        const QJsonObject created = m_api.createListing(owner, {{QStringLiteral("title"), QStringLiteral("Owner's title")}});
        const QString id = created.value(QStringLiteral("id")).toString();
        ViewClient client;
        client.sync.cachePath = m_dir.filePath(QStringLiteral("rejected.sqlite"));
        QVERIFY(client.start(m_api.server().baseUrl()) && client.sync.signIn(other));
        QTRY_VERIFY_WITH_TIMEOUT(client.sync.has(listing, id), 30'000);

        app::RejectedView view(*client.context);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.show();
        QCOMPARE(view.model()->rowCount(), 0);
        // Someone else's listing: the engine queues it (the cache cannot know), the server refuses.
        QVERIFY(client.engine().updateListing(id, {{QStringLiteral("title"), QStringLiteral("Not yours")}}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 1, 30'000);
        QCOMPARE(client.sync.stateOf(listing, id), SyncState::Rejected);
        const QString reason = view.model()->index(0, app::SyncIssuesModel::ReasonColumn).data().toString();
        QVERIFY2(reason.startsWith(QStringLiteral("forbidden")), qPrintable(reason));
        QVERIFY(view.select(id));
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("reasonLabel"))->text().contains(reason));

        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("discardButton")), Qt::LeftButton);
        QCOMPARE(view.model()->rowCount(), 0);
        QCOMPARE(client.sync.stateOf(listing, id), SyncState::Synced);
        QCOMPARE(client.sync.field(listing, id, QStringLiteral("title")).toString(), QStringLiteral("Owner's title"));
        QCOMPARE(client.sync.outboxCount(), 0);
    }
};

QTEST_MAIN(TestRejectedView)
#include "tst_rejectedview.moc"
