// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QUuid>

#include <pqxx/pqxx>

#include <optional>

namespace roost::server {

/// Stored answers to requests sent with an Idempotency-Key.
class IdempotencyRepository
{
public:
    static void prepare(pqxx::connection& c);

    explicit IdempotencyRepository(pqxx::transaction_base& tx) : m_tx(tx) {}

    struct Stored {
        QByteArray fingerprint;
        int status = 0;
        QByteArray body;
    };

    /// Reserves the key for this transaction, or returns what another request stored under it.
    /// A concurrent request with the same key waits here until the first one commits, then
    /// reads its answer: parallel replays produce one effect.
    std::optional<Stored> reserve(const QUuid& userId, const QString& key, const QByteArray& fingerprint);
    /// Records the answer of the reserving request (same transaction as its effect).
    void complete(const QUuid& userId, const QString& key, int status, const QByteArray& body);

private:
    pqxx::transaction_base& m_tx;
};

} // namespace roost::server
