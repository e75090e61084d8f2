// SPDX-License-Identifier: Apache-2.0
// A booking's status names, deadlines and JSON form.
#include "roost/Booking.h"

#include "roost/Date.h"
#include "roost/Id.h"

namespace roost {

namespace {

constexpr BookingStatus kAllStatuses[] = {
    BookingStatus::PendingPayment, BookingStatus::AwaitingHost, BookingStatus::Confirmed, BookingStatus::Declined,
    BookingStatus::Expired,        BookingStatus::Cancelled,    BookingStatus::Completed,
};

} // namespace

QString toString(BookingStatus status)
{
    switch (status) {
    case BookingStatus::PendingPayment: return QStringLiteral("pending_payment");
    case BookingStatus::AwaitingHost: return QStringLiteral("awaiting_host");
    case BookingStatus::Confirmed: return QStringLiteral("confirmed");
    case BookingStatus::Declined: return QStringLiteral("declined");
    case BookingStatus::Expired: return QStringLiteral("expired");
    case BookingStatus::Cancelled: return QStringLiteral("cancelled");
    case BookingStatus::Completed: return QStringLiteral("completed");
    }
    return QStringLiteral("pending_payment");
}

std::optional<BookingStatus> parseBookingStatus(const QString& text)
{
    for (const auto status : kAllStatuses) {
        if (text == toString(status))
            return status;
    }
    return std::nullopt;
}

bool occupiesDates(BookingStatus status)
{
    switch (status) {
    case BookingStatus::PendingPayment:
    case BookingStatus::AwaitingHost:
    case BookingStatus::Confirmed:
        return true;
    case BookingStatus::Declined:
    case BookingStatus::Expired:
    case BookingStatus::Cancelled:
    case BookingStatus::Completed:
        return false;
    }
    return false;
}

QDateTime holdDeadline(const QDateTime& createdAt)
{
    return createdAt.toUTC().addSecs(BookingTimes::kHoldSeconds);
}

QDateTime hostResponseDeadline(const QDateTime& paidAt)
{
    return paidAt.toUTC().addSecs(BookingTimes::kHostResponseSeconds);
}

QDateTime stayBeginsAt(const Stay& stay)
{
    return startOfDayUtc(stay.checkIn());
}

QDateTime stayCompletesAt(const Stay& stay)
{
    return startOfDayUtc(stay.checkOut().addDays(1));
}

Party partyOf(const Booking& booking, const QUuid& userId)
{
    if (userId.isNull())
        return Party::Other;
    if (userId == booking.guestId)
        return Party::Guest;
    if (userId == booking.hostId)
        return Party::Host;
    return Party::Other;
}

QJsonObject bookingToJson(const Booking& booking)
{
    const bool held = booking.status == BookingStatus::PendingPayment;
    return QJsonObject{
        {QStringLiteral("id"), idToString(booking.id)},
        {QStringLiteral("listing_id"), idToString(booking.listingId)},
        {QStringLiteral("guest_id"), idToString(booking.guestId)},
        {QStringLiteral("host_id"), idToString(booking.hostId)},
        {QStringLiteral("check_in"), dateToString(booking.stay.checkIn())},
        {QStringLiteral("check_out"), dateToString(booking.stay.checkOut())},
        {QStringLiteral("guests"), booking.guests},
        {QStringLiteral("nights"), booking.stay.nights()},
        {QStringLiteral("price"), priceToJson(booking.price)},
        {QStringLiteral("status"), toString(booking.status)},
        {QStringLiteral("refund_amount"), booking.refundAmount},
        {QStringLiteral("cancel_reason"), booking.cancelReason.isEmpty() ? QJsonValue() : QJsonValue(booking.cancelReason)},
        {QStringLiteral("hold_expires_at"), held ? timestampToJson(booking.holdExpiresAt) : QJsonValue()},
        {QStringLiteral("created_at"), timestampToJson(booking.createdAt)},
        {QStringLiteral("updated_at"), timestampToJson(booking.updatedAt)},
        {QStringLiteral("version"), booking.version},
    };
}

} // namespace roost
