// SPDX-License-Identifier: Apache-2.0
#include "roost/Stay.h"

#include <limits>

namespace roost {

std::optional<Stay> Stay::make(QDate checkIn, QDate checkOut)
{
    if (!checkIn.isValid() || !checkOut.isValid() || checkOut <= checkIn)
        return std::nullopt;
    // QDate spans millions of years; nights() must still fit in an int.
    if (checkIn.daysTo(checkOut) > std::numeric_limits<int>::max())
        return std::nullopt;
    return Stay(checkIn, checkOut);
}

} // namespace roost
