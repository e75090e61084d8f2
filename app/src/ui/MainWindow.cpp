// SPDX-License-Identifier: Apache-2.0
#include "ui/MainWindow.h"

#include "common/AppContext.h"
#include "ui/ProfileDialog.h"
#include "ui/SyncStatusWidget.h"

#include "SyncEngine.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWindow, "roost.app.window")

namespace roost::app {
namespace {

constexpr int kKeyRole = Qt::UserRole;
constexpr int kMaxShortcuts = 9;
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kPageKey = QStringLiteral("window/page");

} // namespace

MainWindow::MainWindow(AppContext& context, QWidget* parent) : QMainWindow(parent), m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Roost"));

    m_navigation = new QTreeWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setHeaderHidden(true);
    m_navigation->setRootIsDecorated(false);
    m_navigation->setItemsExpandable(false);
    m_navigation->setMinimumWidth(180);
    for (const auto& [section, title] : {std::pair{Section::Guest, tr("Guest")}, std::pair{Section::Host, tr("Host")},
                                         std::pair{Section::Sync, tr("Sync")}}) {
        auto* item = new QTreeWidgetItem(m_navigation, {title});
        // A heading: shown, never selected.
        item->setFlags(Qt::ItemIsEnabled);
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
        item->setHidden(true);
        m_sections.insert(section, item);
    }
    connect(m_navigation, &QTreeWidget::currentItemChanged, this, &MainWindow::onNavigationChanged);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    m_back = new QToolButton(content);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setAccessibleName(tr("Back"));
    m_back->setText(tr("‹ Back"));
    m_back->setToolTip(tr("Back (Alt+Left or Esc)"));
    m_back->setVisible(false);
    connect(m_back, &QToolButton::clicked, this, &MainWindow::back);
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    header->addWidget(m_back);
    header->addWidget(m_title, 1);
    contentLayout->addLayout(header);
    m_stack = new QStackedWidget(content);
    m_stack->setObjectName(QStringLiteral("pages"));
    contentLayout->addWidget(m_stack, 1);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(content);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
    setTabOrder(m_navigation, m_back);

    m_syncStatus = new SyncStatusWidget(context, this);
    statusBar()->addPermanentWidget(m_syncStatus, 1);

    buildMenus();
    // The hook for detail pages: views ask through the context, this window decides what opens.
    connect(&context, &AppContext::listingRequested, this,
            [this](const QString& id) { showRequested(m_listingFactory, id, tr("Listing")); });
    connect(&context, &AppContext::bookingRequested, this,
            [this](const QString& id) { showRequested(m_bookingFactory, id, tr("Booking")); });
    resize(1100, 720);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&Roost"));
    QAction* sync = file->addAction(tr("&Sync now"), this, [this] { m_context.engine().syncNow(); });
    sync->setObjectName(QStringLiteral("syncNowAction"));
    sync->setShortcut(Qt::Key_F5);
    QAction* profile = file->addAction(tr("&Profile…"), this, &MainWindow::openProfile);
    profile->setObjectName(QStringLiteral("profileAction"));
    QAction* settings = file->addAction(tr("S&ettings…"), this, &MainWindow::settingsRequested);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction* signOut = file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    m_goMenu = menuBar()->addMenu(tr("&Go"));
    m_backAction = m_goMenu->addAction(tr("&Back"), this, &MainWindow::back);
    m_backAction->setObjectName(QStringLiteral("backAction"));
    m_backAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Escape)});
    m_backAction->setEnabled(false);
    m_goMenu->addSeparator();
}

void MainWindow::addPage(Section section, const QString& key, const QString& title, QWidget* page)
{
    Q_ASSERT(!this->page(key));
    page->setParent(m_stack);
    m_stack->addWidget(page);
    QTreeWidgetItem* heading = m_sections.value(section);
    heading->setHidden(false);
    heading->setExpanded(true);
    auto* item = new QTreeWidgetItem(heading, {title});
    item->setData(0, kKeyRole, key);
    auto* action = m_goMenu->addAction(title, this, [this, key] { showPage(key); });
    action->setObjectName(key + QStringLiteral("Action"));
    // Navigation order is section order, whatever order pages arrive in.
    m_pages.append({key, title, page, item, action});
    std::stable_sort(m_pages.begin(), m_pages.end(), [this](const Page& a, const Page& b) {
        return m_navigation->indexOfTopLevelItem(a.item->parent()) < m_navigation->indexOfTopLevelItem(b.item->parent());
    });
    updateShortcuts();
    if (m_currentKey.isEmpty())
        showPage(key);
}

void MainWindow::updateShortcuts()
{
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        const Page& page = m_pages.at(i);
        page.action->setShortcut(i < kMaxShortcuts ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)) : QKeySequence());
        page.item->setToolTip(0, page.action->shortcut().toString(QKeySequence::NativeText));
        m_goMenu->removeAction(page.action);
        m_goMenu->addAction(page.action);
    }
}

QStringList MainWindow::pageKeys() const
{
    QStringList keys;
    for (const Page& page : m_pages)
        keys.append(page.key);
    return keys;
}

QWidget* MainWindow::page(const QString& key) const
{
    for (const Page& page : m_pages) {
        if (page.key == key)
            return page.widget;
    }
    return nullptr;
}

bool MainWindow::showPage(const QString& key)
{
    const auto found = std::find_if(m_pages.cbegin(), m_pages.cend(), [&key](const Page& p) { return p.key == key; });
    if (found == m_pages.cend())
        return false;
    while (back()) {
    }
    const bool changed = m_currentKey != key;
    m_currentKey = key;
    m_stack->setCurrentWidget(found->widget);
    m_navigation->setCurrentItem(found->item);
    updateHeader();
    if (changed)
        Q_EMIT currentPageChanged(key);
    return true;
}

void MainWindow::setPageCount(const QString& key, int count)
{
    for (const Page& page : std::as_const(m_pages)) {
        if (page.key != key)
            continue;
        page.item->setText(0, count > 0 ? tr("%1 (%2)").arg(page.title).arg(count) : page.title);
        QFont font = page.item->font(0);
        font.setBold(count > 0);
        page.item->setFont(0, font);
    }
}

void MainWindow::onNavigationChanged()
{
    const QTreeWidgetItem* item = m_navigation->currentItem();
    const QString key = item ? item->data(0, kKeyRole).toString() : QString();
    if (!key.isEmpty() && key != m_currentKey)
        showPage(key);
}

void MainWindow::showDetail(QWidget* page, const QString& title)
{
    page->setParent(m_stack);
    m_stack->addWidget(page);
    m_stack->setCurrentWidget(page);
    m_details.append({page, title});
    updateHeader();
    page->setFocus();
}

bool MainWindow::hasDetail() const
{
    return !m_details.isEmpty();
}

bool MainWindow::back()
{
    if (m_details.isEmpty())
        return false;
    QWidget* top = m_details.takeLast().first;
    m_stack->removeWidget(top);
    top->deleteLater();
    if (!m_details.isEmpty())
        m_stack->setCurrentWidget(m_details.last().first);
    else if (QWidget* current = page(m_currentKey))
        m_stack->setCurrentWidget(current);
    updateHeader();
    return true;
}

void MainWindow::updateHeader()
{
    QString title;
    if (!m_details.isEmpty()) {
        title = m_details.last().second;
    } else {
        for (const Page& page : m_pages) {
            if (page.key == m_currentKey)
                title = page.title;
        }
    }
    m_title->setText(title);
    m_back->setVisible(!m_details.isEmpty());
    m_backAction->setEnabled(!m_details.isEmpty());
    setWindowTitle(title.isEmpty() ? tr("Roost") : tr("%1 — Roost").arg(title));
}

void MainWindow::showRequested(const DetailFactory& factory, const QString& id, const QString& title)
{
    if (!factory) {
        qCInfo(lcWindow) << "no page opens" << title << id;
        return;
    }
    if (QWidget* page = factory(id, m_stack))
        showDetail(page, title);
}

void MainWindow::openProfile()
{
    auto* dialog = new ProfileDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    const QString key = settings.value(kPageKey).toString();
    if (!key.isEmpty())
        showPage(key);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kPageKey, m_currentKey);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace roost::app
