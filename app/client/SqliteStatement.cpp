// SPDX-License-Identifier: Apache-2.0
#include "SqliteStatement.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace roost::client {

namespace {

sqlite3* handleOf(const QSqlDatabase& database)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.data());
}

} // namespace

SqliteStatement::SqliteStatement(const QSqlDatabase& database, const QString& sql) : m_db(handleOf(database))
{
    if (!m_db) {
        m_error = QStringLiteral("not an open SQLite connection");
        return;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    if (utf8.isNull())
        sqlite3_bind_null(m_statement, index + 1);
    else
        sqlite3_bind_text64(m_statement, index + 1, utf8.data(), sqlite3_uint64(utf8.size()), SQLITE_STATIC, SQLITE_UTF8);
}

void SqliteStatement::bind(int index, const QVariant& value)
{
    const int parameter = index + 1;
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, parameter);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(m_statement, parameter, value.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, parameter, value.toDouble());
        return;
    default: {
        // As Qt Sql binds it: a null string is NULL.
        const QString text = value.toString();
        if (text.isNull())
            sqlite3_bind_null(m_statement, parameter);
        else
            sqlite3_bind_text16(m_statement, parameter, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
        return;
    }
    }
}

bool SqliteStatement::exec()
{
    const int step = sqlite3_step(m_statement);
    const bool ok = step == SQLITE_DONE || step == SQLITE_ROW;
    if (!ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    return ok;
}

} // namespace roost::client
