// SPDX-License-Identifier: Apache-2.0
#include "roost/Clock.h"

#include <chrono>

namespace roost {

// The one place the domain library reads the wall clock; everything else asks a Clock.
QDateTime SystemClock::now() const
{
    const auto sinceEpoch = std::chrono::system_clock::now().time_since_epoch();
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(sinceEpoch).count();
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace roost
