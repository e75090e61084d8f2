// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>
#include <QUuid>

#include <pqxx/pqxx>

#include <string>
#include <string_view>
#include <utility>

/// PostgreSQL array literals for parameters (`$1::text[]`) and text[] fields read
/// back. Every element is double-quoted with `"` and `\` escaped, so no element can close the
/// literal early whatever it holds: the values stay data, never SQL.
namespace roost::server::pgarray {

inline std::string quoted(const QString& element)
{
    std::string out;
    out.reserve(std::size_t(element.size()) + 2);
    out += '"';
    for (const char c : element.toStdString()) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
    return out;
}

inline std::string textArray(const QStringList& elements)
{
    std::string out = "{";
    for (qsizetype i = 0; i < elements.size(); ++i) {
        if (i > 0)
            out += ',';
        out += quoted(elements[i]);
    }
    out += '}';
    return out;
}

/// A `$n::uuid[]` parameter (ids need no quoting, but the one escaping rule above is kept).
inline std::string idArray(const QList<QUuid>& ids)
{
    QStringList elements;
    elements.reserve(ids.size());
    for (const QUuid& id : ids)
        elements.append(id.toString(QUuid::WithoutBraces));
    return textArray(elements);
}

/// The rows of a prepared `... WHERE id = ANY($1::uuid[])` statement, each read by `parse`
/// (the findMany of the repositories); no statement at all for no ids.
template <typename Parse>
auto selectByIds(pqxx::transaction_base& tx, const char* statement, const QList<QUuid>& ids, Parse parse)
    -> QList<decltype(parse(std::declval<pqxx::row>()))>
{
    QList<decltype(parse(std::declval<pqxx::row>()))> out;
    if (ids.isEmpty())
        return out;
    const pqxx::result r = tx.exec_prepared(statement, idArray(ids));
    out.reserve(qsizetype(r.size()));
    for (const auto& row : r)
        out.append(parse(row));
    return out;
}

/// The elements of a one-dimensional text[] field (NULL elements are skipped).
inline QStringList textList(const pqxx::field& f)
{
    QStringList out;
    if (f.is_null())
        return out;
    // The usual case, a flat array PostgreSQL printed without quoting any element (amenity
    // keys): split at the commas. An unquoted NULL is a null element, left out like below.
    const std::string_view literal(f.c_str(), f.size());
    if (literal.size() >= 2 && literal.front() == '{' && literal.find_first_of("\"\\{}", 1) == literal.size() - 1) {
        std::string_view rest = literal.substr(1, literal.size() - 2);
        while (!rest.empty()) {
            const std::size_t comma = rest.find(',');
            const std::string_view item = rest.substr(0, comma);
            if (QLatin1StringView(item.data(), qsizetype(item.size())).compare(QLatin1StringView("NULL"), Qt::CaseInsensitive) != 0)
                out.append(QString::fromUtf8(item.data(), qsizetype(item.size())));
            if (comma == std::string_view::npos)
                break;
            rest.remove_prefix(comma + 1);
        }
        return out;
    }
    auto parser = f.as_array();
    while (true) {
        const auto [kind, value] = parser.get_next();
        if (kind == pqxx::array_parser::done)
            break;
        if (kind == pqxx::array_parser::string_value)
            out.append(QString::fromStdString(value));
    }
    return out;
}

} // namespace roost::server::pgarray
