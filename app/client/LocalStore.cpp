// SPDX-License-Identifier: Apache-2.0
#include "LocalStore.h"

#include "EntityTables.h"
#include "LocalSchema.h"

#include "roost/Id.h"

#include <QAtomicInteger>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcStore, "roost.store")

namespace roost::client {

namespace {

const QString kColumns = QStringLiteral("id, data, version, change_version, server_data, deleted, sync_state, sync_error");

QString uniqueConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("roost-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

std::optional<QJsonObject> parseObject(const QString& text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QVariant nullableInteger(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

/// The row of `table` in the order writeObject() binds it.
QStringList rowColumns(const EntityTable& table)
{
    QStringList names{QStringLiteral("id"), QStringLiteral("data"), QStringLiteral("version"), QStringLiteral("change_version"),
                      QStringLiteral("server_data"), QStringLiteral("deleted"), QStringLiteral("sync_state"), QStringLiteral("sync_error")};
    for (const IndexedColumn& column : table.columns)
        names.append(column.column);
    return names;
}

QString upsertStatement(const EntityTable& table, LocalStore::Write mode)
{
    const QStringList names = rowColumns(table);
    QStringList updates;
    for (const QString& name : names) {
        if (name != QLatin1String("id"))
            updates.append(QStringLiteral("%1 = excluded.%1").arg(name));
    }
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4")
                      .arg(table.table, names.join(QStringLiteral(", ")),
                           QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", ")),
                           updates.join(QStringLiteral(", ")));
    if (mode == LocalStore::Write::IfNewer)
        sql += QStringLiteral(" WHERE excluded.change_version > coalesce(%1.change_version, -1) OR NOT json_valid(%1.data)").arg(table.table);
    return sql;
}

QHash<QString, QString> upsertStatements(LocalStore::Write mode)
{
    QHash<QString, QString> sql;
    for (const EntityTable& table : entityTables())
        sql.insert(table.table, upsertStatement(table, mode));
    return sql;
}

/// Built once: a first sync writes 100 000 rows through them.
const QString& upsertSql(const EntityTable& table, LocalStore::Write mode)
{
    static const QHash<QString, QString> always = upsertStatements(LocalStore::Write::Always);
    static const QHash<QString, QString> ifNewer = upsertStatements(LocalStore::Write::IfNewer);
    return (mode == LocalStore::Write::Always ? always : ifNewer).find(table.table).value();
}

} // namespace

QString syncStateName(SyncState state)
{
    switch (state) {
    case SyncState::Synced: return QStringLiteral("synced");
    case SyncState::Pending: return QStringLiteral("pending");
    case SyncState::Conflicted: return QStringLiteral("conflicted");
    case SyncState::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

std::optional<SyncState> parseSyncState(const QString& text)
{
    for (SyncState state : {SyncState::Synced, SyncState::Pending, SyncState::Conflicted, SyncState::Rejected}) {
        if (syncStateName(state) == text)
            return state;
    }
    return std::nullopt;
}

LocalStore::LocalStore(QString path) : m_path(std::move(path)), m_connection(uniqueConnectionName()) {}

LocalStore::~LocalStore()
{
    m_statements.clear(); // before the connection they belong to
    m_upserts.clear();
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QSqlDatabase LocalStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool LocalStore::open()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    // The GUI and the sync thread write the same file; wait for the other's short transaction
    // instead of failing with SQLITE_BUSY. Five seconds is far above any single page's commit.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_lastError = db.lastError().text();
        return false;
    }
    // WAL: readers (the views) never block the sync thread's writer. synchronous=NORMAL is
    // durable across application crashes in WAL mode; only a power cut may lose the last commit.
    {
        QSqlQuery pragma(db);
        if (!pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !pragma.next()
            || pragma.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            m_lastError = QStringLiteral("cannot switch %1 to WAL").arg(m_path);
            return false;
        }
    } // a statement left open would keep every later COMMIT from completing
    if (!exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        return false;
    // A first sync writes 100 000 rows through a few indexes of random keys (ids): with
    // SQLite's 2 MB page cache most writes missed it. 64 MB is a ceiling, filled only as pages
    // are read. A longer WAL between checkpoints (64 MB) lets the pages a sync rewrites again
    // and again be copied to the database once; after a checkpoint the file shrinks back to
    // 16 MB.
    if (!exec(QStringLiteral("PRAGMA cache_size=-65536")) || !exec(QStringLiteral("PRAGMA wal_autocheckpoint=16384"))
        || !exec(QStringLiteral("PRAGMA journal_size_limit=16777216")))
        return false;
    return migrate();
}

int LocalStore::schemaVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool LocalStore::migrate()
{
    const QList<QStringList>& steps = localSchemaSteps();
    const int current = schemaVersion();
    if (current < 0 || current > int(steps.size())) {
        m_lastError = QStringLiteral("cache schema version %1 is not one this build knows (up to %2)").arg(current).arg(steps.size());
        return false;
    }
    for (int step = current; step < int(steps.size()); ++step) {
        Transaction transaction(*this);
        if (!transaction.isActive())
            return false;
        for (const QString& statement : steps.at(step)) {
            if (!exec(statement))
                return false;
        }
        if (!exec(QStringLiteral("PRAGMA user_version=%1").arg(step + 1)) || !transaction.commit())
            return false;
        qCInfo(lcStore) << "cache" << m_path << "migrated to schema" << step + 1;
    }
    return true;
}

QSqlQuery* LocalStore::prepared(const QString& sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(database());
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            m_lastError = query.lastError().text();
            qCWarning(lcStore) << "prepare failed:" << m_lastError;
            return nullptr;
        }
        it = m_statements.insert(sql, query);
    }
    return &it.value();
}

bool LocalStore::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery* query = prepared(sql);
    if (!query)
        return false;
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    const bool ok = query->exec();
    if (!ok) {
        m_lastError = query->lastError().text();
        qCWarning(lcStore) << "statement failed:" << m_lastError;
    }
    query->finish();
    return ok;
}

QString LocalStore::meta(const QString& key) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

bool LocalStore::setMeta(const QString& key, const QString& value)
{
    return exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                {key, value});
}

std::optional<LocalObject> LocalStore::readRow(const QString& entity, const QSqlQuery& query) const
{
    LocalObject object;
    object.entity = entity;
    object.id = query.value(0).toString();
    object.deleted = query.value(5).toInt() != 0;
    const auto data = parseObject(query.value(1).toString());
    const auto state = parseSyncState(query.value(6).toString());
    const auto id = parseId(object.id);
    // A tombstone keeps `{}`; any live row must hold the object it is filed under.
    const bool consistent = data && state && id && (object.deleted || parseId(data->value(QStringLiteral("id")).toString()) == id);
    if (!consistent) {
        qCWarning(lcStore) << "skipping unreadable cached" << entity << object.id;
        return std::nullopt;
    }
    object.data = *data;
    object.state = *state;
    object.version = query.value(2).toLongLong();
    if (!query.value(3).isNull())
        object.changeVersion = query.value(3).toLongLong();
    if (!query.value(4).isNull()) {
        object.serverData = parseObject(query.value(4).toString());
        if (!object.serverData)
            qCWarning(lcStore) << "ignoring unreadable server copy of" << entity << object.id;
    }
    object.error = query.value(7).toString();
    return object;
}

QList<LocalObject> LocalStore::readRows(const QString& entity, const QString& where, const QVariantList& values) const
{
    QList<LocalObject> objects;
    const EntityTable* table = entityTable(entity);
    if (!table)
        return objects;
    QSqlQuery* query = prepared(QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(kColumns, table->table, where));
    if (!query)
        return objects;
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec()) {
        qCWarning(lcStore) << "reading" << table->table << "failed:" << query->lastError().text();
        query->finish();
        return objects;
    }
    while (query->next()) {
        if (auto object = readRow(entity, *query))
            objects.append(std::move(*object));
    }
    query->finish();
    return objects;
}

std::optional<LocalObject> LocalStore::object(const QString& entity, const QString& id) const
{
    QList<LocalObject> rows = readRows(entity, QStringLiteral("id = ?"), {id});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.takeFirst();
}

QList<LocalObject> LocalStore::objects(const QString& entity) const
{
    return readRows(entity, QStringLiteral("deleted = 0 ORDER BY rowid"), {});
}

QList<LocalObject> LocalStore::objectsInState(SyncState state) const
{
    QList<LocalObject> found;
    for (const EntityTable& table : entityTables())
        found.append(readRows(table.entity, QStringLiteral("sync_state = ? ORDER BY rowid"), {syncStateName(state)}));
    return found;
}

QList<LocalObject> LocalStore::searchListings(const ListingFilter& filter) const
{
    QStringList where{QStringLiteral("deleted = 0")};
    QVariantList values;
    auto add = [&](const char* condition, const QVariant& value) {
        where.append(QString::fromLatin1(condition));
        values.append(value);
    };
    if (!filter.city.isEmpty())
        add("city = ? COLLATE NOCASE", filter.city);
    if (filter.minPrice)
        add("nightly_price >= ?", *filter.minPrice);
    if (filter.maxPrice)
        add("nightly_price <= ?", *filter.maxPrice);
    if (filter.guests)
        add("max_guests >= ?", *filter.guests);
    if (!filter.status.isEmpty())
        add("status = ?", filter.status);
    if (!filter.hostId.isEmpty())
        add("host_id = ?", filter.hostId);
    return readRows(QStringLiteral("listing"), where.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY title, id"), values);
}

bool LocalStore::writeObject(const LocalObject& object, Write mode)
{
    const EntityTable* table = entityTable(object.entity);
    if (!table) {
        m_lastError = QStringLiteral("unknown entity %1").arg(object.entity);
        return false;
    }
    const QString& sql = upsertSql(*table, mode);
    std::unique_ptr<SqliteStatement>& upsert = m_upserts[&sql];
    if (!upsert) {
        upsert = std::make_unique<SqliteStatement>(database(), sql);
        if (!upsert->isValid()) {
            m_lastError = upsert->lastError();
            qCWarning(lcStore) << "prepare failed:" << m_lastError;
            upsert.reset();
            return false;
        }
    }
    // In the order of rowColumns(); the texts live until exec().
    const QByteArray data = object.dataJson.isEmpty() ? compact(object.data) : object.dataJson;
    const QByteArray serverData = object.serverData ? compact(*object.serverData) : QByteArray();
    upsert->bind(0, object.id);
    upsert->bindText(1, data);
    upsert->bind(2, object.version);
    upsert->bind(3, nullableInteger(object.changeVersion));
    upsert->bindText(4, serverData);
    upsert->bind(5, object.deleted ? 1 : 0);
    upsert->bind(6, syncStateName(object.state));
    upsert->bind(7, object.error.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(object.error));
    const QVariantList columns = object.columns.isEmpty() ? table->values(object.data) : object.columns;
    for (int i = 0; i < columns.size(); ++i)
        upsert->bind(8 + i, columns.at(i));
    if (!upsert->exec()) {
        m_lastError = upsert->lastError();
        qCWarning(lcStore) << "statement failed:" << m_lastError;
        return false;
    }
    return true;
}

bool LocalStore::removeObject(const QString& entity, const QString& id)
{
    const EntityTable* table = entityTable(entity);
    return table && exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table->table), {id});
}

bool LocalStore::clearObjects()
{
    Transaction transaction(*this);
    if (!transaction.isActive())
        return false;
    for (const EntityTable& table : entityTables()) {
        if (!exec(QStringLiteral("DELETE FROM %1").arg(table.table)))
            return false;
    }
    return exec(QStringLiteral("DELETE FROM meta WHERE key = 'cursor'")) && transaction.commit();
}

bool LocalStore::setSyncState(const QString& entity, const QString& id, SyncState state, const QString& error)
{
    const EntityTable* table = entityTable(entity);
    return table
        && exec(QStringLiteral("UPDATE %1 SET sync_state = ?, sync_error = ? WHERE id = ?").arg(table->table),
                {syncStateName(state), error.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(error), id});
}

namespace {

QAtomicInt waitingToBegin;

} // namespace

int LocalStore::waitingTransactions()
{
    return waitingToBegin.loadAcquire();
}

LocalStore::Transaction::Transaction(LocalStore& store) : m_store(store)
{
    waitingToBegin.ref();
    m_active = m_store.exec(QStringLiteral("BEGIN IMMEDIATE"));
    waitingToBegin.deref();
}

LocalStore::Transaction::~Transaction()
{
    if (m_active)
        m_store.exec(QStringLiteral("ROLLBACK"));
}

bool LocalStore::Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_store.exec(QStringLiteral("COMMIT")))
        return true;
    m_store.exec(QStringLiteral("ROLLBACK"));
    return false;
}

} // namespace roost::client
