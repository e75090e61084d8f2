// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QUrlQuery>

namespace roost::server {

/// `?cursor=&limit=` of `GET /sync/pull`. The cursor is opaque to clients; inside it is the
/// last change-log version delivered (0: from the beginning).
struct SyncPullRequest {
    /// A first sync streams in pages this large; a client asks for smaller ones to show progress.
    static constexpr int kDefaultLimit = 500;
    /// Bounds one answer (each change carries a whole object plus the profiles it names).
    static constexpr int kMaxLimit = 1000;

    qint64 after = 0;
    int limit = kDefaultLimit;

    /// 422 validation_failed naming `limit` unless it is a positive integer (above the maximum
    /// is clamped, like every list of the API); 400 bad_request for a cursor this server did
    /// not issue. An absent or empty cursor starts from the beginning.
    static SyncPullRequest parse(const QUrlQuery& query);
};

QString encodeSyncCursor(qint64 version);

} // namespace roost::server
