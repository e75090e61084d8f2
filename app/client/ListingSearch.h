// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LocalObject.h"
#include "ListingQuery.h"

#include <QJsonObject>
#include <QList>

namespace roost::client {
class LocalStore;
}

namespace roost::client {

/// One listing of a search page: its cached object and sync state.
struct ListingHit {
    QJsonObject data;
    SyncState state = SyncState::Synced;
};

/// Pages of listed listings in the local cache that match a ListingQuery, in the query's order,
/// with SQL LIMIT/OFFSET so that a cache of 100 000 listings is never read whole.
class ListingSearch
{
public:
    explicit ListingSearch(const LocalStore& store)
        : m_store(store)
    { }

    /// Up to `limit` hits from position `offset`; empty on error (logged).
    QList<ListingHit> page(const ListingQuery& query, int offset, int limit) const;

private:
    const LocalStore& m_store;
};

} // namespace roost::client
