// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/AuthUser.h"

#include <roost/Clock.h>

#include <QJsonObject>
#include <QUrlQuery>

#include <pqxx/pqxx>

namespace roost::server {

class Database;

/// Reviews after a stay: guests review the stay, hosts the guest; double-blind until both have
/// written or the window closes; one response by the host per review.
class ReviewService
{
public:
    explicit ReviewService(Database& db);

    struct Created {
        QJsonObject review;
        bool created = true;
    };
    Created create(const AuthUser& caller, const QUuid& bookingId, const QJsonObject& body, const Clock& clock);
    /// create() inside the caller's transaction, left uncommitted (for sync push).
    Created createIn(pqxx::work& tx, const AuthUser& caller, const QUuid& bookingId, const QJsonObject& body,
                     const Clock& clock);
    QJsonObject get(const std::optional<AuthUser>& caller, const QUuid& id);
    QJsonObject respond(const AuthUser& caller, const QUuid& id, const QJsonObject& body);
    QJsonObject ofListing(const QUuid& listingId, const QUrlQuery& query);
    QJsonObject aboutGuest(const QUuid& userId, const QUrlQuery& query);

private:
    Database& m_db;
};

} // namespace roost::server
