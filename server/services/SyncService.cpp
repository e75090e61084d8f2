// SPDX-License-Identifier: Apache-2.0
#include "services/SyncService.h"

#include "ServerContext.h"
#include "db/Database.h"
#include "db/SyncRepository.h"
#include "services/SyncCursor.h"
#include "services/SyncView.h"

#include <roost/JsonSink.h>

namespace roost::server {

SyncService::SyncService(Database& db, ServerContext& context) : m_db(db), m_context(context) {}

SyncService::Page SyncService::pull(const AuthUser& caller, const QUrlQuery& query)
{
    const SyncPullRequest request = SyncPullRequest::parse(query);

    // One snapshot for the log and the objects: each object is read in the state its latest
    // logged change left it, and the counter read here is the last version this snapshot holds.
    pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(m_db.connection());
    SyncRepository log(tx);
    QList<SyncRepository::Change> changes = log.changesAfter(caller.userId, request.after, request.limit + 1);
    const bool more = changes.size() > request.limit;
    if (more)
        changes.resize(request.limit);

    SyncView view(tx, caller.userId, request.after, m_context.config.publicUrl);
    view.prefetch(changes);
    JsonTextSink out;
    out.beginObject();
    out.key("changes");
    out.beginArray();
    for (const auto& change : changes)
        view.append(change, out);
    out.endArray();
    // Without more to come the cursor moves to the snapshot's last version, past changes that
    // were not for this caller, so the next pull starts there. Commits stamp versions in commit
    // order (migration 0004), so nothing this snapshot missed can stamp a lower one.
    const qint64 latest = log.latestVersion();
    const qint64 cursor = more ? changes.last().version : std::max(request.after, latest);
    // How far the log goes past this page: an upper bound of the changes still to come (log
    // versions have gaps where an object changed again, and some entries are for other users),
    // read from the one counter row rather than counted, so a long first sync pays nothing for it.
    const qint64 remaining = more ? std::max<qint64>(0, latest - cursor) : 0;
    // Where the page after this one will end, so a client can ask for two pages at once. Read in
    // this snapshot, it is only a forecast: a change after it can move an object of that page to
    // the end of the log, and the next page then ends later. The client follows the next page's
    // own cursor and drops a forecast that turns out different.
    const std::optional<qint64> following = more ? log.pageEndAfter(caller.userId, cursor, request.limit) : std::nullopt;
    tx.commit();
    const QString encoded = encodeSyncCursor(cursor);
    out.field("cursor", encoded);
    out.field("has_more", more);
    out.field("remaining", remaining);
    out.endObject();
    return {out.text(), more ? encoded.toLatin1() : QByteArray(),
            following ? encodeSyncCursor(*following).toLatin1() : QByteArray()};
}

} // namespace roost::server
