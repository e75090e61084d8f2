// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "roost/Quote.h"
#include "roost/Stay.h"

#include <QDateTime>

namespace roost {

namespace PayoutRules {
constexpr int kHostFeePct = 3; // the API's host fee, kept from what the host earns
/// The money leaves 24 h after check-in (API.md): long enough for a guest to report a place that
/// is not as described before the host has been paid.
constexpr qint64 kReleaseDelaySeconds = 24 * 60 * 60;
} // namespace PayoutRules

/// What the host receives for a stay priced `price`, in minor units of price.currency:
/// base = nightly total − discount + cleaning fee (the guest's service fee is the platform's),
/// amount = base − 3 % of base, the fee rounded half up (so the host's share rounds down at .5).
qint64 payoutAmount(const Quote& price);

/// When the payout of `stay` is released: 00:00 UTC of check-in + 24 h.
QDateTime payoutReleaseAt(const Stay& stay);

} // namespace roost
