// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ListingRepository.h"
#include "db/ReviewRepository.h"
#include "db/SyncRepository.h"

#include <roost/Block.h>
#include <roost/JsonSink.h>
#include <roost/Listing.h>

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include <optional>

#include <pqxx/pqxx>

namespace roost::server {

/// Turns change-log entries into the changes one caller pulls: the object as the REST endpoint
/// shows it to that caller (`upsert`), or `delete` when the caller can no longer see it. Within
/// one page each object appears once.
///
/// The profiles of the users an object names (the caller's own in full) reach the caller too.
/// A profile whose own latest change lies past the cursor comes with that change, in this page or
/// a later one of the same walk, where it is checked to be named; only a profile the cursor has
/// already passed rides along with the object naming it. So a first sync carries each profile
/// once rather than once per page that names it (a host of twenty listings used to come twenty
/// times), and a client that has walked the log never misses a profile an object names.
class SyncView
{
public:
    /// `after` is the version the caller's cursor stands at.
    SyncView(pqxx::transaction_base& tx, const QUuid& caller, qint64 after, QString photoBaseUrl);

    /// Reads the public objects of a whole page up front, one statement per kind (listings,
    /// blocks, reviews, the profiles they name), instead of several statements per change: a
    /// first sync is almost all listings, and per-row reads were most of its cost.
    void prefetch(const QList<SyncRepository::Change>& changes);
    /// Writes what `change` means for the caller into `out`, an open array (possibly nothing:
    /// a user the caller sees nothing of).
    void append(const SyncRepository::Change& change, JsonSink& out);

private:
    /// The object as the caller sees it and the users it names; nothing when it is invisible.
    struct Visible {
        QJsonObject data;
        QList<QUuid> users;
        /// Listings and reviews are written from the row, straight to text: a first sync is
        /// mostly them.
        std::optional<Listing> listing = std::nullopt;
        std::optional<Review> review = std::nullopt;
    };
    std::optional<Visible> visible(const QString& entity, const QUuid& id);
    std::optional<Visible> listing(const QUuid& id);
    std::optional<Visible> block(const QUuid& id);
    std::optional<Visible> booking(const QUuid& id);
    std::optional<Visible> payment(const QUuid& id);
    std::optional<Visible> payout(const QUuid& id);
    std::optional<Visible> review(const QUuid& id);
    std::optional<Visible> user(const QUuid& id, bool named);
    bool listingVisible(const QUuid& id);
    bool listingListed(const QUuid& id);

    /// The live listing, from the page's prefetch when it was read there.
    std::optional<Listing> findListing(const QUuid& id);
    /// A live listing's host and status, likewise (nullopt: no live listing).
    std::optional<ListingRepository::Standing> standingOf(const QUuid& id);
    void prefetchProfiles(const QList<QUuid>& ids);
    /// Whether `person`'s profile comes in this walk with its own change (see the class).
    bool comesOnItsOwn(const QUuid& person);

    bool sent(const QString& entity, const QUuid& id) const;
    /// `found` null: a delete.
    void appendOnce(const QString& entity, const QUuid& id, qint64 version, const Visible* found, JsonSink& out);

    pqxx::transaction_base& m_tx;
    QUuid m_caller;
    qint64 m_after = 0;
    QString m_photoBaseUrl;
    QSet<QString> m_sent; ///< "entity/id" already in this page
    // Read by prefetch() in this same snapshot; an id present with nullopt does not exist.
    QHash<QUuid, std::optional<Listing>> m_listings; ///< the page's listings, whole
    /// Every listing the page's objects belong to: blocks and reviews need no more of theirs.
    QHash<QUuid, std::optional<ListingRepository::Standing>> m_standing;
    QHash<QUuid, std::optional<Block>> m_blocks;
    QHash<QUuid, std::optional<Review>> m_reviews;
    QHash<QUuid, QJsonObject> m_profiles; ///< public profiles of others
    QHash<QUuid, qint64> m_userVersions;  ///< latest logged change of a user; 0 for none
    QHash<QUuid, bool> m_named;           ///< the page's user changes: whether the caller sees them named
};

} // namespace roost::server
