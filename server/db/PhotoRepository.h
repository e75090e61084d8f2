// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <roost/Photo.h>

#include <QList>
#include <QUuid>

#include <pqxx/pqxx>

#include <optional>

namespace roost::server {

/// The rows that describe stored photos (the bytes live in files, see PhotoStore).
class PhotoRepository
{
public:
    static void prepare(pqxx::connection& c);

    explicit PhotoRepository(pqxx::transaction_base& tx) : m_tx(tx) {}

    /// Inserts the photo after the listing's last one and returns it with its position and
    /// created_at. The caller holds the listing's row lock, so positions cannot collide.
    Photo insert(const Photo& photo);
    int countForListing(const QUuid& listingId);
    // Listings carry their photos: every listing query selects them in the same statement (see
    // ROOST_LISTING_COLUMNS), so a page of listings never costs a query per listing.
    /// A photo of a live (not deleted) listing.
    std::optional<Photo> find(const QUuid& id);
    /// Deletes the listing's photo and closes the gap in positions; false when there is none.
    bool remove(const QUuid& listingId, const QUuid& photoId);
    /// The listing's photo ids in their current order.
    QList<QUuid> idsForListing(const QUuid& listingId);
    /// Gives the listing's photos the positions 0, 1, … in the order of `orderedIds`, which the
    /// caller has checked to be exactly the listing's photos (under the listing's row lock).
    void reorder(const QUuid& listingId, const QList<QUuid>& orderedIds);

private:
    pqxx::transaction_base& m_tx;
};

} // namespace roost::server
