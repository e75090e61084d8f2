// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/AuthUser.h"

#include <roost/Booking.h>
#include <roost/Clock.h>

#include <QJsonObject>
#include <QUrlQuery>

#include <pqxx/pqxx>

namespace roost::server {

class Database;

/// Quotes and bookings: create (hold the dates), read, list, accept, decline, cancel.
class BookingService
{
public:
    explicit BookingService(Database& db);

    /// `POST /listings/{id}/quote`: the price and whether the dates are free.
    QJsonObject quote(const QUuid& listingId, const QJsonObject& body, const Clock& clock);

    struct Created {
        Booking booking;
        bool created = true; ///< false: an idempotent re-send of an earlier create
    };
    Created create(const AuthUser& caller, const QJsonObject& body, const Clock& clock);
    Booking get(const AuthUser& caller, const QUuid& id);
    /// `{items, next_cursor}` of the caller's bookings as guest or host.
    QJsonObject list(const AuthUser& caller, const QUrlQuery& query);
    Booking accept(const AuthUser& caller, const QUuid& id, const Clock& clock);
    Booking decline(const AuthUser& caller, const QUuid& id, const Clock& clock);
    Booking cancel(const AuthUser& caller, const QUuid& id, const Clock& clock);

    /// create/cancel/accept/decline inside the caller's transaction, left uncommitted (sync push
    /// stores each mutation's result with its effect).
    Created createIn(pqxx::work& tx, const AuthUser& caller, const QJsonObject& body, const Clock& clock);
    Booking cancelIn(pqxx::work& tx, const AuthUser& caller, const QUuid& id, const Clock& clock);
    /// A host's answer (accept or decline).
    Booking actIn(pqxx::work& tx, const AuthUser& caller, const QUuid& id, BookingEvent event, const Clock& clock);

private:
    Booking act(const AuthUser& caller, const QUuid& id, BookingEvent event, const Clock& clock);

    Database& m_db;
};

} // namespace roost::server
