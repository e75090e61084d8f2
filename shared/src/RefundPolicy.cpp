// SPDX-License-Identifier: Apache-2.0
#include "roost/RefundPolicy.h"

#include "roost/Money.h"

namespace roost {

namespace {

qint64 noticeSeconds(CancellationPolicy policy)
{
    switch (policy) {
    case CancellationPolicy::Flexible: return RefundRules::kFlexibleDeadlineSeconds;
    case CancellationPolicy::Moderate: return RefundRules::kModerateDeadlineSeconds;
    case CancellationPolicy::Strict: return RefundRules::kStrictDeadlineSeconds;
    }
    return RefundRules::kStrictDeadlineSeconds;
}

} // namespace

QDateTime refundDeadline(CancellationPolicy policy, const Stay& stay)
{
    return stayBeginsAt(stay).addSecs(-noticeSeconds(policy));
}

qint64 refundAmount(const Booking& booking, Party cancelledBy, const QDateTime& now)
{
    // The state machine is the one place that says whether a cancellation may happen.
    transition(booking, cancelledBy == Party::Guest ? BookingEvent::GuestCancels : BookingEvent::HostCancels, now);

    const qint64 full = booking.price.total;
    const qint64 half = Money::percentHalfUp(full, RefundRules::kPartialRefundPct);
    if (booking.status == BookingStatus::PendingPayment)
        return 0;
    if (cancelledBy != Party::Guest || booking.status == BookingStatus::AwaitingHost)
        return full;

    const bool early = now < refundDeadline(booking.cancellationPolicy, booking.stay);
    switch (booking.cancellationPolicy) {
    case CancellationPolicy::Flexible: return early ? full : 0;
    case CancellationPolicy::Moderate: return early ? full : half;
    case CancellationPolicy::Strict: return early ? half : 0;
    }
    return 0;
}

} // namespace roost
