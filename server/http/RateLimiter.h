// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

#include <array>
#include <chrono>
#include <mutex>
#include <unordered_map>

namespace roost::server {

/// Token buckets by key (a client address or an access token's hash), shared by every HTTP
/// thread of the process: a client whose connections the kernel spreads over the threads still
/// meets one limit. `perMinute` requests are allowed on average, bursts of `burst` at once.
class RateLimiter
{
public:
    using Clock = std::chrono::steady_clock;

    RateLimiter(int perMinute, int burst);

    bool enabled() const { return m_perSecond > 0; }
    /// Takes one request from `key`'s bucket: 0 when allowed, else the seconds until it would be.
    int take(quint64 key, Clock::time_point now = Clock::now());

private:
    struct Bucket {
        double tokens;
        Clock::time_point updated;
    };
    struct Shard {
        std::mutex mutex;
        std::unordered_map<quint64, Bucket> buckets;
    };
    void evictFull(Shard& shard, Clock::time_point now);

    double m_perSecond;
    double m_burst;
    std::array<Shard, 16> m_shards;
};

} // namespace roost::server
