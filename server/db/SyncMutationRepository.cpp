// SPDX-License-Identifier: Apache-2.0
#include "db/SyncMutationRepository.h"

#include "db/Rows.h"

#include <QJsonDocument>

namespace roost::server {

void SyncMutationRepository::prepare(pqxx::connection& c)
{
    // An empty result marks a reservation not completed yet; others never see it, as it is
    // completed (or rolled back) within the reserving transaction.
    c.prepare("sync_mutation_reserve",
              "INSERT INTO sync_mutations (user_id, mutation_id, result) VALUES ($1, $2, '{}') "
              "ON CONFLICT (user_id, mutation_id) DO NOTHING");
    c.prepare("sync_mutation_find", "SELECT result FROM sync_mutations WHERE user_id = $1 AND mutation_id = $2");
    c.prepare("sync_mutation_complete",
              "UPDATE sync_mutations SET result = $3::jsonb WHERE user_id = $1 AND mutation_id = $2");
}

std::optional<QJsonObject> SyncMutationRepository::reserve(const QUuid& userId, const QString& mutationId)
{
    if (m_tx.exec_prepared("sync_mutation_reserve", rows::param(userId), rows::param(mutationId)).affected_rows() == 1)
        return std::nullopt;
    const auto row = m_tx.exec_prepared1("sync_mutation_find", rows::param(userId), rows::param(mutationId));
    return QJsonDocument::fromJson(QByteArray::fromStdString(row[0].as<std::string>())).object();
}

void SyncMutationRepository::complete(const QUuid& userId, const QString& mutationId, const QJsonObject& result)
{
    m_tx.exec_prepared0("sync_mutation_complete", rows::param(userId), rows::param(mutationId),
                        QJsonDocument(result).toJson(QJsonDocument::Compact).toStdString());
}

} // namespace roost::server
