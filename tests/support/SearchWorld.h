// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiFixture.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <functional>

namespace roost::test {

/// One seeded listing as search must see it.
struct SeedListing {
    QString id;
    int order = 0; ///< creation order
    QString title, description, city, country, type;
    QString state; ///< listed | draft | unlisted | deleted
    int maxGuests = 1, minNights = 1, maxNights = 365;
    qint64 price = 0;
    QStringList amenities;
    bool instant = false;
    double lat = 0, lng = 0;
    double rating = -1; ///< -1: unrated (sorts last, as in the API)
    int ratingCount = 0;
    QList<QPair<QDate, QDate>> blocks; ///< [start, end)

    /// title, description and city contain every word of `q`, ignoring case.
    bool hasWords(const QString& q) const;
    /// min_nights ≤ nights ≤ max_nights and no block shares a night with [in, out).
    bool freeFor(const QDate& in, const QDate& out) const;
};

/// A scripted world for search tests: `count` listings from three hosts with varied cities
/// (including case variants and a near-miss "Parisville"), prices with ties, amenities, types,
/// places, words with SQL/LIKE metacharacters, drafts, unlisted and deleted listings, ratings,
/// and blocks on both sides of a stay starting at stayStart(). Keeps the model of each listing
/// so tests compute expected answers from it.
class SearchWorld
{
public:
    explicit SearchWorld(ApiFixture& api)
        : m_api(api)
    { }

    /// Creates everything; an empty string on success, else what failed.
    QString seed(int count);

    const QList<SeedListing>& listings() const { return m_listings; }
    const SeedListing& byId(const QString& id) const { return m_listings[m_index.value(id)]; }
    QDate stayStart() const { return m_stay; }
    /// Ids of the listed listings that `keep` accepts.
    QSet<QString> listedWhere(const std::function<bool(const SeedListing&)>& keep) const;

private:
    QString createAll(int count);
    QString rate();
    QString block();

    ApiFixture& m_api;
    QList<TestUser> m_hosts;
    QList<SeedListing> m_listings;
    QHash<QString, int> m_index;
    QDate m_stay;
};

} // namespace roost::test
