// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace roost::client {

/// A column copied out of an entity's JSON so the cache can be searched and ordered offline.
struct IndexedColumn {
    enum class Type { Text, Integer, Real };
    QString column;  ///< SQL column name
    QString jsonKey; ///< top-level key of the object
    Type type = Type::Text;
    /// The cache schema step that added it (LocalSchema): steps are never edited once shipped.
    int since = 1;
    /// The schema step from which it has no index of its own (0: it has one). Each index costs
    /// every row written, and a first sync writes 200 000: only columns a view looks rows up by
    /// are indexed, the orders have composite indexes of their own (LocalSchema).
    int unindexedFrom = 0;

    QString sqlType() const;
    /// What the column holds for `value`: null where it is absent or of another type (a missing
    /// value must not become 0 or "" and then match a search).
    QVariant value(const QJsonValue& value) const;
};

/// Where one synced entity lives in the local store.
struct EntityTable {
    QString entity;
    QString table;
    QList<IndexedColumn> columns;

    /// The column values of `data`, in `columns` order (IndexedColumn::value).
    QVariantList values(const QJsonObject& data) const;
};

/// Every synced entity's table, in one place, so the schema, pulls and searches agree.
const QList<EntityTable>& entityTables();
/// nullptr for an entity the client does not know.
const EntityTable* entityTable(const QString& entity);

} // namespace roost::client
