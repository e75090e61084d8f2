// SPDX-License-Identifier: Apache-2.0
#include "roost/Payout.h"

#include "roost/Date.h"
#include "roost/Money.h"

namespace roost {

qint64 payoutAmount(const Quote& price)
{
    // base ≤ total, which quoteStay already checked fits in qint64, so this cannot overflow.
    const qint64 base = price.nightlyTotal - price.discount + price.cleaningFee;
    return base - Money::percentHalfUp(base, PayoutRules::kHostFeePct);
}

QDateTime payoutReleaseAt(const Stay& stay)
{
    return startOfDayUtc(stay.checkIn()).addSecs(PayoutRules::kReleaseDelaySeconds);
}

} // namespace roost
