// SPDX-License-Identifier: Apache-2.0
#include "Reconciler.h"

#include "LocalStore.h"
#include "Outbox.h"

#include "roost/Id.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace roost::client {

namespace {

qint64 objectVersion(const QJsonObject& object)
{
    return object.value(QStringLiteral("version")).toInteger();
}

/// The row a change makes when no local change is queued for its object: the object as the
/// pull delivered it, text and columns, not parsed again.
LocalObject serverObject(const PullChange& change)
{
    LocalObject object;
    object.entity = change.entity;
    object.id = change.id;
    object.dataJson = change.dataJson;
    object.columns = change.columns;
    object.version = change.objectVersion;
    object.changeVersion = change.version;
    object.deleted = change.isDelete;
    return object;
}

} // namespace

bool Reconciler::applyPull(const PullPage& page)
{
    LocalStore::Transaction transaction(m_store);
    return transaction.isActive() && applyPullPage(page) && transaction.commit();
}

bool Reconciler::applyPullPage(const PullPage& page)
{
    // The caller holds the write lock from before this to commit, so no local write can queue
    // anything meanwhile: an empty outbox (a first sync) stays empty for the whole page, and no
    // change needs the per-object outbox lookup.
    const bool nothingQueued = m_outbox.isEmpty();
    for (const PullChange& change : page.changes) {
        if (!applyChange(change, nothingQueued))
            return false;
    }
    return m_store.setMeta(QStringLiteral("cursor"), page.cursor);
}

bool Reconciler::applyChange(const PullChange& change, bool nothingQueued)
{
    if (nothingQueued) {
        // Every row is the server's: the newer version wins, decided by SQLite in the write.
        return m_store.writeObject(serverObject(change), LocalStore::Write::IfNewer);
    }
    // An unreadable row counts as absent, so the server's copy repairs it.
    const std::optional<LocalObject> row = m_store.object(change.entity, change.id);
    if (row && row->changeVersion && change.version <= *row->changeVersion)
        return true;
    const bool queued = !nothingQueued && !m_outbox.entriesOf(change.entity, change.id).isEmpty();
    if (!queued || !row) {
        LocalObject object = serverObject(change);
        if (queued)
            return settle(object);
        return m_store.writeObject(object);
    }
    LocalObject object = *row;
    object.changeVersion = change.version;
    if (change.isDelete) {
        object.serverData.reset();
        return m_store.writeObject(object);
    }
    object.serverData = change.data();
    if (!object.deleted) {
        object.data = localView(change.entity, change.id, *object.serverData);
        object.version = change.objectVersion;
    }
    return m_store.writeObject(object);
}

bool Reconciler::applyResults(const QList<MutationResult>& results, int* matched)
{
    LocalStore::Transaction transaction(m_store);
    if (!transaction.isActive())
        return false;
    int count = 0;
    for (const MutationResult& result : results) {
        bool found = false;
        if (!applyResult(result, found))
            return false;
        count += found ? 1 : 0;
    }
    if (matched)
        *matched = count;
    return transaction.commit();
}

bool Reconciler::applyResult(const MutationResult& result, bool& matched)
{
    const std::optional<OutboxEntry> entry = m_outbox.entry(result.mutationId);
    matched = entry.has_value();
    if (!entry)
        return true; // answered before (a resend after a crash): nothing left to do
    const Mutation& mutation = entry->mutation;
    std::optional<LocalObject> row = m_store.object(mutation.entity, mutation.objectId);
    switch (result.status) {
    case MutationResult::Status::Applied:
        if (!m_outbox.remove(mutation.mutationId))
            return false;
        if (result.version) {
            // Later mutations of this object were written on top of this one, so they are based
            // on the version it produced.
            for (const OutboxEntry& later : m_outbox.entriesOf(mutation.entity, mutation.objectId)) {
                if (later.state == OutboxEntry::State::Pending && later.mutation.op != QLatin1String("create")
                    && !m_outbox.rebase(later.mutation.mutationId, *result.version, later.mutation.base))
                    return false;
            }
            if (row)
                row->version = *result.version;
        }
        break;
    case MutationResult::Status::Conflict:
        if (!m_outbox.setState(mutation.mutationId, OutboxEntry::State::Conflicted,
                               result.errorMessage.isEmpty() ? QStringLiteral("changed on the server since last seen")
                                                             : result.errorMessage))
            return false;
        if (row && result.current)
            row->serverData = *result.current;
        break;
    case MutationResult::Status::Rejected: {
        const QString reason = result.errorCode.isEmpty() ? result.errorMessage
                                                          : result.errorCode + QStringLiteral(": ") + result.errorMessage;
        if (!m_outbox.setState(mutation.mutationId, OutboxEntry::State::Rejected, reason))
            return false;
        // A refused delete brings the object back, so the user sees it with the reason.
        if (row && mutation.op == QLatin1String("delete") && row->serverData)
            row->deleted = false;
        break;
    }
    }
    if (!row) {
        qCWarning(lcStore) << "push result for" << mutation.entity << mutation.objectId << "which the cache no longer has";
        return true;
    }
    return settle(*row);
}

bool Reconciler::settle(LocalObject& object)
{
    const auto [state, error] = m_outbox.stateOf(object.entity, object.id);
    object.state = state;
    object.error = error;
    // Nothing of mine is left: `data` is what the server now holds (its copy plus my applied
    // fields); the next pull brings the exact object.
    if (state == SyncState::Synced)
        object.serverData.reset();
    return m_store.writeObject(object);
}

QJsonObject Reconciler::localView(const QString& entity, const QString& id, const QJsonObject& server) const
{
    QJsonObject view = server;
    for (const OutboxEntry& entry : m_outbox.entriesOf(entity, id)) {
        if (entry.mutation.op != QLatin1String("update"))
            continue;
        for (auto it = entry.mutation.data.begin(); it != entry.mutation.data.end(); ++it)
            view.insert(it.key(), it.value());
    }
    return view;
}

bool Reconciler::resolveKeepMine(const QString& entity, const QString& id)
{
    LocalStore::Transaction transaction(m_store);
    std::optional<LocalObject> row = m_store.object(entity, id);
    if (!transaction.isActive() || !row)
        return false;
    const QJsonObject theirs = row->serverData.value_or(QJsonObject());
    const qint64 theirVersion = row->serverData ? objectVersion(*row->serverData) : row->version;
    for (const OutboxEntry& entry : m_outbox.entriesOf(entity, id)) {
        if (entry.state != OutboxEntry::State::Conflicted)
            continue;
        QJsonObject base;
        for (auto it = entry.mutation.base.begin(); it != entry.mutation.base.end(); ++it)
            base.insert(it.key(), theirs.value(it.key()));
        if (!m_outbox.retry(entry.mutation.mutationId, idToString(newId()), theirVersion, base))
            return false;
    }
    if (row->serverData && !row->deleted) {
        row->data = localView(entity, id, theirs);
        row->version = theirVersion;
    }
    return settle(*row) && transaction.commit();
}

bool Reconciler::resolveFields(const QString& entity, const QString& id, const QStringList& keepMine)
{
    LocalStore::Transaction transaction(m_store);
    std::optional<LocalObject> row = m_store.object(entity, id);
    if (!transaction.isActive() || !row || !row->serverData)
        return false;
    const QJsonObject theirs = *row->serverData;
    const qint64 theirVersion = objectVersion(theirs);
    bool any = false;
    for (const OutboxEntry& entry : m_outbox.entriesOf(entity, id)) {
        if (entry.state != OutboxEntry::State::Conflicted)
            continue;
        if (entry.mutation.op != QLatin1String("update"))
            return false;
        any = true;
        QJsonObject data;
        QJsonObject base;
        for (auto it = entry.mutation.data.begin(); it != entry.mutation.data.end(); ++it) {
            if (!keepMine.contains(it.key()))
                continue;
            data.insert(it.key(), it.value());
            base.insert(it.key(), theirs.value(it.key()));
        }
        const bool ok = data.isEmpty() ? m_outbox.remove(entry.mutation.mutationId)
                                       : m_outbox.retryWith(entry.mutation.mutationId, idToString(newId()), theirVersion, base, data);
        if (!ok)
            return false;
    }
    if (!any)
        return false;
    if (!row->deleted) {
        row->data = localView(entity, id, theirs);
        row->version = theirVersion;
    }
    return settle(*row) && transaction.commit();
}

bool Reconciler::resolveTakeTheirs(const QString& entity, const QString& id)
{
    LocalStore::Transaction transaction(m_store);
    std::optional<LocalObject> row = m_store.object(entity, id);
    if (!transaction.isActive() || !row || !m_outbox.removeAllOf(entity, id))
        return false;
    if (row->serverData) {
        row->data = *row->serverData;
        row->version = objectVersion(*row->serverData);
        row->deleted = false;
    } else if (row->changeVersion) {
        row->data = QJsonObject(); // the server deleted it
        row->deleted = true;
    } else {
        return m_store.removeObject(entity, id) && transaction.commit(); // never reached the server
    }
    return settle(*row) && transaction.commit();
}

} // namespace roost::client
