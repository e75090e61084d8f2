// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "roost/Booking.h"
#include "roost/Listing.h"

#include <QDateTime>

namespace roost {

/// The cancellation policies' numbers (API.md, "Precise rules: Money"). Deadlines count back from
/// stayBeginsAt (00:00 UTC of check-in).
namespace RefundRules {
constexpr qint64 kFlexibleDeadlineSeconds = 24 * 60 * 60;     // full refund until 24 h before
constexpr qint64 kModerateDeadlineSeconds = 5 * 24 * 60 * 60; // full refund until 5 days before
constexpr qint64 kStrictDeadlineSeconds = 7 * 24 * 60 * 60;   // half refund until 7 days before
constexpr int kPartialRefundPct = 50;                         // "50 %" of moderate (late) and strict (early)
} // namespace RefundRules

/// The instant a guest's cancellation under `policy` starts to refund less.
QDateTime refundDeadline(CancellationPolicy policy, const Stay& stay);

/// What cancelling `booking` at `now` refunds to the guest, in minor units of price.currency.
/// "Full" is price.total, service fee included; half is 50 % of it rounded half up.
/// - pending_payment: 0, whoever cancels (nothing was paid).
/// - A host's cancellation (or Party::Other's, e.g. support acting for the platform): full — the
///   guest did nothing to lose money over.
/// - A guest's cancellation while awaiting_host: full (the host had not even said yes).
/// - A guest's cancellation while confirmed, by booking.cancellationPolicy:
///   flexible: full before the deadline, nothing after; moderate: full before, half after;
///   strict: half before, nothing after.
/// "Before" means now < refundDeadline; at the deadline instant itself the later, smaller refund
/// applies ("until 24 h before" ends when 24 h before is reached), the same way as every other
/// deadline in the rules.
/// Throws Error(ErrorCode::InvalidState) when the cancellation itself is not allowed (see
/// transition(): the wrong status, or the stay has begun), so no refund is ever computed for a
/// cancellation that cannot happen.
qint64 refundAmount(const Booking& booking, Party cancelledBy, const QDateTime& now);

} // namespace roost
