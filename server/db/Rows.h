// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <roost/Id.h>

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <charconv>

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

/// A uuid column as PostgreSQL prints it (always the 36-character form); read without a
/// QString in between, as a pull page reads thousands.
inline QUuid uuid(const pqxx::field& f)
{
    if (f.is_null() || f.size() != 36)
        return {};
    return QUuid::fromString(QLatin1StringView(f.c_str(), qsizetype(f.size())));
}

inline QDateTime timestamp(const pqxx::field& f)
{
    return f.is_null() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(f.as<qint64>(), Qt::UTC);
}

/// A float8/numeric field. pqxx 6 reads doubles through a locale-aware stream, which was a
/// sixth of reading a page of listings; std::from_chars reads the same text.
inline double real(const pqxx::field& f)
{
    double value = 0;
    const char* begin = f.c_str();
    const auto [end, error] = std::from_chars(begin, begin + f.size(), value);
    if (error != std::errc() || end != begin + f.size())
        return f.as<double>(); // NaN, Infinity: pqxx knows those words
    return value;
}

inline std::optional<double> optionalReal(const pqxx::field& f)
{
    return f.is_null() ? std::nullopt : std::optional<double>(real(f));
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
