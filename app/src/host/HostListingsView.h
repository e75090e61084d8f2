// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace roost::app {

class AppContext;
class ListingEditor;
class ObjectTableModel;
class ObjectTableView;

/// The signed-in host's listings (from the cache, every status) with their sync state, and the
/// host's actions on them: new, edit, publish/unpublish and delete.
class HostListingsView final : public QWidget
{
    Q_OBJECT

public:
    explicit HostListingsView(AppContext& context, QWidget* parent = nullptr);

    ObjectTableModel* model() const { return m_model; }
    /// The editor open now, if any.
    ListingEditor* editor() const;
    /// The selected listing's id (empty when none).
    QString selectedId() const;
    void selectListing(const QString& id);

    void openEditor(const QString& listingId);

private:
    void reload();
    void updateButtons();
    void setStatus(const QString& listingStatus);
    void confirmDelete();

    AppContext& m_context;
    ObjectTableModel* m_model = nullptr;
    ObjectTableView* m_table = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_publish = nullptr;
    QPushButton* m_unpublish = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_message = nullptr;
    QPointer<ListingEditor> m_editor;
};

} // namespace roost::app
