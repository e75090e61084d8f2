// SPDX-License-Identifier: Apache-2.0
#include "host/ObjectTableView.h"

#include "host/ObjectTableModel.h"

#include <QHeaderView>

namespace roost::app {

ObjectTableView::ObjectTableView(
    ObjectTableModel* model, const QString& name, const QString& accessibleName, QWidget* parent)
    : QTableView(parent)
    , m_model(model)
{
    setObjectName(name);
    setAccessibleName(accessibleName);
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
}

QString ObjectTableView::selectedId() const
{
    const QModelIndexList rows = selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ObjectTableModel::IdRole).toString();
}

void ObjectTableView::selectId(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        selectRow(row);
    else
        clearSelection();
}

} // namespace roost::app
