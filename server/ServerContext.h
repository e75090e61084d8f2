// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Config.h"
#include "http/RateLimiter.h"
#include "observe/Metrics.h"

#include <QSemaphore>

namespace roost::server {

class SyncListener;

/// What every worker thread shares: read-only configuration and the few process-wide limits.
struct ServerContext {
    explicit ServerContext(Config c)
        : config(std::move(c)), hashSlots(config.hashConcurrency),
          ipLimiter(config.rateLimitPerIp, std::max(10, config.rateLimitPerIp / 6)),
          tokenLimiter(config.rateLimitPerToken, std::max(10, config.rateLimitPerToken / 6))
    {
    }

    Config config;
    std::string databaseUrl;  ///< resolved (embedded or configured); contains credentials
    QByteArray jwtSecret;     ///< resolved (configured or generated)
    /// Password hashes in flight. scrypt at production cost takes 128 MiB each, so this bounds
    /// memory and keeps some HTTP threads free during a login storm.
    QSemaphore hashSlots;
    Metrics metrics;
    RateLimiter ipLimiter;    ///< every request, by client address
    RateLimiter tokenLimiter; ///< requests with a bearer token, by token
    /// The process's LISTEN for committed changes (live pokes); null where nothing serves
    /// WebSockets (tools, the job worker).
    SyncListener* syncListener = nullptr;
};

} // namespace roost::server
