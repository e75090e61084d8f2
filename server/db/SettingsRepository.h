// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <pqxx/pqxx>

namespace roost::server {

/// Values all server processes on one database share.
class SettingsRepository
{
public:
    explicit SettingsRepository(pqxx::transaction_base& tx) : m_tx(tx) {}

    /// The stored value of `key`; stores `candidate` first if there is none (first writer wins).
    QByteArray getOrCreate(const QString& key, const QByteArray& candidate);

private:
    pqxx::transaction_base& m_tx;
};

} // namespace roost::server
