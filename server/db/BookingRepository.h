// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <roost/Booking.h>

#include <pqxx/pqxx>

#include <optional>

namespace roost::server {

/// Bookings and the calendar claims of those that hold dates.
class BookingRepository
{
public:
    static void prepare(pqxx::connection& c);

    explicit BookingRepository(pqxx::transaction_base& tx) : m_tx(tx) {}

    /// Inserts the booking and its claim on the dates. False when any night is already claimed
    /// (a booking or a block: the exclusion constraints decide, so no race can double-book) or
    /// when a concurrent create of the same id won; the caller's transaction stays usable.
    bool insert(const Booking& booking, const QByteArray& fingerprint);

    struct CreateRecord {
        QUuid guestId;
        QByteArray fingerprint;
    };
    std::optional<CreateRecord> findCreateRecord(const QUuid& id);
    std::optional<Booking> find(const QUuid& id);
    /// Locks the row for a state change.
    std::optional<Booking> findForUpdate(const QUuid& id);
    /// Writes status, refund and deadlines, bumps version; frees the dates when the new status
    /// no longer holds them.
    Booking updateState(const Booking& booking);

    enum class Role { Guest, Host };
    /// The caller's bookings, newest first; `afterCreatedMicros`/`afterId` is the keyset cursor.
    QList<std::pair<Booking, qint64>> list(const QUuid& userId, Role role, const std::optional<BookingStatus>& status,
                                          const std::optional<std::pair<qint64, QUuid>>& after, int limit);

    /// True when the listing has a confirmed booking whose stay has not ended.
    bool hasFutureConfirmed(const QUuid& listingId, const QDate& today);

private:
    pqxx::transaction_base& m_tx;
};

} // namespace roost::server
