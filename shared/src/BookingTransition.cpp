// SPDX-License-Identifier: Apache-2.0
// The booking state machine: which event may move a booking where, and when.
#include "roost/Booking.h"

#include "roost/Error.h"

#include <initializer_list>

namespace roost {

namespace {

// What the event asks for, for error messages ("Cannot accept a booking that is confirmed.").
QString actionName(BookingEvent event)
{
    switch (event) {
    case BookingEvent::PaymentSucceeded: return QStringLiteral("pay for");
    case BookingEvent::HostAccepts: return QStringLiteral("accept");
    case BookingEvent::HostDeclines: return QStringLiteral("decline");
    case BookingEvent::HoldExpired: return QStringLiteral("expire the hold of");
    case BookingEvent::RequestExpired: return QStringLiteral("expire the request of");
    case BookingEvent::GuestCancels:
    case BookingEvent::HostCancels: return QStringLiteral("cancel");
    case BookingEvent::StayCompleted: return QStringLiteral("complete");
    }
    return QStringLiteral("change");
}

[[noreturn]] void refuse(const QString& message)
{
    throw Error(ErrorCode::InvalidState, message);
}

void requireStatus(const Booking& booking, BookingEvent event, std::initializer_list<BookingStatus> allowed)
{
    for (const BookingStatus status : allowed) {
        if (booking.status == status)
            return;
    }
    refuse(QStringLiteral("Cannot %1 a booking that is %2.").arg(actionName(event), toString(booking.status)));
}

// An unset deadline has never passed: see transition()'s contract.
bool reached(const QDateTime& deadline, const QDateTime& now)
{
    return !deadline.isValid() || now >= deadline;
}

bool before(const QDateTime& deadline, const QDateTime& now)
{
    return !deadline.isValid() || now < deadline;
}

} // namespace

BookingTransition transition(const Booking& booking, BookingEvent event, const QDateTime& now)
{
    switch (event) {
    case BookingEvent::PaymentSucceeded:
        requireStatus(booking, event, {BookingStatus::PendingPayment});
        if (!before(booking.holdExpiresAt, now))
            refuse(QStringLiteral("The hold on these dates has expired."));
        if (booking.instantBook)
            return {BookingStatus::Confirmed, {}};
        return {BookingStatus::AwaitingHost, hostResponseDeadline(now)};

    case BookingEvent::HostAccepts:
        requireStatus(booking, event, {BookingStatus::AwaitingHost});
        if (!before(booking.respondBy, now))
            refuse(QStringLiteral("The request has expired."));
        return {BookingStatus::Confirmed, {}};

    case BookingEvent::HostDeclines:
        requireStatus(booking, event, {BookingStatus::AwaitingHost});
        return {BookingStatus::Declined, {}};

    case BookingEvent::HoldExpired:
        requireStatus(booking, event, {BookingStatus::PendingPayment});
        if (!reached(booking.holdExpiresAt, now))
            refuse(QStringLiteral("The hold has not expired yet."));
        return {BookingStatus::Expired, {}};

    case BookingEvent::RequestExpired:
        requireStatus(booking, event, {BookingStatus::AwaitingHost});
        if (!reached(booking.respondBy, now))
            refuse(QStringLiteral("The host can still answer the request."));
        return {BookingStatus::Declined, {}};

    case BookingEvent::GuestCancels:
    case BookingEvent::HostCancels:
        requireStatus(booking, event,
                      {BookingStatus::PendingPayment, BookingStatus::AwaitingHost, BookingStatus::Confirmed});
        if (now >= stayBeginsAt(booking.stay))
            refuse(QStringLiteral("The stay has already begun."));
        return {BookingStatus::Cancelled, {}};

    case BookingEvent::StayCompleted:
        requireStatus(booking, event, {BookingStatus::Confirmed});
        if (now < stayCompletesAt(booking.stay))
            refuse(QStringLiteral("The stay is not over yet."));
        return {BookingStatus::Completed, {}};
    }
    refuse(QStringLiteral("Unknown booking event."));
}

bool mayTrigger(Party party, BookingEvent event)
{
    switch (event) {
    case BookingEvent::PaymentSucceeded:
    case BookingEvent::GuestCancels:
        return party == Party::Guest;
    case BookingEvent::HostAccepts:
    case BookingEvent::HostDeclines:
    case BookingEvent::HostCancels:
        return party == Party::Host;
    case BookingEvent::HoldExpired:
    case BookingEvent::RequestExpired:
    case BookingEvent::StayCompleted:
        return false;
    }
    return false;
}

} // namespace roost
