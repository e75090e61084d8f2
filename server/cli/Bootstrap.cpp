// SPDX-License-Identifier: Apache-2.0
#include "cli/Bootstrap.h"

#include "db/Migrations.h"
#include "db/SettingsRepository.h"

#include <QDir>
#include <QLoggingCategory>

#include <pqxx/pqxx>

#include <openssl/rand.h>

Q_LOGGING_CATEGORY(lcBootstrap, "roost.server")

namespace roost::server {
namespace {
constexpr int kGeneratedSecretBytes = 64;
}

Bootstrap::Bootstrap(ServerContext& context) : m_context(context) {}

Bootstrap::~Bootstrap() = default;

void Bootstrap::openDatabase()
{
    const Config& config = m_context.config;
    if (!QDir().mkpath(config.dataDir))
        throw std::runtime_error("ROOST_DATA_DIR: cannot create " + config.dataDir.toStdString());
    if (!config.databaseUrl.isEmpty()) {
        m_context.databaseUrl = config.databaseUrl.toStdString();
        return;
    }
    EmbeddedPostgres::Options options;
    options.directory = config.dataDir + QStringLiteral("/postgres");
    options.binDir = config.pgBinDir;
    m_embedded = std::make_unique<EmbeddedPostgres>(options);
    m_embedded->start();
    m_context.databaseUrl = m_embedded->url().toStdString();
}

int Bootstrap::migrate()
{
    pqxx::connection connection(m_context.databaseUrl);
    return Migrations().apply(connection);
}

void Bootstrap::resolveSecrets()
{
    if (!m_context.config.jwtSecret.isEmpty()) {
        m_context.jwtSecret = m_context.config.jwtSecret;
        return;
    }
    QByteArray generated(kGeneratedSecretBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(generated.data()), kGeneratedSecretBytes) != 1)
        throw std::runtime_error("no randomness for the signing key");
    pqxx::connection connection(m_context.databaseUrl);
    pqxx::work tx(connection);
    m_context.jwtSecret = SettingsRepository(tx).getOrCreate(QStringLiteral("jwt_secret"), generated);
    tx.commit();
}

} // namespace roost::server
