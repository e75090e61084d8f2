// SPDX-License-Identifier: Apache-2.0
#include "config/Config.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <openssl/pem.h>
#include <openssl/x509.h>

#include <unistd.h>

namespace roost::server {
namespace {

/// One setting: its environment variable, its key in the config file, and its help line.
struct Setting {
    const char* env;
    const char* key;
    const char* help;
};

constexpr Setting kSettings[] = {
    {"ROOST_DATABASE_URL", "database_url", "libpq URL of the database; unset: a private PostgreSQL in the data directory"},
    {"ROOST_LISTEN", "listen", "host:port to serve HTTP on (default 127.0.0.1:8080; port 0 picks a free one)"},
    {"ROOST_DATA_DIR", "data_dir", "photos, embedded database and generated keys (default /var/lib/roost as root, else ~/.local/share/roost)"},
    {"ROOST_THREADS", "threads", "HTTP worker threads, each with its own database connection (default 2 x cores, at least 4)"},
    {"ROOST_JOB_WORKERS", "job_workers", "background-job threads inside serve (default 1; 0 leaves jobs to 'roost-server worker')"},
    {"ROOST_ENV", "env", "production (default), dev or test (test enables the testing hooks)"},
    {"ROOST_JWT_SECRET", "jwt_secret", "key for signing access tokens, at least 32 bytes (default: generated once and kept in the database, shared by every process)"},
    {"ROOST_SCRYPT_N", "scrypt_n", "scrypt cost N, a power of two (default 131072)"},
    {"ROOST_SCRYPT_R", "scrypt_r", "scrypt block size r (default 8)"},
    {"ROOST_SCRYPT_P", "scrypt_p", "scrypt parallelism p (default 1)"},
    {"ROOST_HASH_CONCURRENCY", "hash_concurrency", "password hashes computed at once (default: half the threads)"},
    {"ROOST_MAX_CONNECTIONS", "max_connections", "open HTTP connections per process (default 4096)"},
    {"ROOST_IDLE_TIMEOUT", "idle_timeout", "seconds before an idle or slow connection is closed (default 30)"},
    {"ROOST_SHUTDOWN_TIMEOUT", "shutdown_timeout", "seconds in-flight requests and running jobs get to finish after SIGTERM (default 10)"},
    {"ROOST_PUBLIC_URL", "public_url", "absolute URL prefix for photo links (default: relative links)"},
    {"ROOST_SMTP_URL", "smtp_url", "smtp://host:port or smtps://host:port for notification e-mail (default: .eml files in <data_dir>/outbox)"},
    {"ROOST_SMTP_USER", "smtp_user", "SMTP user name"},
    {"ROOST_SMTP_PASSWORD", "smtp_password", "SMTP password (never logged)"},
    {"ROOST_MAIL_FROM", "mail_from", "From address of notification e-mail"},
    {"ROOST_PG_BINDIR", "pg_bindir", "directory of initdb and postgres for the embedded database (default /usr/lib/postgresql/15/bin)"},
    {"ROOST_TLS_CERT", "tls_cert", "PEM certificate (chain) file: serve HTTPS instead of HTTP (needs ROOST_TLS_KEY)"},
    {"ROOST_TLS_KEY", "tls_key", "PEM private key file of ROOST_TLS_CERT (RSA or EC, unencrypted)"},
    {"ROOST_LOG_FORMAT", "log_format", "json (default) or text: one line per event on standard error"},
    {"ROOST_RATE_LIMIT_IP", "rate_limit_ip", "requests per minute from one client address, bursts of a sixth of it (default 1200; 0 turns it off)"},
    {"ROOST_RATE_LIMIT_TOKEN", "rate_limit_token", "requests per minute with one access token (default 1200; 0 turns it off)"},
    {"ROOST_TRUST_PROXY", "trust_proxy", "true behind a reverse proxy: the client address is the last X-Forwarded-For entry (default false)"},
    {"ROOST_METRICS_TOKEN", "metrics_token", "when set, GET /metrics needs 'Authorization: Bearer <token>' (default: open)"},
};

[[noreturn]] void fail(const QString& name, const QString& why)
{
    throw ConfigError(QStringLiteral("%1: %2").arg(name, why).toStdString());
}

class Reader
{
public:
    Reader(const QString& file, const QProcessEnvironment& env) : m_env(env)
    {
        if (!file.isEmpty()) {
            if (!QFileInfo(file).isReadable())
                throw ConfigError(QStringLiteral("--config: cannot read %1").arg(file).toStdString());
            m_file = std::make_unique<QSettings>(file, QSettings::IniFormat);
            if (m_file->status() != QSettings::NoError)
                throw ConfigError(QStringLiteral("--config: %1 is not a valid configuration file").arg(file).toStdString());
        }
    }

    /// The value and the name to blame if it is wrong; the environment wins over the file.
    std::optional<std::pair<QString, QString>> get(const Setting& s) const
    {
        const QString env = QString::fromLatin1(s.env);
        if (m_env.contains(env))
            return std::pair{m_env.value(env).trimmed(), env};
        const QString key = QString::fromLatin1(s.key);
        if (m_file && m_file->contains(key)) {
            const QVariant value = m_file->value(key);
            const QString name = QStringLiteral("%1 (config file)").arg(key);
            // QSettings reads an unquoted value with a comma as a list; refuse rather than guess.
            if (value.typeId() == QMetaType::QStringList)
                fail(name, QStringLiteral("contains a comma: put the value in double quotes"));
            return std::pair{value.toString().trimmed(), name};
        }
        return std::nullopt;
    }

private:
    const QProcessEnvironment& m_env;
    std::unique_ptr<QSettings> m_file;
};

qint64 toInteger(const std::pair<QString, QString>& v, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 n = v.first.toLongLong(&ok);
    if (!ok || n < min || n > max)
        fail(v.second, QStringLiteral("expected an integer between %1 and %2, got '%3'").arg(min).arg(max).arg(v.first));
    return n;
}

void parseListen(Config& c, const std::pair<QString, QString>& v)
{
    const int colon = v.first.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        fail(v.second, QStringLiteral("expected host:port, got '%1'").arg(v.first));
    QString host = v.first.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    QHostAddress address;
    if (!address.setAddress(host))
        fail(v.second, QStringLiteral("'%1' is not an IP address").arg(host));
    c.listenAddress = address;
    c.listenPort = quint16(toInteger({v.first.mid(colon + 1), v.second}, 0, 65535));
}

QString defaultDataDir()
{
    if (::geteuid() == 0)
        return QStringLiteral("/var/lib/roost");
    return QDir::homePath() + QStringLiteral("/.local/share/roost");
}

const Setting& setting(const char* env)
{
    for (const Setting& s : kSettings)
        if (qstrcmp(s.env, env) == 0)
            return s;
    Q_UNREACHABLE();
}

bool toBool(const std::pair<QString, QString>& v)
{
    const QString value = v.first.toLower();
    if (value == QLatin1String("true") || value == QLatin1String("1") || value == QLatin1String("yes"))
        return true;
    if (value == QLatin1String("false") || value == QLatin1String("0") || value == QLatin1String("no"))
        return false;
    fail(v.second, QStringLiteral("expected true or false, got '%1'").arg(v.first));
}

QByteArray readPem(const std::pair<QString, QString>& v)
{
    QFile file(v.first);
    if (v.first.isEmpty() || !file.open(QIODevice::ReadOnly))
        fail(v.second, QStringLiteral("cannot read '%1'").arg(v.first));
    return file.read(1 << 20);
}

/// A key of another certificate would fail every handshake: refuse it at start instead.
bool keyMatchesCertificate(const QByteArray& certPem, const QByteArray& keyPem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> certBio(BIO_new_mem_buf(certPem.constData(), int(certPem.size())), BIO_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())), BIO_free);
    std::unique_ptr<X509, decltype(&X509_free)> x509(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr), X509_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> pkey(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr),
                                                            EVP_PKEY_free);
    return x509 && pkey && X509_check_private_key(x509.get(), pkey.get()) == 1;
}

/// Certificate and key, both or neither; each must parse and they must belong together.
void readTls(Config& c, const Reader& r)
{
    const auto cert = r.get(setting("ROOST_TLS_CERT"));
    const auto key = r.get(setting("ROOST_TLS_KEY"));
    if (!cert && !key)
        return;
    if (!cert || !key)
        fail(cert ? QStringLiteral("ROOST_TLS_KEY") : QStringLiteral("ROOST_TLS_CERT"),
             QStringLiteral("TLS needs both ROOST_TLS_CERT and ROOST_TLS_KEY"));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(readPem(*cert), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        fail(cert->second, QStringLiteral("'%1' holds no PEM certificate").arg(cert->first));
    const QByteArray keyPem = readPem(*key);
    QSslKey privateKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (privateKey.isNull())
        privateKey = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (privateKey.isNull())
        fail(key->second, QStringLiteral("'%1' holds no unencrypted RSA or EC private key").arg(key->first));
    if (!keyMatchesCertificate(chain.first().toPem(), keyPem))
        fail(key->second, QStringLiteral("'%1' is not the private key of '%2'").arg(key->first, cert->first));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(privateKey);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    c.tls = tls;
}

void readOperations(Config& c, const Reader& r)
{
    readTls(c, r);
    c.logFormat = c.environment == Environment::Dev ? LogFormat::Text : LogFormat::Json;
    if (auto v = r.get(setting("ROOST_LOG_FORMAT"))) {
        if (v->first == QLatin1String("json"))
            c.logFormat = LogFormat::Json;
        else if (v->first == QLatin1String("text"))
            c.logFormat = LogFormat::Text;
        else
            fail(v->second, QStringLiteral("expected json or text, got '%1'").arg(v->first));
    }
    if (auto v = r.get(setting("ROOST_RATE_LIMIT_IP")))
        c.rateLimitPerIp = int(toInteger(*v, 0, 10'000'000));
    if (auto v = r.get(setting("ROOST_RATE_LIMIT_TOKEN")))
        c.rateLimitPerToken = int(toInteger(*v, 0, 10'000'000));
    if (auto v = r.get(setting("ROOST_TRUST_PROXY")))
        c.trustProxy = toBool(*v);
    if (auto v = r.get(setting("ROOST_METRICS_TOKEN")))
        c.metricsToken = v->first.toUtf8();
}

} // namespace

Config loadConfig(const QString& configFile, const QProcessEnvironment& env)
{
    const Reader r(configFile, env);
    Config c;
    c.threads = std::max(4, 2 * QThread::idealThreadCount());
    c.pgBinDir = QStringLiteral("/usr/lib/postgresql/15/bin");

    if (auto v = r.get(setting("ROOST_DATABASE_URL"))) {
        if (!v->first.isEmpty() && !v->first.startsWith(QLatin1String("postgres://"))
            && !v->first.startsWith(QLatin1String("postgresql://")))
            fail(v->second, QStringLiteral("expected a postgresql:// URL"));
        c.databaseUrl = v->first;
    }
    if (auto v = r.get(setting("ROOST_LISTEN")))
        parseListen(c, *v);
    c.dataDir = defaultDataDir();
    if (auto v = r.get(setting("ROOST_DATA_DIR"))) {
        if (v->first.isEmpty())
            fail(v->second, QStringLiteral("must not be empty"));
        c.dataDir = v->first;
    }
    c.dataDir = QDir(c.dataDir).absolutePath();
    if (auto v = r.get(setting("ROOST_THREADS")))
        c.threads = int(toInteger(*v, 1, 256));
    c.hashConcurrency = std::max(1, c.threads / 2);
    if (auto v = r.get(setting("ROOST_JOB_WORKERS")))
        c.jobWorkers = int(toInteger(*v, 0, 64));
    if (auto v = r.get(setting("ROOST_ENV"))) {
        if (v->first == QLatin1String("production"))
            c.environment = Environment::Production;
        else if (v->first == QLatin1String("dev"))
            c.environment = Environment::Dev;
        else if (v->first == QLatin1String("test"))
            c.environment = Environment::Test;
        else
            fail(v->second, QStringLiteral("expected production, dev or test, got '%1'").arg(v->first));
    }
    if (auto v = r.get(setting("ROOST_JWT_SECRET"))) {
        // HS256 keys shorter than the hash output weaken the signature (RFC 7518 §3.2).
        if (v->first.toUtf8().size() < 32)
            fail(v->second, QStringLiteral("must be at least 32 bytes"));
        c.jwtSecret = v->first.toUtf8();
    }
    if (auto v = r.get(setting("ROOST_SCRYPT_N"))) {
        const qint64 n = toInteger(*v, 2, qint64(1) << 22);
        if ((n & (n - 1)) != 0)
            fail(v->second, QStringLiteral("must be a power of two"));
        c.scrypt.n = quint64(n);
    }
    if (auto v = r.get(setting("ROOST_SCRYPT_R")))
        c.scrypt.r = quint32(toInteger(*v, 1, 64));
    if (auto v = r.get(setting("ROOST_SCRYPT_P")))
        c.scrypt.p = quint32(toInteger(*v, 1, 16));
    if (auto v = r.get(setting("ROOST_HASH_CONCURRENCY")))
        c.hashConcurrency = int(toInteger(*v, 1, 64));
    if (auto v = r.get(setting("ROOST_MAX_CONNECTIONS")))
        c.maxConnections = int(toInteger(*v, 1, 1'000'000));
    if (auto v = r.get(setting("ROOST_IDLE_TIMEOUT")))
        c.idleTimeoutSeconds = int(toInteger(*v, 1, 3600));
    if (auto v = r.get(setting("ROOST_SHUTDOWN_TIMEOUT")))
        c.shutdownTimeoutSeconds = int(toInteger(*v, 1, 3600));
    if (auto v = r.get(setting("ROOST_PUBLIC_URL"))) {
        const QUrl url(v->first);
        if (!v->first.isEmpty() && (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()))
            fail(v->second, QStringLiteral("expected an absolute http(s) URL"));
        c.publicUrl = v->first.endsWith(QLatin1Char('/')) ? v->first.chopped(1) : v->first;
    }
    if (auto v = r.get(setting("ROOST_SMTP_URL"))) {
        if (!v->first.isEmpty() && !v->first.startsWith(QLatin1String("smtp://")) && !v->first.startsWith(QLatin1String("smtps://")))
            fail(v->second, QStringLiteral("expected an smtp:// or smtps:// URL"));
        c.smtpUrl = v->first;
    }
    if (auto v = r.get(setting("ROOST_SMTP_USER")))
        c.smtpUser = v->first;
    if (auto v = r.get(setting("ROOST_SMTP_PASSWORD")))
        c.smtpPassword = v->first;
    if (auto v = r.get(setting("ROOST_MAIL_FROM"))) {
        if (!v->first.contains(QLatin1Char('@')))
            fail(v->second, QStringLiteral("expected an e-mail address"));
        c.mailFrom = v->first;
    }
    if (auto v = r.get(setting("ROOST_PG_BINDIR")))
        c.pgBinDir = v->first;
    readOperations(c, r);
    return c;
}

QString configHelp()
{
    QString text = QStringLiteral("Configuration (environment variable, or key in the --config INI file):\n");
    for (const Setting& s : kSettings)
        text += QStringLiteral("  %1 / %2\n      %3\n").arg(QString::fromLatin1(s.env), QString::fromLatin1(s.key), QString::fromLatin1(s.help));
    return text;
}

} // namespace roost::server
