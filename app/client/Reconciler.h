// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SyncProtocol.h"

namespace roost::client {

class LocalStore;
class Outbox;
struct LocalObject;

/// Merges what the server says (pull pages, push results) with what the user did (the outbox),
/// and carries out the user's choice on a conflict. Each call is one SQLite transaction, but
/// applyPullPage(), which runs in the caller's.
///
/// The rules it keeps:
/// - a change never goes backwards: an upsert or delete whose version is not above the newest
///   one seen for that object is ignored, so a stale upsert cannot resurrect a deleted object;
/// - local changes win in the cache until the server answers them: a pull refreshes the server
///   copy and shows the server's other fields, but never overwrites a field with a queued edit;
/// - an object's sync state is always what its queued mutations make it (Outbox::stateOf).
class Reconciler
{
public:
    Reconciler(LocalStore& store, Outbox& outbox) : m_store(store), m_outbox(outbox) {}

    /// Applies a pull page and stores its cursor, all or nothing.
    bool applyPull(const PullPage& page);
    /// The same inside a transaction the caller holds (and commits, or rolls back on false):
    /// a first sync stores several pages per commit.
    bool applyPullPage(const PullPage& page);
    /// Applies push results; `matched` counts those that named a queued mutation.
    bool applyResults(const QList<MutationResult>& results, int* matched = nullptr);

    /// Keep my version: the conflicted mutations are queued again against the server's current
    /// version and values, and the cache shows the server's object with my fields on top.
    bool resolveKeepMine(const QString& entity, const QString& id);
    /// Take theirs: every queued mutation of the object is dropped and the cache shows the
    /// server's object (or nothing, if the server never had it or deleted it).
    bool resolveTakeTheirs(const QString& entity, const QString& id);
    /// Field by field, for conflicted updates: the fields in `keepMine` are queued again on top
    /// of the server's version, the others take the server's values (a mutation left with no
    /// field is dropped). False when a conflicted mutation is not an update (nothing to split).
    bool resolveFields(const QString& entity, const QString& id, const QStringList& keepMine);

    /// `server` with the fields of the object's queued updates on top, oldest first.
    QJsonObject localView(const QString& entity, const QString& id, const QJsonObject& server) const;
    /// Recomputes the row's sync state from the outbox and writes the row.
    bool settle(LocalObject& object);

private:
    bool applyChange(const PullChange& change, bool nothingQueued);
    bool applyResult(const MutationResult& result, bool& matched);

    LocalStore& m_store;
    Outbox& m_outbox;
};

} // namespace roost::client
