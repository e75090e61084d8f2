// SPDX-License-Identifier: Apache-2.0
#include "EntityTables.h"

namespace roost::client {

namespace {

IndexedColumn text(const char* name)
{
    return {QString::fromLatin1(name), QString::fromLatin1(name), false};
}

IndexedColumn integer(const char* name)
{
    return {QString::fromLatin1(name), QString::fromLatin1(name), true};
}

} // namespace

QVariantList EntityTable::values(const QJsonObject& data) const
{
    QVariantList values;
    for (const IndexedColumn& column : columns) {
        const QJsonValue value = data.value(column.jsonKey);
        if (column.integer)
            values.append(value.isDouble() ? QVariant(value.toInteger()) : QVariant(QMetaType::fromType<qint64>()));
        else
            values.append(value.isString() ? QVariant(value.toString()) : QVariant(QMetaType::fromType<QString>()));
    }
    return values;
}

const QList<EntityTable>& entityTables()
{
    // The columns are what the views filter and join on offline; everything else stays in `data`.
    static const QList<EntityTable> tables{
        {QStringLiteral("listing"),
         QStringLiteral("listings"),
         {text("host_id"), text("city"), text("country"), text("status"), integer("nightly_price"),
          integer("max_guests"), text("title")}},
        {QStringLiteral("block"), QStringLiteral("blocks"), {text("listing_id"), text("start_date"), text("end_date")}},
        {QStringLiteral("booking"),
         QStringLiteral("bookings"),
         {text("listing_id"), text("guest_id"), text("host_id"), text("status"), text("check_in"), text("check_out")}},
        {QStringLiteral("payment"), QStringLiteral("payments"), {text("booking_id"), text("status")}},
        {QStringLiteral("payout"), QStringLiteral("payouts"), {text("booking_id"), text("listing_id"), text("status")}},
        {QStringLiteral("review"),
         QStringLiteral("reviews"),
         {text("booking_id"), text("listing_id"), text("author_id"), integer("rating")}},
        {QStringLiteral("user"), QStringLiteral("users"), {text("display_name")}},
    };
    return tables;
}

const EntityTable* entityTable(const QString& entity)
{
    for (const EntityTable& table : entityTables()) {
        if (table.entity == entity)
            return &table;
    }
    return nullptr;
}

} // namespace roost::client
