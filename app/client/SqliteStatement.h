// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace roost::client {

/// One prepared statement on the SQLite connection under a QSqlDatabase, driven through SQLite's
/// own interface. For the statement a first sync runs a hundred thousand times: Qt's binding
/// builds a placeholder name per value and hands text over as UTF-16, which SQLite converts
/// back to UTF-8; here text goes in as the UTF-8 it already is. Everything else in the cache
/// goes through Qt Sql.
///
/// Must be destroyed before its connection is closed.
class SqliteStatement
{
public:
    /// Prepares `sql` on `database` (an open QSQLITE connection); check isValid().
    SqliteStatement(const QSqlDatabase& database, const QString& sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool isValid() const { return m_statement != nullptr; }
    /// Why preparing or the last exec() failed.
    const QString& lastError() const { return m_error; }

    /// Binds parameter `index` (from 0) until the next exec(). A UTF-8 text view must stay
    /// valid until then; a null variant binds NULL.
    void bindText(int index, QByteArrayView utf8);
    void bind(int index, const QVariant& value);
    /// Runs the statement to its end and makes it ready to run again.
    bool exec();

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
};

} // namespace roost::client
