// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LocalObject.h"

#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace roost::app {

class AppContext;
class SyncIssuesModel;

/// What ConflictsView and RejectedView share: the objects in one sync state (several may be
/// selected), the selected object's fields mine beside the server's, and a row of actions that
/// apply to every selected object.
class SyncIssuesView : public QWidget
{
    Q_OBJECT

public:
    SyncIssuesView(AppContext& context, client::SyncState state, QWidget* parent = nullptr);

    SyncIssuesModel* model() const { return m_model; }
    /// Ids of the selected objects (all of them when the list has one row and nothing is selected).
    QStringList selectedIds() const;
    /// Selects the row of `id`, adding to the selection when `add`.
    bool select(const QString& id, bool add = false);

Q_SIGNALS:
    /// How many objects are listed, after every reload (for the navigation's count).
    void countChanged(int count);

protected:
    /// An action button for the selected objects; `resolve` is applied to each id.
    QPushButton* addAction(const QString& objectName, const QString& text, std::function<bool(const QString&)> resolve);
    void setEmptyText(const QString& text);
    AppContext& context() const { return m_context; }

private:
    void reload();
    void showSelection();

    AppContext& m_context;
    SyncIssuesModel* m_model = nullptr;
    QTableView* m_list = nullptr;
    QTableWidget* m_fields = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_reason = nullptr;
    QHBoxLayout* m_actions = nullptr;
    QList<QPushButton*> m_buttons;
};

} // namespace roost::app
