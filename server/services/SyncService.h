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

    /// `GET /sync/pull`: `{changes, cursor, has_more, remaining}`.
    /// The answer as JSON text, written as it is read (a page is up to 1 000 objects).
    QByteArray pull(const AuthUser& caller, const QUrlQuery& query);

private:
    Database& m_db;
    ServerContext& m_context;
};

} // namespace roost::server
