// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

#include <optional>

namespace roost::server {

enum class Environment { Production, Dev, Test };
enum class LogFormat { Json, Text };

/// Cost parameters of scrypt. Production default N=2^17, r=8, p=1 (128 MiB, a few hundred ms);
/// tests lower N so suites do not spend minutes hashing.
struct ScryptParams {
    quint64 n = quint64(1) << 17;
    quint32 r = 8;
    quint32 p = 1;
};

/// Everything roost-server can be told, read once at start and then immutable.
struct Config {
    QString databaseUrl;            ///< libpq URL; empty → embedded PostgreSQL in dataDir
    QHostAddress listenAddress{QHostAddress::LocalHost};
    quint16 listenPort = 8080;      ///< 0 picks a free port (printed at start)
    QString dataDir;                ///< photos, embedded cluster, generated secrets
    int threads = 4;
    int jobWorkers = 1;             ///< background-job threads in `serve` (0: leave jobs to `worker`)
    Environment environment = Environment::Production;
    QByteArray jwtSecret;           ///< HS256 key; generated into dataDir when not given
    ScryptParams scrypt;
    int hashConcurrency = 2;        ///< password hashes in flight at once (memory bound)
    int maxConnections = 4096;      ///< open HTTP connections per process
    int idleTimeoutSeconds = 30;    ///< keep-alive / slow-request timeout
    qint64 maxJsonBody = 1 << 20;   ///< 1 MiB (API.md)
    qint64 maxPhotoBody = 10 << 20; ///< 10 MiB (API.md)
    QString publicUrl;              ///< prefix for photo URLs; empty → relative URLs
    QString pgBinDir;             ///< where initdb/postgres live for the embedded cluster
    QString smtpUrl;                ///< smtp:// or smtps:// URL; empty → .eml files in dataDir/outbox
    QString smtpUser;
    QString smtpPassword;
    QString mailFrom = QStringLiteral("Roost <no-reply@roost.invalid>");
    std::optional<QSslConfiguration> tls; ///< certificate and key loaded and checked; none → plain HTTP
    LogFormat logFormat = LogFormat::Json;
    int rateLimitPerIp = 1200;    ///< requests per minute per client address; 0: off
    int rateLimitPerToken = 1200; ///< requests per minute per access token; 0: off
    bool trustProxy = false;      ///< take the client address from X-Forwarded-For
    QByteArray metricsToken;      ///< empty: /metrics is open

    bool isTest() const { return environment == Environment::Test; }
};

/// Thrown for invalid configuration; the message names the setting.
class ConfigError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// Reads the optional file (INI, keys as in docs/configuration.md) and then the ROOST_*
/// environment variables, which win. Throws ConfigError naming the bad setting.
Config loadConfig(const QString& configFile, const QProcessEnvironment& env);

/// The text of `--help`'s configuration section.
QString configHelp();

} // namespace roost::server
