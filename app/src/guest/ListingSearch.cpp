// SPDX-License-Identifier: Apache-2.0
#include "guest/ListingSearch.h"

#include "LocalStore.h"

#include "roost/Date.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcSearch, "roost.explore")

namespace roost::app {

namespace {

/// `word` as a LIKE pattern that matches it literally anywhere (LIKE is case-insensitive for
/// ASCII in SQLite, as the server's search is).
QString containsPattern(QString word)
{
    word.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    word.replace(QLatin1Char('%'), QLatin1String("\\%"));
    word.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + word + QLatin1Char('%');
}

QString orderBy(ListingQuery::Sort sort)
{
    // Every order ends with id, as the server's does, so pages never repeat or skip a listing.
    switch (sort) {
    case ListingQuery::Sort::PriceAscending: return QStringLiteral("nightly_price, id");
    case ListingQuery::Sort::PriceDescending: return QStringLiteral("nightly_price DESC, id");
    case ListingQuery::Sort::Rating:
        return QStringLiteral("json_extract(data, '$.rating_avg') IS NULL, json_extract(data, '$.rating_avg') DESC,"
                              " json_extract(data, '$.rating_count') DESC, id");
    case ListingQuery::Sort::Newest: break;
    }
    return QStringLiteral("json_extract(data, '$.created_at') DESC, id");
}

} // namespace

QList<ListingHit> ListingSearch::page(const ListingQuery& query, int offset, int limit) const
{
    // Own drafts are in the cache too; Explore shows what guests can book.
    QStringList where{QStringLiteral("deleted = 0"), QStringLiteral("status = 'listed'")};
    QVariantList values;
    auto add = [&](const QString& condition, const QVariantList& conditionValues) {
        where.append(condition);
        values += conditionValues;
    };
    for (const QString& word : query.text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString pattern = containsPattern(word);
        add(QStringLiteral("(title LIKE ? ESCAPE '\\' OR city LIKE ? ESCAPE '\\'"
                           " OR json_extract(data, '$.description') LIKE ? ESCAPE '\\')"),
            {pattern, pattern, pattern});
    }
    if (query.guests)
        add(QStringLiteral("max_guests >= ?"), {*query.guests});
    if (query.minPrice)
        add(QStringLiteral("nightly_price >= ?"), {*query.minPrice});
    if (query.maxPrice)
        add(QStringLiteral("nightly_price <= ?"), {*query.maxPrice});
    for (const QString& amenity : query.amenities)
        add(QStringLiteral("EXISTS (SELECT 1 FROM json_each(data, '$.amenities') WHERE value = ?)"), {amenity});
    if (!query.propertyType.isEmpty())
        add(QStringLiteral("json_extract(data, '$.property_type') = ?"), {query.propertyType});
    if (query.instantBookOnly)
        add(QStringLiteral("json_extract(data, '$.instant_book') = 1"), {});
    if (query.checkIn && query.checkOut && *query.checkIn < *query.checkOut) {
        const QString in = dateToString(*query.checkIn);
        const QString out = dateToString(*query.checkOut);
        const qint64 nights = query.checkIn->daysTo(*query.checkOut);
        add(QStringLiteral("json_extract(data, '$.min_nights') <= ? AND json_extract(data, '$.max_nights') >= ?"),
            {nights, nights});
        // Offline the cache knows the hosts' blocks and this user's own bookings, but not other
        // guests' bookings (they are private to them and their host): a listing shown free here
        // may still be taken, which the server's answer to the booking then says. Date strings
        // compare as dates (ISO 8601); a stay and a block overlap when each starts before the
        // other ends. A booking created offline has no status yet and holds its nights.
        add(QStringLiteral("NOT EXISTS (SELECT 1 FROM blocks b WHERE b.listing_id = listings.id AND b.deleted = 0"
                           " AND b.start_date < ? AND b.end_date > ?)"),
            {out, in});
        add(QStringLiteral("NOT EXISTS (SELECT 1 FROM bookings k WHERE k.listing_id = listings.id AND k.deleted = 0"
                           " AND (k.status IS NULL OR k.status IN ('pending_payment', 'awaiting_host', 'confirmed'))"
                           " AND k.check_in < ? AND k.check_out > ?)"),
            {out, in});
    }
    const QString sql = QStringLiteral("SELECT data, sync_state FROM listings WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?")
                            .arg(where.join(QStringLiteral(" AND ")), orderBy(query.sort));
    values << limit << offset;

    QList<ListingHit> hits;
    QSqlQuery select(m_store.database());
    select.setForwardOnly(true);
    if (!select.prepare(sql)) {
        qCWarning(lcSearch) << "search does not prepare:" << select.lastError().text();
        return hits;
    }
    for (int i = 0; i < values.size(); ++i)
        select.bindValue(i, values.at(i));
    if (!select.exec()) {
        qCWarning(lcSearch) << "search failed:" << select.lastError().text();
        return hits;
    }
    hits.reserve(limit);
    while (select.next()) {
        const QJsonDocument document = QJsonDocument::fromJson(select.value(0).toString().toUtf8());
        if (!document.isObject())
            continue; // the store logs unreadable rows where it reads them whole
        hits.append({document.object(), client::parseSyncState(select.value(1).toString()).value_or(client::SyncState::Synced)});
    }
    return hits;
}

} // namespace roost::app
