// SPDX-License-Identifier: Apache-2.0
#include "services/BookingLifecycle.h"

#include "db/BookingRepository.h"
#include "db/JobRepository.h"
#include "db/PaymentRepository.h"
#include "services/Notifications.h"

#include <roost/Error.h>
#include <roost/Id.h>
#include <roost/Payout.h>
#include <roost/RefundPolicy.h>
#include <roost/ReviewRules.h>

namespace roost::server {
namespace {

QJsonObject bookingPayload(const Booking& b)
{
    return {{QStringLiteral("booking_id"), idToString(b.id)}};
}

} // namespace

void BookingLifecycle::created(const Booking& booking)
{
    JobRepository(m_tx).enqueue(jobkind::kExpireHold, bookingPayload(booking), booking.holdExpiresAt);
}

Booking BookingLifecycle::apply(const Booking& current, BookingEvent event, Party by, const QDateTime& now)
{
    const BookingTransition t = transition(current, event, now);
    Booking next = current;
    next.status = t.status;
    next.respondBy = t.respondBy;
    JobRepository jobs(m_tx);
    PaymentRepository payments(m_tx);

    switch (t.status) {
    case BookingStatus::AwaitingHost:
        jobs.enqueue(jobkind::kExpireRequest, bookingPayload(next), next.respondBy);
        queueNotice(m_tx, Notice::PaymentReceipt, next, Party::Guest);
        queueNotice(m_tx, Notice::BookingRequested, next, Party::Host);
        break;
    case BookingStatus::Confirmed: {
        Payout payout;
        payout.id = newId();
        payout.bookingId = next.id;
        payout.listingId = next.listingId;
        payout.hostId = next.hostId;
        payout.amount = payoutAmount(next.price);
        payout.currency = next.price.currency;
        payout.releaseAt = payoutReleaseAt(next.stay);
        payments.insertPayout(payout);
        const auto stored = payments.payoutOfBooking(next.id);
        jobs.enqueue(jobkind::kReleasePayout, {{QStringLiteral("payout_id"), idToString(stored->id)}}, payout.releaseAt);
        jobs.enqueue(jobkind::kCompleteStay, bookingPayload(next), stayCompletesAt(next.stay));
        if (current.status == BookingStatus::PendingPayment)
            queueNotice(m_tx, Notice::PaymentReceipt, next, Party::Guest);
        queueNotice(m_tx, Notice::BookingConfirmed, next, Party::Guest);
        queueNotice(m_tx, Notice::BookingConfirmed, next, Party::Host);
        break;
    }
    case BookingStatus::Declined:
        // A declined or unanswered request was paid: the guest gets everything back.
        refund(next, next.price.total, QStringLiteral("declined"));
        next.refundAmount = payments.succeededPayment(next.id) ? next.price.total : 0;
        queueNotice(m_tx, Notice::BookingDeclined, next, Party::Guest);
        break;
    case BookingStatus::Cancelled: {
        const qint64 amount = refundAmount(current, by, now);
        refund(next, amount, by == Party::Host ? QStringLiteral("host_cancelled") : QStringLiteral("guest_cancelled"));
        next.refundAmount = payments.succeededPayment(next.id) ? amount : 0;
        if (const auto payout = payments.payoutOfBooking(next.id))
            payments.setPayoutStatus(payout->id, QStringLiteral("scheduled"), QStringLiteral("cancelled"));
        queueNotice(m_tx, Notice::BookingCancelled, next, Party::Guest);
        queueNotice(m_tx, Notice::BookingCancelled, next, Party::Host);
        break;
    }
    case BookingStatus::Completed:
        // When the review window closes, whatever was written becomes visible (double-blind).
        jobs.enqueue(jobkind::kPublishReviews, bookingPayload(next), reviewWindowClosesAt(next.stay));
        queueNotice(m_tx, Notice::ReviewReminder, next, Party::Guest);
        queueNotice(m_tx, Notice::ReviewReminder, next, Party::Host);
        break;
    case BookingStatus::PendingPayment:
    case BookingStatus::Expired:
        break;
    }
    return BookingRepository(m_tx).updateState(next);
}

void BookingLifecycle::refund(const Booking& booking, qint64 amount, const QString& reason)
{
    if (amount <= 0)
        return;
    PaymentRepository payments(m_tx);
    const auto paid = payments.succeededPayment(booking.id);
    if (!paid)
        return; // nothing was charged, so nothing to give back
    payments.insertRefund(paid->id, booking.id, std::min(amount, paid->amount), paid->currency, reason);
}

} // namespace roost::server
