// SPDX-License-Identifier: Apache-2.0
#include "db/SettingsRepository.h"

namespace roost::server {

QByteArray SettingsRepository::getOrCreate(const QString& key, const QByteArray& candidate)
{
    const std::string k = key.toStdString();
    m_tx.exec_params0("INSERT INTO server_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING", k,
                      pqxx::binarystring(candidate.constData(), size_t(candidate.size())));
    const pqxx::binarystring stored(m_tx.exec_params1("SELECT value FROM server_settings WHERE key = $1", k)[0]);
    return QByteArray(stored.get(), int(stored.size()));
}

} // namespace roost::server
