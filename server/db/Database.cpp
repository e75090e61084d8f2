// SPDX-License-Identifier: Apache-2.0
#include "db/Database.h"

#include "db/Statements.h"

#include <roost/Error.h>

#include <QLoggingCategory>

#include <atomic>

Q_LOGGING_CATEGORY(lcDb, "roost.db")

namespace roost::server {

namespace {
std::atomic<int> g_open{0};
} // namespace

Database::Database(std::string url) : m_url(std::move(url)) {}

Database::~Database()
{
    drop();
}

int Database::openConnections()
{
    return g_open.load(std::memory_order_relaxed);
}

void Database::drop()
{
    if (m_connection) {
        m_connection.reset();
        g_open.fetch_sub(1, std::memory_order_relaxed);
    }
}

void Database::connect()
{
    drop();
    try {
        auto c = std::make_unique<pqxx::connection>(m_url);
        prepareStatements(*c);
        m_connection = std::move(c);
        g_open.fetch_add(1, std::memory_order_relaxed);
    } catch (const pqxx::broken_connection& e) {
        qCWarning(lcDb) << "database unreachable:" << e.what();
        throw Error(ErrorCode::Unavailable, QStringLiteral("The database is unavailable; try again shortly."));
    }
}

pqxx::connection& Database::connection()
{
    if (!m_connection || !m_connection->is_open())
        connect();
    return *m_connection;
}

bool Database::ping()
{
    try {
        pqxx::nontransaction tx(connection());
        tx.exec("SELECT 1");
        return true;
    } catch (const std::exception&) {
        drop();
        return false;
    }
}

} // namespace roost::server
