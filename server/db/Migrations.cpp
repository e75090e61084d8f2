// SPDX-License-Identifier: Apache-2.0
#include "db/Migrations.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcMigrations, "roost.db.migrations")

// Resources of a static library are only registered when something references them.
static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace roost::server {
namespace {

// Any constant works as long as nothing else in the database uses it; "roost" in ASCII.
constexpr qint64 kMigrationLockKey = 0x726f6f7374;

} // namespace

Migrations::Migrations()
{
    initMigrationResources();
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        m_migrations.append({match.captured(1).toInt(), match.captured(2), f.readAll()});
    }
}

int Migrations::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

int Migrations::apply(pqxx::connection& connection) const
{
    {
        pqxx::nontransaction tx(connection);
        tx.exec_params("SELECT pg_advisory_lock($1)", kMigrationLockKey);
    }
    int applied = 0;
    try {
        {
            pqxx::work tx(connection);
            tx.exec0("CREATE TABLE IF NOT EXISTS schema_migrations ("
                     " version integer PRIMARY KEY, name text NOT NULL,"
                     " applied_at timestamptz NOT NULL DEFAULT now())");
            tx.commit();
        }
        for (const Migration& m : m_migrations) {
            pqxx::work tx(connection);
            if (!tx.exec_params("SELECT 1 FROM schema_migrations WHERE version = $1", m.version).empty())
                continue;
            qCInfo(lcMigrations) << "applying migration" << m.version << m.name;
            tx.exec0(m.sql.toStdString());
            tx.exec_params0("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", m.version, m.name.toStdString());
            tx.commit();
            ++applied;
        }
    } catch (...) {
        pqxx::nontransaction tx(connection);
        tx.exec_params("SELECT pg_advisory_unlock($1)", kMigrationLockKey);
        throw;
    }
    pqxx::nontransaction tx(connection);
    tx.exec_params("SELECT pg_advisory_unlock($1)", kMigrationLockKey);
    return applied;
}

bool Migrations::isCurrent(pqxx::connection& connection) const
{
    pqxx::nontransaction tx(connection);
    if (!tx.exec("SELECT to_regclass('schema_migrations') IS NOT NULL")[0][0].as<bool>())
        return latestVersion() == 0;
    return tx.exec("SELECT coalesce(max(version), 0) FROM schema_migrations")[0][0].as<int>() >= latestVersion();
}

} // namespace roost::server
