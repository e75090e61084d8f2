// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <roost/Booking.h>

#include <pqxx/pqxx>

namespace roost::server {

/// Moves a booking through the state machine of libroost and carries out what each move means,
/// inside the caller's transaction: dates freed, refunds recorded, payouts scheduled or
/// cancelled, the time-based jobs that will make the next move enqueued. The one place the
/// consequences of a state change live, whoever triggered it (a guest, a host, a payment, a job).
class BookingLifecycle
{
public:
    explicit BookingLifecycle(pqxx::transaction_base& tx) : m_tx(tx) {}

    /// Called right after a booking is created: schedules the expiry of its hold.
    void created(const Booking& booking);
    /// Applies `event` at `now` (throws Error invalid_state when it is not allowed) and returns
    /// the stored booking.
    Booking apply(const Booking& booking, BookingEvent event, Party by, const QDateTime& now);

private:
    void refund(const Booking& booking, qint64 amount, const QString& reason);

    pqxx::transaction_base& m_tx;
};

/// Job kinds the lifecycle schedules (handled by JobService).
namespace jobkind {
inline const QString kExpireHold = QStringLiteral("expire_hold");
inline const QString kExpireRequest = QStringLiteral("expire_request");
inline const QString kCompleteStay = QStringLiteral("complete_stay");
inline const QString kReleasePayout = QStringLiteral("release_payout");
inline const QString kPublishReviews = QStringLiteral("publish_reviews");
} // namespace jobkind

} // namespace roost::server
