// SPDX-License-Identifier: Apache-2.0
#include "db/ListingSearch.h"

#include "db/PgArray.h"
#include "db/Rows.h"

#include <roost/Date.h>

#include <string>
#include <vector>

namespace roost::server {
namespace {

/// Collects conditions and their values; every value becomes a numbered placeholder, so no text
/// from a request is ever part of the SQL itself.
class Statement
{
public:
    /// A placeholder for `value`, with an explicit type so PostgreSQL never guesses.
    std::string bind(std::string value, const char* type)
    {
        m_values.push_back(std::move(value));
        return "$" + std::to_string(m_values.size()) + "::" + type;
    }

    void where(const std::string& condition)
    {
        m_where += " AND ";
        m_where += condition;
    }

    const std::string& conditions() const { return m_where; }
    const std::vector<std::string>& values() const { return m_values; }

private:
    std::string m_where;
    std::vector<std::string> m_values;
};

std::string number(double value)
{
    return QString::number(value, 'g', 17).toStdString(); // round-trips exactly
}

/// The word as a LIKE pattern's literal part: `\`, `%` and `_` lose their wildcard meaning.
std::string likeLiteral(const QString& word)
{
    std::string out;
    for (const char c : word.toStdString()) {
        if (c == '\\' || c == '%' || c == '_')
            out += '\\';
        out += c;
    }
    return out;
}

void addFilters(Statement& s, const SearchCriteria& c)
{
    // search_text is lower(title || ' ' || description || ' ' || city), stored, under a trigram
    // GIN index that serves `LIKE '%word%'`. The word goes through the same lower() as the
    // column, so both sides fold case by the database's one rule.
    for (const QString& word : c.words)
        s.where("l.search_text LIKE '%' || lower(" + s.bind(likeLiteral(word), "text") + ") || '%'");
    if (c.city) // city_key is lower(city): exact, case-insensitive, under the city indexes
        s.where("l.city_key = lower(" + s.bind(rows::param(*c.city), "text") + ")");
    if (c.country)
        s.where("l.country = " + s.bind(rows::param(*c.country), "text"));
    if (c.guests)
        s.where("l.max_guests >= " + s.bind(std::to_string(*c.guests), "int"));
    if (c.minPrice)
        s.where("l.nightly_price >= " + s.bind(std::to_string(*c.minPrice), "bigint"));
    if (c.maxPrice)
        s.where("l.nightly_price <= " + s.bind(std::to_string(*c.maxPrice), "bigint"));
    if (!c.amenities.isEmpty())
        s.where("l.amenities @> " + s.bind(pgarray::textArray(c.amenities), "text[]"));
    if (c.propertyType)
        s.where("l.property_type = " + s.bind(rows::param(toString(*c.propertyType)), "text"));
    if (c.bbox) {
        const BoundingBox& b = *c.bbox;
        s.where("l.latitude BETWEEN " + s.bind(number(b.minLat), "float8") + " AND " +
                s.bind(number(b.maxLat), "float8"));
        const std::string west = s.bind(number(b.minLng), "float8");
        const std::string east = s.bind(number(b.maxLng), "float8");
        // A box whose west edge is east of its east edge spans the antimeridian (e.g. Fiji).
        s.where(b.minLng <= b.maxLng ? "l.longitude BETWEEN " + west + " AND " + east
                                     : "(l.longitude >= " + west + " OR l.longitude <= " + east + ")");
    }
    if (c.instantBookOnly)
        s.where("l.instant_book");
    if (c.checkIn && c.checkOut) {
        const std::string nights = s.bind(std::to_string(c.checkIn->daysTo(*c.checkOut)), "int");
        s.where("l.min_nights <= " + nights + " AND l.max_nights >= " + nights);
        // Free for the whole stay: no claim (block or date-occupying booking) shares a night
        // with it. The exclusion constraint's GiST index on (listing_id, stay) answers this.
        s.where("NOT EXISTS (SELECT 1 FROM calendar_claims cc WHERE cc.listing_id = l.id AND cc.stay && daterange(" +
                s.bind(rows::param(dateToString(*c.checkIn)), "date") + ", " +
                s.bind(rows::param(dateToString(*c.checkOut)), "date") + "))");
    }
}

/// The ORDER BY of a sort, and the keyset condition that starts a page after `key`. Every
/// order ends with the id, so no two listings tie and pages neither repeat nor skip.
std::string addOrder(Statement& s, SearchSort sort, const std::optional<ListingSortKey>& after)
{
    switch (sort) {
    case SearchSort::Newest:
        if (after) // exact microseconds back to a timestamp through interval input (no float)
            s.where("(l.created_at, l.id) < ('epoch'::timestamptz + (" +
                    s.bind(std::to_string(after->createdMicros), "bigint") + " || ' microseconds')::interval, " +
                    s.bind(rows::param(after->id), "uuid") + ")");
        return "l.created_at DESC, l.id DESC";
    case SearchSort::PriceAsc:
        if (after)
            s.where("(l.nightly_price, l.id) > (" + s.bind(std::to_string(after->price), "bigint") + ", " +
                    s.bind(rows::param(after->id), "uuid") + ")");
        return "l.nightly_price, l.id";
    case SearchSort::PriceDesc:
        if (after)
            s.where("(l.nightly_price, l.id) < (" + s.bind(std::to_string(after->price), "bigint") + ", " +
                    s.bind(rows::param(after->id), "uuid") + ")");
        return "l.nightly_price DESC, l.id DESC";
    case SearchSort::Rating:
        // Highest first, unrated (-1) last, then more reviews first, then id ascending: the
        // order of listings_rating_idx. Mixed directions need the keyset spelled out.
        if (after) {
            const std::string rating = s.bind(rows::param(after->rating), "float8");
            const std::string count = s.bind(std::to_string(after->ratingCount), "int");
            s.where("((coalesce(l.rating_avg, -1), l.rating_count) < (" + rating + ", " + count +
                    ") OR (coalesce(l.rating_avg, -1) = " + rating + " AND l.rating_count = " + count +
                    " AND l.id > " + s.bind(rows::param(after->id), "uuid") + "))");
        }
        return "coalesce(l.rating_avg, -1) DESC, l.rating_count DESC, l.id";
    }
    return "l.id";
}

} // namespace

QList<ListingPageRow> ListingSearch::run(const SearchCriteria& criteria, int maxRows)
{
    Statement s;
    addFilters(s, criteria);
    const std::string order = addOrder(s, criteria.sort, criteria.after);
    const std::string limit = s.bind(std::to_string(maxRows), "int");
    const std::string sql = "SELECT " ROOST_LISTING_COLUMNS ", " ROOST_LISTING_SORT_KEYS
                            " FROM listings l WHERE l.status = 'listed' AND l.deleted_at IS NULL" +
                            s.conditions() + " ORDER BY " + order + " LIMIT " + limit;
    // Not a prepared statement on purpose: a plan made for the actual values (how many listings
    // this city has, how wide this price range is) picks the right index, where a generic plan
    // for every city picked a worse one; the planning (~0.25 ms) costs about what it saves.
    const pqxx::result r = m_tx.exec_params(sql, pqxx::prepare::make_dynamic_params(s.values()));
    QList<ListingPageRow> out;
    out.reserve(qsizetype(r.size()));
    for (const auto& row : r)
        out.append(rows::toPageRow(row));
    return out;
}

} // namespace roost::server
