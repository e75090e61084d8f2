// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QUuid>

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
    /// ones, or ones whose audience names the user), oldest first, at most `limit`.
    QList<Change> changesAfter(const QUuid& userId, qint64 afterVersion, int limit);

    /// The last version stamped by a transaction visible to this one.
    qint64 latestVersion();

    /// Whether `userId` sees an object that names `subjectId` (a listing it hosts, a booking
    /// with it, a review it wrote or is about), and so sees its public profile.
    bool namesUser(const QUuid& userId, const QUuid& subjectId);

private:
    pqxx::transaction_base& m_tx;
};

} // namespace roost::server
