// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTableView>

namespace roost::app {

class ObjectTableModel;

/// A read-only table of cached objects, one selected row at a time, that keeps its selection
/// by object id across the model resets of a cache reload.
class ObjectTableView final : public QTableView
{
    Q_OBJECT

public:
    ObjectTableView(
        ObjectTableModel* model, const QString& name, const QString& accessibleName, QWidget* parent = nullptr);

    /// The selected object's id (empty when none).
    QString selectedId() const;
    /// Selects the row of `id`, or nothing when no row has it.
    void selectId(const QString& id);

private:
    ObjectTableModel* m_model;
};

} // namespace roost::app
