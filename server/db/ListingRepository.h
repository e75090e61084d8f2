// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ListingRows.h"

#include <roost/Listing.h>

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QUuid>

#include <pqxx/pqxx>

#include <optional>
#include <utility>

namespace roost::server {

/// Listings (soft-deleted ones are invisible to every finder except findCreateRecord) and the
/// read side of their calendar. The search lives in ListingSearch, blocks in BlockRepository.
class ListingRepository
{
public:
    static void prepare(pqxx::connection& c);

    explicit ListingRepository(pqxx::transaction_base& tx) : m_tx(tx) {}

    /// Inserts unless a listing with this id exists (deleted or not); true when inserted.
    /// `fingerprint` is the SHA-256 of the create request, to recognise a re-sent create.
    bool insert(const Listing& listing, const QByteArray& fingerprint);

    /// What a re-sent create is compared with; found even when the listing was deleted.
    struct CreateRecord {
        QUuid hostId;
        QByteArray fingerprint;
        bool deleted = false;
    };
    std::optional<CreateRecord> findCreateRecord(const QUuid& id);

    /// The live listing, without photos.
    std::optional<Listing> find(const QUuid& id);
    /// find() for many ids in one statement (a sync page's listings); absent ones are left out.
    QList<Listing> findMany(const QList<QUuid>& ids);
    /// Who hosts each live listing of `ids` and whether it is listed: what deciding who sees a
    /// listing's blocks and reviews takes, without reading the listings whole.
    struct Standing {
        QUuid hostId;
        ListingStatus status = ListingStatus::Draft;
    };
    QHash<QUuid, Standing> standingOfMany(const QList<QUuid>& ids);
    /// find(), locking the row until the transaction ends, so concurrent writers serialise.
    std::optional<Listing> findForUpdate(const QUuid& id);

    /// Writes every writable field, bumps version and updated_at; returns the stored listing
    /// (without photos).
    Listing update(const Listing& listing);
    /// Bumps version and updated_at only: for changes that show in the listing's JSON without
    /// touching its row (its photos).
    void touch(const QUuid& id);
    void softDelete(const QUuid& id);

    /// The host's live listings of every status, newest first, after `after`; at most `limit`.
    QList<ListingPageRow> listByHost(const QUuid& hostId, const std::optional<ListingSortKey>& after, int limit);

    /// The claimed nights `[first, second)` (blocks and bookings) overlapping `[from, to)`.
    QList<std::pair<QDate, QDate>> claimsBetween(const QUuid& listingId, const QDate& from, const QDate& to);

    /// Whether a confirmed booking of the listing ends after `today`.
    bool hasFutureConfirmedBookings(const QUuid& listingId, const QDate& today);

private:
    pqxx::transaction_base& m_tx;
};

} // namespace roost::server
