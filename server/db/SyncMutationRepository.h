// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <pqxx/pqxx>

#include <optional>

namespace roost::server {

/// The first result of each pushed mutation (migration 0005), per user.
class SyncMutationRepository
{
public:
    static void prepare(pqxx::connection& c);

    explicit SyncMutationRepository(pqxx::transaction_base& tx) : m_tx(tx) {}

    /// Reserves the mutation id for this transaction, or returns the result stored under it. A
    /// concurrent push of the same mutation waits here until the first commits, then reads its
    /// result: one effect, one result.
    std::optional<QJsonObject> reserve(const QUuid& userId, const QString& mutationId);
    /// Records the reserving transaction's result (with its effect, same transaction).
    void complete(const QUuid& userId, const QString& mutationId, const QJsonObject& result);

private:
    pqxx::transaction_base& m_tx;
};

} // namespace roost::server
