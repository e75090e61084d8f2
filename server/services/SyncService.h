// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/AuthUser.h"

#include <QByteArray>
#include <QUrlQuery>

namespace roost::server {

class Database;
struct ServerContext;

/// Offline-first sync (API.md, Sync): what changed for the caller since a cursor.
class SyncService
{
public:
    SyncService(Database& db, ServerContext& context);

    /// A pull page: `{changes, cursor, has_more, remaining}` as JSON text, written as it is read
    /// (a page is up to 1 000 objects), and the cursor to go on from when there is more.
    struct Page {
        QByteArray json;
        QByteArray nextCursor; ///< empty when has_more is false
        /// The cursor the next page is expected to end at, when more follow it too.
        QByteArray followingCursor;
    };

    /// `GET /sync/pull`.
    Page pull(const AuthUser& caller, const QUrlQuery& query);

private:
    Database& m_db;
    ServerContext& m_context;
};

} // namespace roost::server
