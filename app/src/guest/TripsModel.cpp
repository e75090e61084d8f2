// SPDX-License-Identifier: Apache-2.0
#include "guest/TripsModel.h"

#include "LocalStore.h"
#include "common/Format.h"
#include "common/SyncBadge.h"
#include "CacheLookup.h"
#include "roost/Date.h"

#include <algorithm>

namespace roost::app {

TripsModel::TripsModel(const client::LocalStore& store, Period period, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_period(period)
{ }

void TripsModel::reload(const QString& guestId, const QDate& today)
{
    QList<Row> rows;
    if (!guestId.isEmpty()) {
        for (client::LocalObject& booking :
            client::CacheLookup(m_store).where(QStringLiteral("booking"), QStringLiteral("guest_id"), guestId)) {
            const QDate checkOut
                = parseDate(booking.data.value(QStringLiteral("check_out")).toString()).value_or(QDate());
            // A stay is past once its last night is; "completed" is past whatever the dates say.
            const bool past = (checkOut.isValid() && checkOut <= today)
                || booking.data.value(QStringLiteral("status")).toString() == QLatin1String("completed");
            if (past != (m_period == Period::Past))
                continue;
            const auto listing = m_store.object(
                QStringLiteral("listing"), booking.data.value(QStringLiteral("listing_id")).toString());
            const QString title
                = listing ? listing->data.value(QStringLiteral("title")).toString() : tr("(listing not in the cache)");
            rows.append({ std::move(booking), title });
        }
    }
    const bool upcoming = m_period == Period::Upcoming;
    std::sort(rows.begin(), rows.end(), [upcoming](const Row& a, const Row& b) {
        const QString left = a.booking.data.value(QStringLiteral("check_in")).toString();
        const QString right = b.booking.data.value(QStringLiteral("check_in")).toString();
        return upcoming ? left < right : left > right; // ISO dates order as text
    });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int TripsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TripsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TripsModel::statusText(const QString& status)
{
    if (status == QLatin1String("pending_payment"))
        return tr("Awaiting payment");
    if (status == QLatin1String("awaiting_host"))
        return tr("Waiting for the host");
    if (status == QLatin1String("confirmed"))
        return tr("Confirmed");
    if (status == QLatin1String("declined"))
        return tr("Declined");
    if (status == QLatin1String("expired"))
        return tr("Expired");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (status == QLatin1String("completed"))
        return tr("Completed");
    return tr("Not sent yet");
}

QVariant TripsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const QJsonObject& data = row.booking.data;
    if (role == BookingIdRole)
        return row.booking.id;
    if (role == StatusRole)
        return data.value(QStringLiteral("status")).toString();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ListingColumn:
        return row.listingTitle;
    case DatesColumn:
        return formatStay(parseDate(data.value(QStringLiteral("check_in")).toString()).value_or(QDate()),
            parseDate(data.value(QStringLiteral("check_out")).toString()).value_or(QDate()));
    case StatusColumn:
        return statusText(data.value(QStringLiteral("status")).toString());
    case SyncColumn: {
        const QString badge = SyncBadge::text(row.booking.state);
        return row.booking.error.isEmpty() ? badge : tr("%1: %2").arg(badge, row.booking.error);
    }
    default:
        return {};
    }
}

QVariant TripsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ListingColumn:
        return tr("Stay");
    case DatesColumn:
        return tr("Dates");
    case StatusColumn:
        return tr("Status");
    case SyncColumn:
        return tr("Sync");
    default:
        return {};
    }
}

} // namespace roost::app
