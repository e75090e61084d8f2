// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "roost/Listing.h"
#include "roost/Quote.h"
#include "roost/Stay.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

namespace roost {

/// Where a booking is in its life (API.md, Bookings):
///   pending_payment ─PaymentSucceeded→ confirmed (instant book) | awaiting_host (request to book)
///   awaiting_host ─HostAccepts→ confirmed, ─HostDeclines / RequestExpired→ declined
///   pending_payment ─HoldExpired→ expired
///   pending_payment | awaiting_host | confirmed ─GuestCancels / HostCancels→ cancelled
///   confirmed ─StayCompleted→ completed
enum class BookingStatus { PendingPayment, AwaitingHost, Confirmed, Declined, Expired, Cancelled, Completed };

/// Wire names: pending_payment, awaiting_host, confirmed, declined, expired, cancelled, completed.
QString toString(BookingStatus status);
/// Exact (lowercase) wire names only; nullopt otherwise.
std::optional<BookingStatus> parseBookingStatus(const QString& text);

/// True for the states that hold the nights against other bookings: pending_payment,
/// awaiting_host and confirmed.
bool occupiesDates(BookingStatus status);

/// What can happen to a booking.
enum class BookingEvent {
    PaymentSucceeded,
    HostAccepts,
    HostDeclines,
    HoldExpired,    ///< the unpaid hold ran out (a background job)
    RequestExpired, ///< the host did not answer in time (a background job)
    GuestCancels,
    HostCancels,
    StayCompleted, ///< the day after check-out began (a background job)
};

/// Who acts on a booking: its guest, its host, or anyone else.
enum class Party { Guest, Host, Other };

namespace BookingTimes {
/// How long new dates stay held for an unpaid booking (the API's 15 minutes): enough to type a
/// card and pass a bank's check, short enough that an abandoned checkout frees the nights for
/// other guests soon.
constexpr qint64 kHoldSeconds = 15 * 60;
/// How long a host has to answer a request to book (the API's 24 h): a full day reaches a host in
/// any time zone at a waking hour, while the guest's money and plans are not held much longer.
constexpr qint64 kHostResponseSeconds = 24 * 60 * 60;
} // namespace BookingTimes

/// When the hold of a booking created at `createdAt` runs out.
QDateTime holdDeadline(const QDateTime& createdAt);
/// When a request to book that was paid at `paidAt` expires unanswered.
QDateTime hostResponseDeadline(const QDateTime& paidAt);
/// 00:00 UTC of check-in: from then on the stay has begun and can no longer be cancelled.
QDateTime stayBeginsAt(const Stay& stay);
/// 00:00 UTC of the day after check-out: from then on a confirmed stay is completed.
QDateTime stayCompletesAt(const Stay& stay);

/// A guest's booking of a listing, with every field of the API's `booking` object and what the
/// rules need besides. Stay has no empty state, so neither has a Booking: build it with
/// designated initialisers (`Booking{.id = …, .stay = *Stay::make(…), …}`). Every other member
/// has a default initialiser, so only the members set need naming (and GCC's
/// -Wmissing-field-initializers stays quiet).
struct Booking
{
    QUuid id{};
    QUuid listingId{};
    QUuid guestId{};
    QUuid hostId{};
    Stay stay;
    int guests = 1;
    Quote price{}; ///< fixed when the booking is made
    BookingStatus status = BookingStatus::PendingPayment;
    qint64 refundAmount = 0; ///< minor units of price.currency; set on cancellation
    QDateTime holdExpiresAt{}; ///< end of the unpaid hold (holdDeadline of createdAt)
    QDateTime respondBy{};     ///< awaiting_host: when the request expires unanswered; unset otherwise
    QString message{};         ///< the guest's note to the host
    QString cancelReason{};    ///< why whoever cancelled did so (empty: not said, or not cancelled)
    QDateTime createdAt{};
    QDateTime updatedAt{};
    qint64 version = 1;
    /// Copied from the listing when the booking is made: a host switching instant book on or off
    /// later must not change what happens to a payment already under way.
    bool instantBook = false;
    /// Copied from the listing when the booking is made, for the same reason: a guest's refund
    /// follows the terms they booked under.
    CancellationPolicy cancellationPolicy = CancellationPolicy::Flexible;

    friend bool operator==(const Booking& a, const Booking& b) = default;
};

/// Which side of `booking` `userId` is on.
Party partyOf(const Booking& booking, const QUuid& userId);

/// The API's `booking` object: `{id, listing_id, guest_id, host_id, check_in, check_out, guests,
/// nights, price, status, refund_amount, hold_expires_at, created_at, updated_at, version}`;
/// hold_expires_at is null unless the booking is pending_payment.
QJsonObject bookingToJson(const Booking& booking);

/// The outcome of an allowed event.
struct BookingTransition
{
    BookingStatus status;
    /// When status is AwaitingHost: hostResponseDeadline(now), for Booking::respondBy and the job
    /// that sends RequestExpired. Unset otherwise.
    QDateTime respondBy;
};

/// Where `event` takes `booking` at `now`, or throws Error(ErrorCode::InvalidState) when the
/// event is not allowed in its status or at that time. The time rules (a deadline "at" an instant
/// is reached at that instant):
/// - PaymentSucceeded only while now < holdExpiresAt: after it the nights may be someone else's.
/// - HoldExpired only once now ≥ holdExpiresAt; RequestExpired only once now ≥ respondBy;
///   HostAccepts only while now < respondBy (after it the request is expired, even if the job has
///   not run yet). HostDeclines has no deadline: declining late ends where expiry would.
///   An unset deadline holds nothing back, so a booking stored without one can still move on.
/// - GuestCancels / HostCancels only while now < stayBeginsAt.
/// - StayCompleted only once now ≥ stayCompletesAt.
/// Who may send an event is mayTrigger's question, not this one's.
BookingTransition transition(const Booking& booking, BookingEvent event, const QDateTime& now);

/// Whether `party` may ask for `event`: the host accepts, declines and cancels as host; the guest
/// pays and cancels as guest. The time events (HoldExpired, RequestExpired, StayCompleted) belong
/// to the server's jobs, so no party may trigger them, and Party::Other triggers nothing.
bool mayTrigger(Party party, BookingEvent event);

} // namespace roost
