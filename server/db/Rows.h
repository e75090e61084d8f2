// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <roost/Id.h>

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <pqxx/pqxx>

#include <optional>

/// Conversions between libpqxx fields/parameters and Qt/libroost types, for repositories.
/// Timestamps travel as epoch milliseconds (`ms(created_at)` in SQL, see 0001 migration's
/// helper) so no time zone ever gets involved.
namespace roost::server::rows {

inline QString text(const pqxx::field& f)
{
    return f.is_null() ? QString() : QString::fromUtf8(f.c_str(), int(f.size()));
}

inline QUuid uuid(const pqxx::field& f)
{
    return parseId(text(f)).value_or(QUuid());
}

inline QDateTime timestamp(const pqxx::field& f)
{
    return f.is_null() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(f.as<qint64>(), Qt::UTC);
}

template<typename T>
std::optional<T> optional(const pqxx::field& f)
{
    return f.is_null() ? std::nullopt : std::optional<T>(f.as<T>());
}

inline std::string param(const QString& s)
{
    return s.toStdString();
}

inline std::string param(const QUuid& id)
{
    return idToString(id).toStdString();
}

inline qint64 param(const QDateTime& t)
{
    return t.toMSecsSinceEpoch();
}

} // namespace roost::server::rows
