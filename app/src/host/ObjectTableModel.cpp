// SPDX-License-Identifier: Apache-2.0
#include "host/ObjectTableModel.h"

namespace roost::app {

ObjectTableModel::ObjectTableModel(QList<Column> columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columns(std::move(columns))
{ }

void ObjectTableModel::setObjects(QList<client::LocalObject> objects)
{
    beginResetModel();
    m_objects = std::move(objects);
    endResetModel();
}

const client::LocalObject* ObjectTableModel::objectAt(int row) const
{
    return row >= 0 && row < m_objects.size() ? &m_objects[row] : nullptr;
}

int ObjectTableModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_objects.size(); ++row) {
        if (m_objects[row].id == id)
            return row;
    }
    return -1;
}

int ObjectTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_objects.size());
}

int ObjectTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ObjectTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::LocalObject& object = m_objects[index.row()];
    if (role == IdRole)
        return object.id;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return m_columns[index.column()].display(object);
    // Why the server refused or conflicted with a local change, wherever the row is pointed at.
    if (role == Qt::ToolTipRole && object.state != client::SyncState::Synced && !object.error.isEmpty())
        return object.error;
    return {};
}

QVariant ObjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
        return {};
    return m_columns[section].title;
}

} // namespace roost::app
