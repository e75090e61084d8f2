// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <roost/Photo.h>

#include <QHash>
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
    QList<Photo> listForListing(const QUuid& listingId);
    /// The photos of many listings in one query (a search page), by listing, in position order.
    QHash<QUuid, QList<Photo>> listForListings(const QList<QUuid>& listingIds);
    /// A photo of a live (not deleted) listing.
    std::optional<Photo> find(const QUuid& id);
    /// Deletes the listing's photo and closes the gap in positions; false when there is none.
    bool remove(const QUuid& listingId, const QUuid& photoId);

private:
    pqxx::transaction_base& m_tx;
};

} // namespace roost::server
