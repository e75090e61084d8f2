// SPDX-License-Identifier: Apache-2.0
#include "LocalSchema.h"

#include "EntityTables.h"

namespace roost::client {

namespace {

QString indexStatement(const EntityTable& table, const IndexedColumn& column)
{
    // COLLATE NOCASE on text: city search is case-insensitive, like the server's.
    return QStringLiteral("CREATE INDEX %1_%2 ON %1 (%2%3)")
        .arg(table.table, column.column,
             column.type == IndexedColumn::Type::Text ? QStringLiteral(" COLLATE NOCASE") : QString());
}

/// Schema 1 as it shipped: the columns of step 1, each with an index.
QStringList entityTableStatements(const EntityTable& table)
{
    QList<IndexedColumn> firstColumns;
    for (const IndexedColumn& column : table.columns) {
        if (column.since == 1)
            firstColumns.append(column);
    }
    QString columns;
    for (const IndexedColumn& column : firstColumns)
        columns += QStringLiteral(", %1 %2").arg(column.column, column.sqlType());
    QStringList statements{QStringLiteral(
        "CREATE TABLE %1 ("
        " id TEXT PRIMARY KEY,"
        " data TEXT NOT NULL,"
        " version INTEGER NOT NULL DEFAULT 0,"
        " change_version INTEGER,"
        " server_data TEXT,"
        " deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),"
        " sync_state TEXT NOT NULL DEFAULT 'synced'"
        "   CHECK (sync_state IN ('synced', 'pending', 'conflicted', 'rejected')),"
        " sync_error TEXT%2)").arg(table.table, columns)};
    for (const IndexedColumn& column : firstColumns)
        statements.append(indexStatement(table, column));
    statements.append(QStringLiteral("CREATE INDEX %1_sync_state ON %1 (sync_state) WHERE sync_state <> 'synced'").arg(table.table));
    return statements;
}

QStringList firstStep()
{
    QStringList statements{
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        // seq keeps creation order across restarts (AUTOINCREMENT never reuses a number, so a
        // mutation queued after a crash still sorts after every older one).
        QStringLiteral("CREATE TABLE outbox ("
                       " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " mutation_id TEXT NOT NULL UNIQUE,"
                       " entity TEXT NOT NULL,"
                       " op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete', 'action')),"
                       " object_id TEXT NOT NULL,"
                       " action TEXT,"
                       " base_version INTEGER,"
                       " base TEXT,"
                       " data TEXT NOT NULL,"
                       " state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'conflicted', 'rejected')),"
                       " error TEXT,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX outbox_object ON outbox (entity, object_id, seq)"),
    };
    for (const EntityTable& table : entityTables())
        statements += entityTableStatements(table);
    return statements;
}

/// Explore's orders on a listing's JSON: without an index, the first page of "newest" or
/// "rating" sorts every cached listing (1.5 s for 100 000); with one, it reads just the page.
QStringList listingOrderIndexes()
{
    return {
        QStringLiteral("CREATE INDEX listings_newest ON listings (%1, id)").arg(jsonField(QStringLiteral("created_at"))),
        QStringLiteral("CREATE INDEX listings_rating ON listings (%1 IS NULL, %1 DESC, %2 DESC, id)")
            .arg(jsonField(QStringLiteral("rating_avg")), jsonField(QStringLiteral("rating_count"))),
    };
}

/// The orders of Explore on plain columns, and only the indexes a view filters with. A first
/// sync writes every row through every index: the expression indexes of step 2 parsed each
/// listing's JSON three times more, and single-column indexes nothing searches by cost as much.
/// Together they made a first sync of 100 000 listings take twice as long.
QStringList leanerListingIndexes()
{
    QStringList statements;
    for (const EntityTable& table : entityTables()) {
        for (const IndexedColumn& column : table.columns) {
            if (column.since == 3) {
                statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3").arg(table.table, column.column, column.sqlType())
                           << QStringLiteral("UPDATE %1 SET %2 = %3").arg(table.table, column.column, jsonField(column.jsonKey));
            } else if (column.since == 1 && column.unindexedFrom == 3) {
                statements << QStringLiteral("DROP INDEX %1_%2").arg(table.table, column.column);
            }
        }
    }
    return statements + QStringList{
        QStringLiteral("DROP INDEX listings_newest"),
        QStringLiteral("DROP INDEX listings_rating"),
        QStringLiteral("CREATE INDEX listings_newest ON listings (created_at, id)"),
        QStringLiteral("CREATE INDEX listings_rating ON listings (rating_avg IS NULL, rating_avg DESC, rating_count DESC, id)"),
    };
}

/// The indexes no view looks rows up by: a first sync pulls a review for nearly every listing
/// and a profile for every host and reviewer, and wrote each through them for nothing.
QStringList unusedIndexes()
{
    QStringList statements;
    for (const EntityTable& table : entityTables()) {
        for (const IndexedColumn& column : table.columns) {
            if (column.unindexedFrom == 4)
                statements << QStringLiteral("DROP INDEX %1_%2").arg(table.table, column.column);
        }
    }
    return statements;
}

} // namespace

QString jsonField(const QString& key)
{
    return QStringLiteral("json_extract(CASE WHEN json_valid(data) THEN data ELSE '{}' END, '$.%1')").arg(key);
}

const QList<QStringList>& localSchemaSteps()
{
    static const QList<QStringList> steps{firstStep(), listingOrderIndexes(), leanerListingIndexes(), unusedIndexes()};
    return steps;
}

} // namespace roost::client
