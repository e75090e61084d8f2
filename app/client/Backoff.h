// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdint>

namespace roost::client {

/// Exponential backoff: first, 2×first, 4×first … up to max; reset() after a success.
class Backoff
{
public:
    Backoff(std::chrono::milliseconds first, std::chrono::milliseconds max) : m_first(first), m_max(max) {}

    std::chrono::milliseconds next()
    {
        const std::chrono::milliseconds grown = m_first * (std::int64_t{1} << std::min(m_failures, 20));
        const auto delay = std::min(m_max, grown);
        ++m_failures;
        return delay;
    }
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    std::chrono::milliseconds m_first;
    std::chrono::milliseconds m_max;
    int m_failures = 0;
};

} // namespace roost::client
