// SPDX-License-Identifier: Apache-2.0
#include "db/Database.h"

#include "db/Statements.h"

#include <roost/Error.h>

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDb, "roost.db")

namespace roost::server {

Database::Database(std::string url) : m_url(std::move(url)) {}

void Database::connect()
{
    m_connection.reset();
    try {
        auto c = std::make_unique<pqxx::connection>(m_url);
        prepareStatements(*c);
        m_connection = std::move(c);
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
        m_connection.reset();
        return false;
    }
}

} // namespace roost::server
