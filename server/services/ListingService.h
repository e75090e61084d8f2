// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/AuthUser.h"
#include "db/ListingSearch.h"
#include "services/SearchQuery.h"

#include <roost/Block.h>
#include <roost/Listing.h>

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QUuid>

#include <pqxx/pqxx>

#include <optional>

namespace roost::server {

class Database;
struct ServerContext;

/// Listings, their search, their calendar (availability and the host's blocks).
class ListingService
{
public:
    ListingService(Database& db, ServerContext& context);

    /// A create's outcome: `created` is false for a re-sent create (same id, same body), which
    /// answers 200 with the listing as it is now instead of 201.
    template<typename T>
    struct Created {
        T object;
        bool created = true;
    };

    /// `POST /listings`; makes the caller a host. A re-sent create with another body, or an id
    /// that is someone else's, is 409 duplicate.
    Created<Listing> create(const AuthUser& caller, const QJsonObject& body);
    /// Public when listed; drafts and unlisted listings only for their host (404 otherwise).
    Listing get(const QUuid& id, const std::optional<AuthUser>& caller);
    /// The host's PATCH. `expectedVersion` comes from If-Match, else from a `version` in the body;
    /// a stale one is 409 version_conflict carrying the current listing.
    Listing update(const AuthUser& caller, const QUuid& id, const QJsonObject& body, std::optional<qint64> expectedVersion);
    /// Soft delete by the host; 409 invalid_state while future confirmed bookings exist.
    void remove(const AuthUser& caller, const QUuid& id, const QDate& today);

    /// `{items, next_cursor}` of the caller's listings, every status, newest first, as JSON text.
    QByteArray hostListings(const AuthUser& caller, const PageRequest& page);
    /// `{items, next_cursor}` of listed listings matching the criteria, as JSON text.
    QByteArray search(const SearchCriteria& criteria);

    /// `{days: [{date, available, nightly_price}]}` for the nights of `window`; nights before
    /// `today` are never available.
    QJsonObject availability(const QUuid& id, const std::optional<AuthUser>& caller, const DateWindow& window,
                             const QDate& today);

    /// The host blocks nights; 409 dates_unavailable when any of them is already claimed.
    Created<Block> createBlock(const AuthUser& caller, const QUuid& listingId, const QJsonObject& body,
                               const QDate& today);
    /// `{items, next_cursor: null}`: the host's blocks that have not ended before `today`.
    QJsonObject blocks(const AuthUser& caller, const QUuid& listingId, const QDate& today);
    void deleteBlock(const AuthUser& caller, const QUuid& listingId, const QUuid& blockId);

    /// The writes above inside the caller's transaction, which they leave uncommitted: sync push
    /// stores each mutation's result in the same transaction as its effect.
    Created<Listing> createIn(pqxx::work& tx, const AuthUser& caller, const QJsonObject& body);
    Listing updateIn(pqxx::work& tx, const AuthUser& caller, const QUuid& id, const QJsonObject& body,
                     std::optional<qint64> expectedVersion);
    void removeIn(pqxx::work& tx, const AuthUser& caller, const QUuid& id, const QDate& today);
    Created<Block> createBlockIn(pqxx::work& tx, const AuthUser& caller, const QUuid& listingId, const QJsonObject& body,
                                 const QDate& today);
    void deleteBlockIn(pqxx::work& tx, const AuthUser& caller, const QUuid& listingId, const QUuid& blockId);

    /// The API's listing object, photo URLs under the configured public URL.
    QJsonObject toJson(const Listing& listing) const;
    /// The same as JSON text, written straight from the listing (what the routes answer with).
    QByteArray toJsonText(const Listing& listing) const;

private:
    Database& m_db;
    ServerContext& m_context;
};

} // namespace roost::server
