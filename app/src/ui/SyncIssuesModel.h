// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LocalObject.h"

#include <QAbstractTableModel>
#include <QList>

namespace roost::client {
class LocalStore;
}

namespace roost::app {

/// One changed field of an object in trouble: what the user has and what the server has.
struct FieldDifference {
    QString field;
    QString mine;
    QString theirs;
};

/// The cached objects of every entity in one sync state (conflicted, or rejected), for the
/// Sync pages: what the object is, and the server's reason.
class SyncIssuesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ObjectColumn, ReasonColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole, EntityRole };

    SyncIssuesModel(client::LocalStore& store, client::SyncState state, QObject* parent = nullptr);

    /// Reads the cache again (on SyncEngine::cacheChanged).
    void reload();
    const client::LocalObject& object(int row) const { return m_objects.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "Listing “Canal loft”", "Booking 3f2a…": a person's name for the object.
    static QString describe(const client::LocalObject& object);
    /// Every top-level field whose value differs between mine and the server's (all of mine when
    /// the server has none), sorted by name.
    static QList<FieldDifference> differences(const client::LocalObject& object);

private:
    client::LocalStore& m_store;
    client::SyncState m_state;
    QList<client::LocalObject> m_objects;
};

} // namespace roost::app
