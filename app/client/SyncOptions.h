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
    /// 100 is the API's maximum page; fewer round trips for a first sync.
    int pullPageSize = 100;
    /// Mutations per push request; each object sends one at a time anyway.
    int pushBatchSize = 50;
    bool live = true; ///< listen on /sync/live for pokes
};

} // namespace roost::client
