// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "roost/Error.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace roost {
class Clock;
}

namespace roost::client {

class LocalStore;
struct LocalObject;

/// The answer to a local write: the object's id, or why it was refused.
struct WriteResult {
    QString id;
    FieldErrors errors; ///< by JSON field name, as the server would name them
    bool ok() const { return errors.isEmpty(); }
};

/// The user's writes while offline or online alike: each one is checked with libroost's rules
/// (the server's own), applied to the cache and queued as an outbox mutation with a fresh
/// mutation_id, in one transaction. New objects get client-made UUIDs, so they can be created,
/// edited and referred to before the server has seen them.
class LocalWrites
{
public:
    LocalWrites(LocalStore& store, const Clock& clock) : m_store(store), m_clock(clock) {}

    /// `fields` as for `POST /listings`.
    WriteResult createListing(const QJsonObject& fields);
    /// `fields` as for `PATCH /listings/{id}`: only those fields change.
    WriteResult updateListing(const QString& id, const QJsonObject& fields);
    WriteResult deleteListing(const QString& id);

    /// `fields` as for `POST /listings/{id}/blocks`: `{start_date, end_date, note?}`.
    WriteResult createBlock(const QString& listingId, const QJsonObject& fields);
    WriteResult deleteBlock(const QString& id);

    /// `fields` as for `POST /bookings`: `{listing_id, check_in, check_out, guests, message?}`.
    WriteResult createBooking(const QJsonObject& fields);
    WriteResult cancelBooking(const QString& id, const QString& reason = {});
    /// The host's answer to a request to book (`awaiting_host`).
    WriteResult acceptBooking(const QString& id);
    WriteResult declineBooking(const QString& id);

    /// `fields` as for `POST /bookings/{id}/reviews`: `{rating, comment, categories?}`.
    WriteResult createReview(const QString& bookingId, const QJsonObject& fields);
    /// The signed-in user's `{display_name?, bio?, phone?}` (a password change is online only).
    WriteResult updateProfile(const QJsonObject& fields);

private:
    WriteResult create(const QString& entity, const QJsonObject& local, const QJsonObject& sent);
    WriteResult change(LocalObject object, const QString& op, const QString& action, const QJsonObject& data,
                       const QJsonObject& base);
    std::optional<LocalObject> visible(const QString& entity, const QString& id, WriteResult& failure) const;
    QString userId() const;
    WriteResult bookingAction(const QString& id, const QString& action, const QJsonObject& data);

    LocalStore& m_store;
    const Clock& m_clock;
};

} // namespace roost::client
