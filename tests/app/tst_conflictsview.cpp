// SPDX-License-Identifier: Apache-2.0
// Conflicts made by two clients of one host, shown field by field and resolved by the buttons.
#include "ShellFixture.h"

#include "ui/ConflictsView.h"
#include "ui/SyncIssuesModel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace roost;
using namespace roost::test;
using client::SyncState;

namespace {

const QString kListing = QStringLiteral("listing");
const QString kTitle = QStringLiteral("title");
constexpr int kTimeout = 30'000;

} // namespace

class TestConflictsView : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    QTemporaryDir m_dir;
    TestUser m_host;
    ViewClient m_laptop;
    ViewClient m_desktop;

    /// The laptop renames `id` and gets it through; then the desktop, which has not seen that,
    /// renames it too: a conflict on the desktop.
    void makeConflict(const QString& id, const QString& theirs, const QString& mine)
    {
        QVERIFY(m_laptop.engine().updateListing(id, {{kTitle, theirs}}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_laptop.sync.outboxCount(), 0, kTimeout);
        QVERIFY(m_desktop.engine().updateListing(id, {{kTitle, mine}}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop.sync.stateOf(kListing, id), SyncState::Conflicted, kTimeout);
    }

    QString serverTitle(const QString& id)
    {
        return m_api.http().get(QStringLiteral("/api/v1/listings/") + id, m_host.accessToken).json().value(kTitle).toString();
    }

    QString newListing(const QString& title)
    {
        const QString id = m_api.createListing(m_host, {{kTitle, title}}).value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            return id;
        m_laptop.sync.sync();
        m_desktop.sync.sync();
        return id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(startShellTest(m_api, m_dir));
        m_host = m_api.registerUser(QStringLiteral("Two Device Host"));
        m_laptop.sync.cachePath = m_dir.filePath(QStringLiteral("laptop.sqlite"));
        m_desktop.sync.cachePath = m_dir.filePath(QStringLiteral("desktop.sqlite"));
        QVERIFY(m_laptop.start(m_api.server().baseUrl()) && m_laptop.sync.signIn(m_host));
        QVERIFY(m_desktop.start(m_api.server().baseUrl()) && m_desktop.sync.signIn(m_host));
    }

    void keepMineSendsMineAgain()
    {
        const QString id = newListing(QStringLiteral("Original"));
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_desktop.sync.has(kListing, id), kTimeout);
        app::ConflictsView view(*m_desktop.context);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.show();
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("emptyLabel"))->isVisible());
        QSignalSpy counted(&view, &app::SyncIssuesView::countChanged);

        makeConflict(id, QStringLiteral("Laptop's title"), QStringLiteral("Desktop's title"));
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 1, kTimeout);
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("emptyLabel"))->isHidden());
        QVERIFY(!counted.isEmpty());
        QCOMPARE(counted.last().first().toInt(), 1);
        QVERIFY(view.select(id));
        // Mine beside theirs, field by field.
        auto* fields = view.findChild<QTableWidget*>(QStringLiteral("fieldTable"));
        QList<QStringList> rows;
        for (int row = 0; row < fields->rowCount(); ++row)
            rows.append({fields->item(row, 0)->text(), fields->item(row, 1)->text(), fields->item(row, 2)->text()});
        QVERIFY2(rows.contains(QStringList{kTitle, QStringLiteral("Desktop's title"), QStringLiteral("Laptop's title")}),
                 qPrintable(QString::number(rows.size())));

        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("keepMineButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop.sync.stateOf(kListing, id), SyncState::Synced, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 0, kTimeout);
        QCOMPARE(serverTitle(id), QStringLiteral("Desktop's title"));
    }

    void takeTheirsForSeveralAtOnce()
    {
        const QString first = newListing(QStringLiteral("First"));
        const QString second = newListing(QStringLiteral("Second"));
        QTRY_VERIFY_WITH_TIMEOUT(m_desktop.sync.has(kListing, first) && m_desktop.sync.has(kListing, second), kTimeout);
        app::ConflictsView view(*m_desktop.context);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.show();
        makeConflict(first, QStringLiteral("Theirs 1"), QStringLiteral("Mine 1"));
        makeConflict(second, QStringLiteral("Theirs 2"), QStringLiteral("Mine 2"));
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 2, kTimeout);
        auto* takeTheirs = view.findChild<QPushButton*>(QStringLiteral("takeTheirsButton"));
        QVERIFY(!takeTheirs->isEnabled()); // two rows, none selected
        QVERIFY(view.select(first));
        QVERIFY(view.select(second, true));
        QCOMPARE(view.selectedIds().size(), 2);
        QVERIFY(takeTheirs->isEnabled());

        QTest::mouseClick(takeTheirs, Qt::LeftButton);
        QCOMPARE(view.model()->rowCount(), 0);
        QCOMPARE(m_desktop.sync.field(kListing, first, kTitle).toString(), QStringLiteral("Theirs 1"));
        QCOMPARE(m_desktop.sync.field(kListing, second, kTitle).toString(), QStringLiteral("Theirs 2"));
        QCOMPARE(m_desktop.sync.outboxCount(), 0);
        QVERIFY(m_desktop.sync.sync());
        QCOMPARE(serverTitle(first), QStringLiteral("Theirs 1"));
        QCOMPARE(serverTitle(second), QStringLiteral("Theirs 2"));
    }
};

QTEST_MAIN(TestConflictsView)
#include "tst_conflictsview.moc"
