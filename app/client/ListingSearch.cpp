// SPDX-License-Identifier: Apache-2.0
#include "ListingSearch.h"

#include "LocalSchema.h"
#include "LocalStore.h"
#include "roost/Date.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcSearch, "roost.explore")

namespace roost::client {

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

QString field(const char* key)
{
    return client::jsonField(QLatin1String(key));
}

QString orderBy(ListingQuery::Sort sort)
{
    // Every order ends with id, as the server's does, so pages never repeat or skip a listing.
    // The orders are those of the cache's indexes (LocalSchema), so a page is read from an
    // index, not sorted out of every listing.
    switch (sort) {
    case ListingQuery::Sort::PriceAscending:
        return QStringLiteral("nightly_price, id");
    case ListingQuery::Sort::PriceDescending:
        return QStringLiteral("nightly_price DESC, id");
    case ListingQuery::Sort::Rating:
        return QStringLiteral("rating_avg IS NULL, rating_avg DESC, rating_count DESC, id");
    case ListingQuery::Sort::Newest:
        break;
    }
    // Ties by id descending, so the listings_newest index is read backwards, never sorted.
    return QStringLiteral("created_at DESC, id DESC");
}

} // namespace

QList<ListingHit> ListingSearch::page(const ListingQuery& query, int offset, int limit) const
{
    // Own drafts are in the cache too; Explore shows what guests can book.
    QStringList where { QStringLiteral("deleted = 0"), QStringLiteral("status = 'listed'") };
    QVariantList values;
    auto add = [&](const QString& condition, const QVariantList& conditionValues) {
        where.append(condition);
        values += conditionValues;
    };
    for (const QString& word : query.text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString pattern = containsPattern(word);
        add(QStringLiteral("(title LIKE ? ESCAPE '\\' OR city LIKE ? ESCAPE '\\' OR %1 LIKE ? ESCAPE '\\')")
                .arg(field("description")),
            { pattern, pattern, pattern });
    }
    if (query.guests)
        add(QStringLiteral("max_guests >= ?"), { *query.guests });
    if (query.minPrice)
        add(QStringLiteral("nightly_price >= ?"), { *query.minPrice });
    if (query.maxPrice)
        add(QStringLiteral("nightly_price <= ?"), { *query.maxPrice });
    for (const QString& amenity : query.amenities)
        add(QStringLiteral("EXISTS (SELECT 1 FROM json_each(%1) WHERE value = ?)").arg(field("amenities")),
            { amenity });
    if (!query.propertyType.isEmpty())
        add(QStringLiteral("%1 = ?").arg(field("property_type")), { query.propertyType });
    if (query.instantBookOnly)
        add(QStringLiteral("%1 = 1").arg(field("instant_book")), {});
    if (query.checkIn && query.checkOut && *query.checkIn < *query.checkOut) {
        const QString in = dateToString(*query.checkIn);
        const QString out = dateToString(*query.checkOut);
        const qint64 nights = query.checkIn->daysTo(*query.checkOut);
        add(QStringLiteral("%1 <= ? AND %2 >= ?").arg(field("min_nights"), field("max_nights")), { nights, nights });
        // Offline the cache knows the hosts' blocks and this user's own bookings, but not other
        // guests' bookings (they are private to them and their host): a listing shown free here
        // may still be taken, which the server's answer to the booking then says. Date strings
        // compare as dates (ISO 8601); a stay and a block overlap when each starts before the
        // other ends. A booking created offline has no status yet and holds its nights.
        add(QStringLiteral("NOT EXISTS (SELECT 1 FROM blocks b WHERE b.listing_id = listings.id AND b.deleted = 0"
                           " AND b.start_date < ? AND b.end_date > ?)"),
            { out, in });
        add(QStringLiteral("NOT EXISTS (SELECT 1 FROM bookings k WHERE k.listing_id = listings.id AND k.deleted = 0"
                           " AND (k.status IS NULL OR k.status IN ('pending_payment', 'awaiting_host', 'confirmed'))"
                           " AND k.check_in < ? AND k.check_out > ?)"),
            { out, in });
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
        hits.append({ document.object(),
            client::parseSyncState(select.value(1).toString()).value_or(SyncState::Synced) });
    }
    return hits;
}

} // namespace roost::client
