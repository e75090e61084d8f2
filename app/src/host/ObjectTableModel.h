// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LocalObject.h"

#include <QAbstractTableModel>
#include <QList>
#include <functional>

namespace roost::app {

/// A read-only table of cached objects whose columns are given as functions of an object. The
/// host's views each show a few lists of cached objects; one model with column functions keeps
/// each view's table to a few lines instead of one model class per table.
class ObjectTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// The object's id, in every column.
    static constexpr int IdRole = Qt::UserRole + 1;

    struct Column {
        QString title;
        std::function<QVariant(const client::LocalObject&)> display;
    };

    explicit ObjectTableModel(QList<Column> columns, QObject* parent = nullptr);

    /// Replaces every row (a reset: the cache is re-read as a whole on each change).
    void setObjects(QList<client::LocalObject> objects);
    const QList<client::LocalObject>& objects() const { return m_objects; }
    /// The row's object, or nullptr outside the table.
    const client::LocalObject* objectAt(int row) const;
    /// The row of the object with `id`, or -1.
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Column> m_columns;
    QList<client::LocalObject> m_objects;
};

} // namespace roost::app
