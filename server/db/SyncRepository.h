// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

#include <optional>

#include <pqxx/pqxx>

namespace roost::server {

/// The change log (migration 0004): which objects changed after a version, for whom.
class SyncRepository
{
public:
    static void prepare(pqxx::connection& c);

    explicit SyncRepository(pqxx::transaction_base& tx) : m_tx(tx) {}

    /// One object's latest change.
    struct Change {
        QString entity;
        QUuid id;
        qint64 version = 0;
    };
    /// The changes stamped after `afterVersion` that `userId` may have to hear about (public
    /// ones, ones whose audience names the user, and every user's, whose visibility depends on
    /// what names them), oldest first, at most `limit`.
    QList<Change> changesAfter(const QUuid& userId, qint64 afterVersion, int limit);

    /// Where a page of `limit` changes from `afterVersion` would end, when more changes follow
    /// it (the filter and order of changesAfter); nothing when they do not.
    std::optional<qint64> pageEndAfter(const QUuid& userId, qint64 afterVersion, int limit);

    /// The last version stamped by a transaction visible to this one.
    qint64 latestVersion();

    /// The version of the latest logged change of each of `ids` (users), where there is one.
    QHash<QUuid, qint64> userVersions(const QList<QUuid>& ids);
    /// Which of `subjectIds` `userId` sees named by an object it sees (a listing it hosts, a
    /// booking with it, a review it wrote or is about), and so sees the public profile of.
    QSet<QUuid> namedUsers(const QUuid& userId, const QList<QUuid>& subjectIds);

private:
    pqxx::transaction_base& m_tx;
};

} // namespace roost::server
