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
    /// The server's largest page (about a megabyte of listings). Each page costs the server a
    /// few statements of its own: a first sync of 100 000 listings took 8.3 s at 500 a page,
    /// 7.1 s at 1000 (median of five each, bench/sync-first-pull).
    int pullPageSize = 1000;
    /// Mutations per push request; each object sends one at a time anyway.
    int pushBatchSize = 50;
    bool live = true; ///< listen on /sync/live for pokes
};

} // namespace roost::client
