// SPDX-License-Identifier: Apache-2.0
#include "http/RateLimiter.h"

#include <cmath>

namespace roost::server {
namespace {
// Past this many clients in one shard, buckets that have refilled (idle clients) are dropped,
// so a scan from many addresses cannot grow memory without bound.
constexpr size_t kEvictAbove = 20'000;
} // namespace

RateLimiter::RateLimiter(int perMinute, int burst) : m_perSecond(perMinute / 60.0), m_burst(std::max(1, burst)) {}

int RateLimiter::take(quint64 key, Clock::time_point now)
{
    if (!enabled())
        return 0;
    Shard& shard = m_shards[key % m_shards.size()];
    const std::lock_guard lock(shard.mutex);
    if (shard.buckets.size() > kEvictAbove)
        evictFull(shard, now);
    auto [it, inserted] = shard.buckets.try_emplace(key, Bucket{m_burst, now});
    Bucket& bucket = it->second;
    const double elapsed = std::chrono::duration<double>(now - bucket.updated).count();
    bucket.tokens = std::min(m_burst, bucket.tokens + std::max(0.0, elapsed) * m_perSecond);
    bucket.updated = now;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return 0;
    }
    return std::max(1, int(std::ceil((1.0 - bucket.tokens) / m_perSecond)));
}

void RateLimiter::evictFull(Shard& shard, Clock::time_point now)
{
    const double refill = m_burst / m_perSecond; // seconds for an empty bucket to fill
    std::erase_if(shard.buckets, [&](const auto& entry) {
        return std::chrono::duration<double>(now - entry.second.updated).count() >= refill;
    });
}

} // namespace roost::server
