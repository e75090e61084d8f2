// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMap>
#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace roost::app {

class AppContext;
class SyncStatusWidget;

/// The application window: navigation by section on the left, the current page on the right,
/// detail pages (a listing opened from Explore) stacked over it with Back, the sync status in
/// the status bar. Pages are plain widgets given to addPage(); the window owns them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Section { Guest, Host, Sync };

    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);

    /// Adds a page under `section` (pages keep the order they are added in; Ctrl+1..9 follow it).
    /// `key` names it in settings and screenshots; `title` is shown.
    void addPage(Section section, const QString& key, const QString& title, QWidget* page);
    /// Every page's key, in navigation order.
    QStringList pageKeys() const;
    QWidget* page(const QString& key) const;
    /// Shows a page (closing any detail pages); false for an unknown key.
    bool showPage(const QString& key);
    QString currentPageKey() const { return m_currentKey; }

    /// Shows `page` over the current one (the window takes it); Back returns and deletes it.
    void showDetail(QWidget* page, const QString& title);
    bool hasDetail() const;
    /// Closes the top detail page; false when none is open.
    bool back();

    /// What a view's request to open a listing or a booking shows: a page made by `factory`.
    /// Without one the request is ignored (logged).
    using DetailFactory = std::function<QWidget*(const QString& id, QWidget* parent)>;
    void setListingPageFactory(DetailFactory factory) { m_listingFactory = std::move(factory); }
    void setBookingPageFactory(DetailFactory factory) { m_bookingFactory = std::move(factory); }

    /// Shows `count` beside a page's title in the navigation (none when 0): e.g. open conflicts.
    void setPageCount(const QString& key, int count);

    /// Restores the saved geometry, window state and page (call after adding the pages).
    void restoreSettings();
    void saveSettings() const;

    SyncStatusWidget* syncStatus() const { return m_syncStatus; }

Q_SIGNALS:
    void signOutRequested();
    void settingsRequested();
    void currentPageChanged(const QString& key);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct Page {
        QString key;
        QString title;
        QWidget* widget = nullptr;
        QTreeWidgetItem* item = nullptr;
        QAction* action = nullptr;
    };

    void buildMenus();
    void updateShortcuts();
    void onNavigationChanged();
    void openProfile();
    void showRequested(const DetailFactory& factory, const QString& id, const QString& title);
    void updateHeader();

    AppContext& m_context;
    QTreeWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_title = nullptr;
    QToolButton* m_back = nullptr;
    QMenu* m_goMenu = nullptr;
    QAction* m_backAction = nullptr;
    SyncStatusWidget* m_syncStatus = nullptr;
    QMap<Section, QTreeWidgetItem*> m_sections;
    QList<Page> m_pages;
    QList<std::pair<QWidget*, QString>> m_details; ///< open detail pages with their titles, top last
    QString m_currentKey;
    DetailFactory m_listingFactory;
    DetailFactory m_bookingFactory;
};

} // namespace roost::app
