// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LocalObject.h"
#include "SqliteStatement.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>
#include <unordered_map>

namespace roost::client {

/// Offline search over cached listings; unset members do not filter.
struct ListingFilter {
    QString city; ///< case-insensitive, exact (as the server's search)
    std::optional<qint64> minPrice;
    std::optional<qint64> maxPrice;
    std::optional<int> guests;
    QString status;
    QString hostId;
};

/// The desktop client's cache: a SQLite file (WAL) holding every synced object as JSON with
/// indexed columns for offline search, the sync cursor and the outbox. One instance is one
/// connection and belongs to the thread that opened it; the GUI and the sync thread each open
/// their own on the same file.
class LocalStore
{
public:
    /// The schema this code reads and writes; older files are migrated on open().
    static constexpr int kSchemaVersion = 4;

    explicit LocalStore(QString path);
    ~LocalStore();
    LocalStore(const LocalStore&) = delete;
    LocalStore& operator=(const LocalStore&) = delete;

    /// Opens (creating when missing) and migrates. False with lastError() on failure.
    bool open();
    QString lastError() const { return m_lastError; }
    const QString& path() const { return m_path; }
    int schemaVersion() const;

    QString meta(const QString& key) const;
    bool setMeta(const QString& key, const QString& value);
    /// Where the next pull starts; empty before the first.
    QString cursor() const { return meta(QStringLiteral("cursor")); }

    /// The row, tombstones included; nullopt when absent or unreadable (logged).
    std::optional<LocalObject> object(const QString& entity, const QString& id) const;
    /// Every readable, visible (non-deleted) object of an entity. Corrupt rows are skipped and logged.
    QList<LocalObject> objects(const QString& entity) const;
    /// Every object of every entity in `state`, tombstones included (a conflicted delete is still
    /// the user's to resolve), by entity then age: what the sync views list.
    QList<LocalObject> objectsInState(SyncState state) const;
    /// Visible listings matching `filter`, by title; corrupt rows skipped.
    QList<LocalObject> searchListings(const ListingFilter& filter) const;

    enum class Write {
        Always,
        /// Only over a row whose change version is older (or none, or an unreadable row):
        /// how a pull stores the server's objects when nothing is queued, with no read first.
        IfNewer,
    };
    /// Writes the whole row (indexed columns from `object.data`).
    bool writeObject(const LocalObject& object, Write mode = Write::Always);
    bool removeObject(const QString& entity, const QString& id);
    /// Forgets every cached object and the cursor (another account signs in), in one transaction.
    bool clearObjects();
    bool setSyncState(const QString& entity, const QString& id, SyncState state, const QString& error);

    /// BEGIN IMMEDIATE … COMMIT: takes SQLite's write lock up front, so two connections never
    /// deadlock upgrading read locks. Rolls back when destroyed uncommitted.
    class Transaction
    {
    public:
        /// Counted in waitingTransactions() until it has begun (or failed to).
        explicit Transaction(LocalStore& store);
        ~Transaction();
        bool isActive() const { return m_active; }
        bool commit();

    private:
        LocalStore& m_store;
        bool m_active = false;
    };

    /// Transactions of this process waiting to begin on any cache: the pull writer, whose
    /// transactions span many pages, gives way to them, so a local edit made in the GUI during
    /// a first sync waits for one page to be stored, not for a whole batch.
    static int waitingTransactions();

    QSqlDatabase database() const;
    /// Runs one statement with positional values; false (logged, lastError set) on failure.
    bool exec(const QString& sql, const QVariantList& values = {});
    /// `sql` prepared once per connection and kept: a first sync runs the same few statements
    /// for every row, and preparing each time costs as much as running it. Bind, exec, read,
    /// then finish() it (an unfinished SELECT keeps COMMIT from completing). nullptr when it
    /// does not prepare (lastError set).
    QSqlQuery* prepared(const QString& sql) const;

private:
    bool migrate();
    std::optional<LocalObject> readRow(const QString& entity, const class QSqlQuery& query) const;
    QList<LocalObject> readRows(const QString& entity, const QString& where, const QVariantList& values) const;

    QString m_path;
    QString m_connection;
    mutable QString m_lastError;
    mutable QHash<QString, QSqlQuery> m_statements;
    /// writeObject()'s statements, by their text (each an upsertSql() of static storage).
    std::unordered_map<const QString*, std::unique_ptr<SqliteStatement>> m_upserts;
};

} // namespace roost::client
