// SPDX-License-Identifier: Apache-2.0
#include "ui/SyncIssuesView.h"

#include "common/AppContext.h"
#include "ui/SyncIssuesModel.h"

#include "SyncEngine.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace roost::app {

SyncIssuesView::SyncIssuesView(AppContext& context, client::SyncState state, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    m_model = new SyncIssuesModel(context.store(), state, this);
    auto* layout = new QVBoxLayout(this);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_empty, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_content = splitter;
    m_list = new QTableView(splitter);
    m_list->setObjectName(QStringLiteral("issueList"));
    m_list->setAccessibleName(tr("Changed items"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->verticalHeader()->hide();
    m_list->setWordWrap(false);

    auto* details = new QWidget(splitter);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_reason = new QLabel(details);
    m_reason->setObjectName(QStringLiteral("reasonLabel"));
    m_reason->setAccessibleName(tr("Server's reason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fields = new QTableWidget(0, 3, details);
    m_fields->setObjectName(QStringLiteral("fieldTable"));
    m_fields->setAccessibleName(tr("Fields, mine and the server's"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Mine"), tr("Server's")});
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->verticalHeader()->hide();
    detailsLayout->addWidget(m_reason);
    detailsLayout->addWidget(m_fields, 1);
    splitter->addWidget(m_list);
    splitter->addWidget(details);
    layout->addWidget(splitter, 1);

    m_actions = new QHBoxLayout;
    m_actions->addStretch(1);
    layout->addLayout(m_actions);

    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SyncIssuesView::showSelection);
    connect(&context.engine(), &client::SyncEngine::cacheChanged, this, &SyncIssuesView::reload);
    reload();
}

QPushButton* SyncIssuesView::addAction(const QString& objectName, const QString& text,
                                       std::function<bool(const QString&)> resolve)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAccessibleName(text);
    connect(button, &QPushButton::clicked, this, [this, resolve = std::move(resolve)] {
        for (const QString& id : selectedIds())
            resolve(id);
        reload();
    });
    m_actions->addWidget(button);
    m_buttons.append(button);
    setTabOrder(m_list, m_buttons.first());
    showSelection();
    return button;
}

void SyncIssuesView::setEmptyText(const QString& text)
{
    m_empty->setText(text);
}

void SyncIssuesView::reload()
{
    // Only what the user selected survives a reload; the implicit single row is not a choice.
    QStringList selected;
    for (const QModelIndex& index : m_list->selectionModel()->selectedRows())
        selected.append(index.data(SyncIssuesModel::IdRole).toString());
    m_model->reload();
    for (const QString& id : selected)
        select(id, true);
    // Nothing to resolve: the sentence alone, not two empty tables.
    m_empty->setVisible(m_model->rowCount() == 0);
    m_content->setVisible(m_model->rowCount() > 0);
    m_list->resizeColumnToContents(SyncIssuesModel::ObjectColumn);
    showSelection();
    Q_EMIT countChanged(m_model->rowCount());
}

QStringList SyncIssuesView::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_list->selectionModel()->selectedRows())
        ids.append(index.data(SyncIssuesModel::IdRole).toString());
    if (ids.isEmpty() && m_model->rowCount() == 1)
        ids.append(m_model->index(0, 0).data(SyncIssuesModel::IdRole).toString());
    return ids;
}

bool SyncIssuesView::select(const QString& id, bool add)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(SyncIssuesModel::IdRole).toString() != id)
            continue;
        const auto flags = (add ? QItemSelectionModel::Select : QItemSelectionModel::ClearAndSelect)
                           | QItemSelectionModel::Rows;
        m_list->selectionModel()->select(index, flags);
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        return true;
    }
    return false;
}

void SyncIssuesView::showSelection()
{
    const QStringList ids = selectedIds();
    for (QPushButton* button : std::as_const(m_buttons))
        button->setEnabled(!ids.isEmpty());
    m_fields->setRowCount(0);
    m_reason->clear();
    if (ids.size() != 1) {
        if (ids.size() > 1)
            m_reason->setText(tr("%n item(s) selected.", nullptr, int(ids.size())));
        return;
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const client::LocalObject& object = m_model->object(row);
        if (object.id != ids.first())
            continue;
        m_reason->setText(object.error.isEmpty() ? SyncIssuesModel::describe(object)
                                                 : tr("%1 — the server says: %2").arg(SyncIssuesModel::describe(object),
                                                                                      object.error));
        const QList<FieldDifference> differences = SyncIssuesModel::differences(object);
        m_fields->setRowCount(int(differences.size()));
        for (int i = 0; i < differences.size(); ++i) {
            m_fields->setItem(i, 0, new QTableWidgetItem(differences.at(i).field));
            m_fields->setItem(i, 1, new QTableWidgetItem(differences.at(i).mine));
            m_fields->setItem(i, 2, new QTableWidgetItem(differences.at(i).theirs));
        }
        m_fields->resizeColumnsToContents();
    }
}

} // namespace roost::app
