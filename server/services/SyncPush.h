// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/AuthUser.h"
#include "services/SyncMutation.h"

#include <roost/Clock.h>

#include <QJsonObject>

#include <pqxx/pqxx>

namespace roost::server {

class BookingService;
class Database;
class ListingService;
class ReviewService;
class UserService;

/// `POST /sync/push`: each mutation goes through the same service call, rules and permissions
/// as the REST endpoint it mirrors, in a transaction of its own that also stores its result
/// (so one bad mutation fails alone, and a re-sent one is answered, never applied, again).
class SyncPush
{
public:
    SyncPush(Database& db, UserService& users, ListingService& listings, BookingService& bookings,
             ReviewService& reviews);

    /// `{results: [{mutation_id, status, version?, error?, current?}]}` in the order sent.
    QJsonObject push(const AuthUser& caller, const QJsonObject& body, const Clock& clock);

private:
    QJsonObject run(const AuthUser& caller, const SyncMutation& m, const Clock& clock);
    /// The mutation's effect and its `applied` or `conflict` result; throws roost::Error for
    /// `rejected` (the effect is then rolled back).
    QJsonObject apply(pqxx::work& tx, const AuthUser& caller, const SyncMutation& m, const Clock& clock);
    QJsonObject updateListing(pqxx::work& tx, const AuthUser& caller, const SyncMutation& m);
    QJsonObject updateUser(pqxx::work& tx, const AuthUser& caller, const SyncMutation& m);

    Database& m_db;
    UserService& m_users;
    ListingService& m_listings;
    BookingService& m_bookings;
    ReviewService& m_reviews;
};

} // namespace roost::server
