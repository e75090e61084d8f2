// SPDX-License-Identifier: Apache-2.0
#include "db/IdempotencyRepository.h"

#include "db/Rows.h"

namespace roost::server {
namespace {

pqxx::binarystring bytes(const QByteArray& b)
{
    return pqxx::binarystring(b.constData(), size_t(b.size()));
}

QByteArray toBytes(const pqxx::field& f)
{
    const pqxx::binarystring b(f);
    return QByteArray(b.get(), int(b.size()));
}

} // namespace

void IdempotencyRepository::prepare(pqxx::connection& c)
{
    // Status 0 marks a reservation whose answer is not written yet (never visible to others:
    // it is written in the same transaction).
    c.prepare("idempotency_reserve",
              "INSERT INTO idempotency_keys (user_id, key, fingerprint, status, body) VALUES ($1, $2, $3, 0, '') "
              "ON CONFLICT (user_id, key) DO NOTHING");
    c.prepare("idempotency_find", "SELECT fingerprint, status, body FROM idempotency_keys WHERE user_id = $1 AND key = $2");
    c.prepare("idempotency_complete", "UPDATE idempotency_keys SET status = $3, body = $4 WHERE user_id = $1 AND key = $2");
}

std::optional<IdempotencyRepository::Stored> IdempotencyRepository::reserve(const QUuid& userId, const QString& key,
                                                                            const QByteArray& fingerprint)
{
    if (m_tx.exec_prepared("idempotency_reserve", rows::param(userId), rows::param(key), bytes(fingerprint)).affected_rows() == 1)
        return std::nullopt;
    const auto row = m_tx.exec_prepared1("idempotency_find", rows::param(userId), rows::param(key));
    return Stored{toBytes(row[0]), row[1].as<int>(), toBytes(row[2])};
}

void IdempotencyRepository::complete(const QUuid& userId, const QString& key, int status, const QByteArray& body)
{
    m_tx.exec_prepared0("idempotency_complete", rows::param(userId), rows::param(key), status, bytes(body));
}

} // namespace roost::server
