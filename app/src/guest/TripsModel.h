// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LocalObject.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QJsonObject>
#include <QList>

namespace roost::client {
class LocalStore;
}

namespace roost::app {

/// The signed-in user's own stays as guest, from the cache: either the upcoming ones or the
/// past ones, soonest first (past: latest first), with status and sync badge.
class TripsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ListingColumn, DatesColumn, StatusColumn, SyncColumn, ColumnCount };
    enum Role {
        BookingIdRole = Qt::UserRole + 1,
        StatusRole, ///< the wire status (`pending_payment`, …)
    };
    enum class Period { Upcoming, Past };

    TripsModel(const client::LocalStore& store, Period period, QObject* parent = nullptr);

    /// Reads the cache again for `guestId` as of `today`.
    void reload(const QString& guestId, const QDate& today);
    /// The cached booking of `row` (with its sync state).
    const client::LocalObject& booking(int row) const { return m_rows.at(row).booking; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const QString& status);

private:
    struct Row {
        client::LocalObject booking;
        QString listingTitle;
    };

    const client::LocalStore& m_store;
    Period m_period;
    QList<Row> m_rows;
};

} // namespace roost::app
