// SPDX-License-Identifier: Apache-2.0
#include "EntityTables.h"

namespace roost::client {

namespace {

IndexedColumn column(const char* name, IndexedColumn::Type type)
{
    return {QString::fromLatin1(name), QString::fromLatin1(name), type};
}

IndexedColumn text(const char* name)
{
    return column(name, IndexedColumn::Type::Text);
}

IndexedColumn integer(const char* name)
{
    return column(name, IndexedColumn::Type::Integer);
}

/// Indexed in schema 1, no longer from schema `step`: no view looks rows up by it alone.
IndexedColumn unindexed(IndexedColumn column, int step = 3)
{
    column.unindexedFrom = step;
    return column;
}

/// Added by schema 3 for the orders of Explore, which have composite indexes.
IndexedColumn orderColumn(const char* name, IndexedColumn::Type type)
{
    IndexedColumn added = column(name, type);
    added.since = 3;
    added.unindexedFrom = 3;
    return added;
}

} // namespace

QString IndexedColumn::sqlType() const
{
    switch (type) {
    case Type::Integer: return QStringLiteral("INTEGER");
    case Type::Real: return QStringLiteral("REAL");
    case Type::Text: break;
    }
    return QStringLiteral("TEXT");
}

QVariant IndexedColumn::value(const QJsonValue& value) const
{
    switch (type) {
    case Type::Integer:
        return value.isDouble() ? QVariant(value.toInteger()) : QVariant(QMetaType::fromType<qint64>());
    case Type::Real:
        return value.isDouble() ? QVariant(value.toDouble()) : QVariant(QMetaType::fromType<double>());
    case Type::Text:
        break;
    }
    return value.isString() ? QVariant(value.toString()) : QVariant(QMetaType::fromType<QString>());
}

QVariantList EntityTable::values(const QJsonObject& data) const
{
    QVariantList values;
    values.reserve(columns.size());
    for (const IndexedColumn& column : columns)
        values.append(column.value(data.value(column.jsonKey)));
    return values;
}

const QList<EntityTable>& entityTables()
{
    // The columns are what the views filter and join on offline; everything else stays in `data`.
    static const QList<EntityTable> tables{
        {QStringLiteral("listing"),
         QStringLiteral("listings"),
         {text("host_id"), text("city"), unindexed(text("country")), unindexed(text("status")), integer("nightly_price"),
          unindexed(integer("max_guests")), unindexed(text("title")), orderColumn("created_at", IndexedColumn::Type::Text),
          orderColumn("rating_avg", IndexedColumn::Type::Real), orderColumn("rating_count", IndexedColumn::Type::Integer)}},
        {QStringLiteral("block"), QStringLiteral("blocks"), {text("listing_id"), text("start_date"), text("end_date")}},
        {QStringLiteral("booking"),
         QStringLiteral("bookings"),
         {text("listing_id"), text("guest_id"), text("host_id"), text("status"), text("check_in"), text("check_out")}},
        {QStringLiteral("payment"), QStringLiteral("payments"), {text("booking_id"), text("status")}},
        {QStringLiteral("payout"), QStringLiteral("payouts"), {text("booking_id"), text("listing_id"), text("status")}},
        {QStringLiteral("review"),
         QStringLiteral("reviews"),
         {text("booking_id"), text("listing_id"), unindexed(text("author_id"), 4), unindexed(integer("rating"), 4)}},
        {QStringLiteral("user"), QStringLiteral("users"), {unindexed(text("display_name"), 4)}},
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
