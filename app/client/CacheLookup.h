// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LocalObject.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace roost::client {
class LocalStore;
}

namespace roost::client {

/// Small reads of the cache by an indexed column, for the guest's views: only the rows asked
/// for, never a whole table (a cache may hold 100 000 listings and their reviews).
class CacheLookup
{
public:
    explicit CacheLookup(const LocalStore& store)
        : m_store(store)
    { }

    /// Visible objects of `entity` whose indexed `column` equals `value`; unreadable rows skipped.
    QList<LocalObject> where(const QString& entity, const QString& column, const QString& value) const;

    /// The nights of `listingId` the cache knows to be taken: its blocks and the bookings in the
    /// cache that hold dates (offline that is only the user's own; other guests' bookings are
    /// theirs and their host's, so the server's availability completes this when online).
    QSet<QDate> takenNights(const QString& listingId) const;

private:
    const LocalStore& m_store;
};

} // namespace roost::client
