// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QUrl>

#include <chrono>

namespace roost::client {

using namespace std::chrono_literals;

/// How a SyncEngine runs. The defaults suit the desktop app; tests shorten the delays.
struct SyncOptions {
    QUrl serverUrl;
    QString databasePath; ///< the SQLite cache file
    /// A sync even without pokes or edits: catches up when the live channel is down.
    std::chrono::milliseconds interval = 60s;
    /// Backoff while the server is unreachable or failing: 1 s doubling to 5 min, so a laptop
    /// that comes back online resyncs quickly but a dead server is not hammered.
    std::chrono::milliseconds retryFirst = 1s;
    std::chrono::milliseconds retryMax = 5min;
    std::chrono::milliseconds requestTimeout = 30s;
    /// The server's default page (its maximum is 1000). Each page names its objects' people
    /// again, so small pages repeat many profiles: 10 000 listings took 4.4 s at 100 a page,
    /// 3.1 s at 500 (bench/sync-first-pull).
    int pullPageSize = 500;
    /// Mutations per push request; each object sends one at a time anyway.
    int pushBatchSize = 50;
    bool live = true; ///< listen on /sync/live for pokes
};

} // namespace roost::client
