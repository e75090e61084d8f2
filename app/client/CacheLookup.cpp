// SPDX-License-Identifier: Apache-2.0
#include "CacheLookup.h"

#include "EntityTables.h"
#include "LocalStore.h"
#include "roost/Booking.h"
#include "roost/Date.h"
#include "roost/Stay.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace roost::client {

QList<LocalObject> CacheLookup::where(const QString& entity, const QString& column, const QString& value) const
{
    QList<LocalObject> objects;
    const client::EntityTable* table = client::entityTable(entity);
    if (!table)
        return objects;
    bool indexed = false;
    for (const client::IndexedColumn& known : table->columns)
        indexed = indexed || known.column == column;
    if (!indexed)
        return objects; // only the schema's own column names ever reach the SQL text
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, data, sync_state, sync_error FROM %1 WHERE %2 = ? AND deleted = 0 ORDER BY rowid")
            .arg(table->table, column));
    query.addBindValue(value);
    if (!query.exec())
        return objects;
    while (query.next()) {
        const QJsonDocument document = QJsonDocument::fromJson(query.value(1).toString().toUtf8());
        if (!document.isObject())
            continue;
        LocalObject object;
        object.entity = entity;
        object.id = query.value(0).toString();
        object.data = document.object();
        object.state = client::parseSyncState(query.value(2).toString()).value_or(SyncState::Synced);
        object.error = query.value(3).toString();
        objects.append(std::move(object));
    }
    return objects;
}

QSet<QDate> CacheLookup::takenNights(const QString& listingId) const
{
    QSet<QDate> nights;
    auto addStay = [&nights](const QJsonObject& data, const char* from, const char* to) {
        const auto start = parseDate(data.value(QLatin1String(from)).toString());
        const auto end = parseDate(data.value(QLatin1String(to)).toString());
        if (!start || !end)
            return;
        for (QDate night = *start; night < *end; night = night.addDays(1))
            nights.insert(night);
    };
    for (const LocalObject& block : where(QStringLiteral("block"), QStringLiteral("listing_id"), listingId))
        addStay(block.data, "start_date", "end_date");
    for (const LocalObject& booking :
        where(QStringLiteral("booking"), QStringLiteral("listing_id"), listingId)) {
        const QString status = booking.data.value(QStringLiteral("status")).toString();
        const auto parsed = parseBookingStatus(status);
        // A booking made offline has no status until the server answers, and holds its nights.
        if (status.isEmpty() || (parsed && occupiesDates(*parsed)))
            addStay(booking.data, "check_in", "check_out");
    }
    return nights;
}

} // namespace roost::client
