// SPDX-License-Identifier: Apache-2.0
#include "ui/SyncIssuesModel.h"

#include "common/SyncBadge.h"

#include "LocalStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace roost::app {
namespace {

QString entityName(const QString& entity)
{
    if (entity == QLatin1String("listing"))
        return SyncIssuesModel::tr("Listing");
    if (entity == QLatin1String("block"))
        return SyncIssuesModel::tr("Blocked dates");
    if (entity == QLatin1String("booking"))
        return SyncIssuesModel::tr("Booking");
    if (entity == QLatin1String("review"))
        return SyncIssuesModel::tr("Review");
    if (entity == QLatin1String("user"))
        return SyncIssuesModel::tr("Profile");
    if (entity == QLatin1String("payment"))
        return SyncIssuesModel::tr("Payment");
    if (entity == QLatin1String("payout"))
        return SyncIssuesModel::tr("Payout");
    return entity;
}

QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return SyncIssuesModel::tr("(empty)");
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? SyncIssuesModel::tr("yes") : SyncIssuesModel::tr("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace

SyncIssuesModel::SyncIssuesModel(client::LocalStore& store, client::SyncState state, QObject* parent)
    : QAbstractTableModel(parent), m_store(store), m_state(state)
{
    reload();
}

void SyncIssuesModel::reload()
{
    beginResetModel();
    m_objects = m_store.objectsInState(m_state);
    endResetModel();
}

int SyncIssuesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_objects.size());
}

int SyncIssuesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncIssuesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::LocalObject& object = m_objects.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == ObjectColumn ? describe(object) : object.error;
    case Qt::ToolTipRole:
        return SyncBadge::toolTip(object.state, object.error);
    case Qt::DecorationRole:
        return index.column() == ObjectColumn ? QVariant(SyncBadge::icon(object.state)) : QVariant();
    case IdRole:
        return object.id;
    case EntityRole:
        return object.entity;
    default:
        return {};
    }
}

QVariant SyncIssuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == ObjectColumn ? tr("Changed item") : tr("Server's reason");
}

QString SyncIssuesModel::describe(const client::LocalObject& object)
{
    QString name = object.data.value(QStringLiteral("title")).toString();
    if (name.isEmpty())
        name = object.data.value(QStringLiteral("display_name")).toString();
    if (name.isEmpty() && object.entity == QLatin1String("booking"))
        name = tr("%1 to %2").arg(object.data.value(QStringLiteral("check_in")).toString(),
                                  object.data.value(QStringLiteral("check_out")).toString());
    if (name.isEmpty() && object.entity == QLatin1String("block"))
        name = tr("%1 to %2").arg(object.data.value(QStringLiteral("start_date")).toString(),
                                  object.data.value(QStringLiteral("end_date")).toString());
    if (name.isEmpty())
        name = object.id.left(8) + QStringLiteral("…");
    return tr("%1 “%2”").arg(entityName(object.entity), name);
}

QList<FieldDifference> SyncIssuesModel::differences(const client::LocalObject& object)
{
    const QJsonObject theirs = object.serverData.value_or(QJsonObject());
    QStringList fields = object.data.keys();
    for (const QString& key : theirs.keys()) {
        if (!fields.contains(key))
            fields.append(key);
    }
    fields.sort();
    QList<FieldDifference> found;
    for (const QString& field : fields) {
        const QJsonValue mine = object.data.value(field);
        const QJsonValue their = theirs.value(field);
        if (object.serverData && mine == their)
            continue;
        found.append({field, valueText(mine), object.serverData ? valueText(their) : tr("(not on the server)")});
    }
    return found;
}

} // namespace roost::app
