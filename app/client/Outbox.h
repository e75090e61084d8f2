// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LocalObject.h"
#include "SyncProtocol.h"

#include <QList>
#include <QString>

namespace roost::client {

class LocalStore;

/// A queued mutation with its place in the queue.
struct OutboxEntry {
    qint64 seq = 0;
    Mutation mutation;
    enum class State { Pending, Conflicted, Rejected } state = State::Pending;
    QString error;
};

/// The outbox table of a LocalStore: local writes waiting for the server, in creation order.
/// A mutation leaves it only when the server answered `applied` (or the user dropped it), so it
/// survives restarts, crashes and expired sessions; resending is safe because the server answers
/// a repeated mutation_id with its first result.
class Outbox
{
public:
    explicit Outbox(LocalStore& store) : m_store(store) {}

    bool enqueue(const Mutation& mutation);
    /// Every queued mutation of one object, oldest first.
    QList<OutboxEntry> entriesOf(const QString& entity, const QString& objectId) const;
    /// What to send now: for each object, its oldest mutation when that one is pending (a
    /// conflicted or rejected one holds back the later ones of its object, and only of it).
    /// One per object per push, so a later edit never lands before the answer to an earlier one.
    QList<Mutation> sendable(int limit) const;
    std::optional<OutboxEntry> entry(const QString& mutationId) const;
    int count() const;
    /// True only when the outbox is known to be empty (false when it cannot be read).
    bool isEmpty() const;
    /// The entity of a queued object's mutations; empty when nothing of it is queued.
    QString entityOf(const QString& objectId) const;

    bool remove(const QString& mutationId);
    bool removeAllOf(const QString& entity, const QString& objectId);
    bool setState(const QString& mutationId, OutboxEntry::State state, const QString& error);
    /// Points an unsent mutation at a newer server version.
    bool rebase(const QString& mutationId, qint64 baseVersion, const QJsonObject& base);
    /// Queues a conflicted mutation again against the server's newer version, under a new
    /// mutation id: the server answers a known id with its first result, the conflict.
    bool retry(const QString& mutationId, const QString& newMutationId, qint64 baseVersion, const QJsonObject& base);
    /// As retry(), with only some of its fields: `data` replaces what the mutation sends.
    bool retryWith(const QString& mutationId, const QString& newMutationId, qint64 baseVersion, const QJsonObject& base,
                   const QJsonObject& data);

    /// The object's state as its queued mutations make it: conflicted > rejected > pending > synced.
    std::pair<SyncState, QString> stateOf(const QString& entity, const QString& objectId) const;

private:
    QList<OutboxEntry> select(const QString& where, const QVariantList& values) const;
    LocalStore& m_store;
};

} // namespace roost::client
