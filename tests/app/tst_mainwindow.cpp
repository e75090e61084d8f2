// SPDX-License-Identifier: Apache-2.0
// The main window against a real roost-server: every page reachable by clicking the navigation
// and by Ctrl+N, detail pages with Back, and geometry and page restored on the next start.
#include "ShellFixture.h"

#include "ui/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QStackedWidget>
#include <QTreeWidget>

using namespace roost;
using namespace roost::test;

namespace {

QTreeWidgetItem* navigationItem(QTreeWidget* navigation, const QString& text)
{
    const auto found = navigation->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? nullptr : found.first();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    QTemporaryDir m_dir;
    ViewClient m_client;

    /// A window with three pages in two sections (added out of order: navigation sorts by section).
    std::unique_ptr<app::MainWindow> newWindow()
    {
        auto window = std::make_unique<app::MainWindow>(*m_client.context);
        window->addPage(app::MainWindow::Section::Sync, QStringLiteral("sync-a"), QStringLiteral("Sync A"),
                        new QLabel(QStringLiteral("a")));
        window->addPage(app::MainWindow::Section::Guest, QStringLiteral("guest-b"), QStringLiteral("Guest B"),
                        new QLabel(QStringLiteral("b")));
        window->addPage(app::MainWindow::Section::Sync, QStringLiteral("sync-c"), QStringLiteral("Sync C"),
                        new QLabel(QStringLiteral("c")));
        return window;
    }

    static QWidget* current(app::MainWindow& window)
    {
        return window.findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(startShellTest(m_api, m_dir));
        m_client.sync.cachePath = m_dir.filePath(QStringLiteral("cache.sqlite"));
        QVERIFY(m_client.start(m_api.server().baseUrl()));
        QVERIFY(m_client.sync.signIn(m_api.registerUser(QStringLiteral("Window User"))));
    }

    void everyPageIsReachableByClickAndByCtrlNumber()
    {
        auto window = newWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QCOMPARE(window->pageKeys(), (QStringList{QStringLiteral("guest-b"), QStringLiteral("sync-a"), QStringLiteral("sync-c")}));
        auto* navigation = window->findChild<QTreeWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        // Sections with pages are shown; the host section has none and is not.
        QVERIFY(navigationItem(navigation, QStringLiteral("Guest")) && !navigationItem(navigation, QStringLiteral("Guest"))->isHidden());
        QVERIFY(navigationItem(navigation, QStringLiteral("Host"))->isHidden());

        for (const QString& title : {QStringLiteral("Sync C"), QStringLiteral("Guest B"), QStringLiteral("Sync A")}) {
            QTreeWidgetItem* item = navigationItem(navigation, title);
            QVERIFY(item);
            const QRect rect = navigation->visualItemRect(item);
            QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
            QCOMPARE(qobject_cast<QLabel*>(current(*window))->text(), title.right(1).toLower());
            QCOMPARE(window->findChild<QLabel*>(QStringLiteral("pageTitle"))->text(), title);
        }
        // Ctrl+1 is the first page in navigation order, whatever order the pages were added in.
        const QStringList keys = window->pageKeys();
        for (int i = keys.size() - 1; i >= 0; --i) {
            QTest::keyClick(window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(window->currentPageKey(), keys.at(i));
            QCOMPARE(current(*window), window->page(keys.at(i)));
        }
        // A section heading is not a page: clicking it changes nothing.
        QTreeWidgetItem* heading = navigationItem(navigation, QStringLiteral("Sync"));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(heading).center());
        QCOMPARE(window->currentPageKey(), keys.first());
    }

    void aRequestedListingOpensADetailPageThatBackCloses()
    {
        auto window = newWindow();
        QString opened;
        window->setListingPageFactory([&opened](const QString& id, QWidget* parent) {
            opened = id;
            auto* page = new QLabel(QStringLiteral("listing ") + id, parent);
            page->setObjectName(QStringLiteral("detail"));
            return page;
        });
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QVERIFY(window->showPage(QStringLiteral("sync-a")));
        auto* back = window->findChild<QWidget*>(QStringLiteral("backButton"));
        QVERIFY(back && back->isHidden());

        Q_EMIT m_client.context->listingRequested(QStringLiteral("L1"));
        QCOMPARE(opened, QStringLiteral("L1"));
        QVERIFY(window->hasDetail());
        QCOMPARE(current(*window)->objectName(), QStringLiteral("detail"));
        QVERIFY(back->isVisible());
        QTest::keyClick(window.get(), Qt::Key_Escape);
        QVERIFY(!window->hasDetail());
        QCOMPARE(current(*window), window->page(QStringLiteral("sync-a")));

        Q_EMIT m_client.context->listingRequested(QStringLiteral("L2"));
        QVERIFY(window->hasDetail());
        QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
        QVERIFY(!window->hasDetail());
        Q_EMIT m_client.context->listingRequested(QStringLiteral("L3"));
        QTest::mouseClick(back, Qt::LeftButton);
        QVERIFY(!window->hasDetail());
        QVERIFY(back->isHidden());
        // Without a factory a booking request opens nothing (and does not crash).
        Q_EMIT m_client.context->bookingRequested(QStringLiteral("B1"));
        QVERIFY(!window->hasDetail());
    }

    void geometryAndPageAreRestoredOnTheNextStart()
    {
        const QRect wanted(40, 50, 900, 640);
        {
            auto window = newWindow();
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            window->setGeometry(wanted);
            QTRY_COMPARE(window->geometry().size(), wanted.size());
            QVERIFY(window->showPage(QStringLiteral("sync-c")));
            window->close(); // saves, as quitting does
        }
        auto window = newWindow();
        QVERIFY(window->currentPageKey() != QStringLiteral("sync-c"));
        window->restoreSettings();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->currentPageKey(), QStringLiteral("sync-c"));
        QCOMPARE(window->geometry().size(), wanted.size());
    }

    void aPageCountShowsBesideItsTitle()
    {
        auto window = newWindow();
        auto* navigation = window->findChild<QTreeWidget*>(QStringLiteral("navigation"));
        window->setPageCount(QStringLiteral("sync-c"), 3);
        QVERIFY(navigationItem(navigation, QStringLiteral("Sync C (3)")));
        window->setPageCount(QStringLiteral("sync-c"), 0);
        QVERIFY(navigationItem(navigation, QStringLiteral("Sync C")));
    }

    void syncNowIsInTheMenuWithF5()
    {
        auto window = newWindow();
        auto* action = window->findChild<QAction*>(QStringLiteral("syncNowAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F5));
        QSignalSpy started(&m_client.engine(), &client::SyncEngine::syncStarted);
        action->trigger();
        QVERIFY(started.wait(10'000));
        for (const char* name : {"signOutAction", "profileAction", "settingsAction", "quitAction"})
            QVERIFY2(window->findChild<QAction*>(QLatin1String(name)), name);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
