// SPDX-License-Identifier: Apache-2.0
#include "db/EmbeddedPostgres.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QThread>
#include <QUrl>

#include <pqxx/pqxx>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcEmbedded, "roost.db.embedded")

namespace roost::server {
namespace {

/// The unprivileged account PostgreSQL runs as when we are root.
struct RunAs {
    uid_t uid = 0;
    gid_t gid = 0;
    bool needed = false;
};

RunAs runAs()
{
    RunAs r;
    if (::geteuid() != 0)
        return r;
    const passwd* pw = ::getpwnam("postgres");
    if (!pw)
        throw std::runtime_error("running as root needs the 'postgres' system user (package postgresql-15)");
    r.uid = pw->pw_uid;
    r.gid = pw->pw_gid;
    r.needed = true;
    return r;
}

/// Runs in the forked child before exec: drop to the postgres user, then ask for SIGTERM when
/// the parent dies (the order matters: changing credentials clears the death signal).
void prepareChild(const RunAs& who)
{
    if (who.needed) {
        if (::setgroups(0, nullptr) != 0 || ::setgid(who.gid) != 0 || ::setuid(who.uid) != 0)
            ::_exit(126);
    }
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        throw std::runtime_error("no free loopback port for the embedded database");
    return probe.serverPort();
}

QString randomPassword()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString s;
    for (int i = 0; i < 32; ++i)
        s += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    return s;
}

void giveTo(const RunAs& who, const QString& path)
{
    if (who.needed && ::chown(QFile::encodeName(path).constData(), who.uid, who.gid) != 0)
        throw std::runtime_error("cannot hand " + path.toStdString() + " to the postgres user");
}

} // namespace

EmbeddedPostgres::EmbeddedPostgres(Options options) : m_options(std::move(options)) {}

EmbeddedPostgres::~EmbeddedPostgres()
{
    stop();
}

QString EmbeddedPostgres::clusterDir() const
{
    return m_options.directory + QStringLiteral("/cluster");
}

QString EmbeddedPostgres::passwordFile() const
{
    return m_options.directory + QStringLiteral("/cluster.password");
}

void EmbeddedPostgres::runTool(const QString& tool, const QStringList& args)
{
    const RunAs who = runAs();
    QProcess p;
    p.setProgram(m_options.binDir + QLatin1Char('/') + tool);
    p.setArguments(args);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setChildProcessModifier([who] { prepareChild(who); });
    p.start();
    if (!p.waitForFinished(120'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        const QString out = QString::fromLocal8Bit(p.readAll()).trimmed();
        throw std::runtime_error(QStringLiteral("%1 failed: %2").arg(tool, out.isEmpty() ? p.errorString() : out).toStdString());
    }
}

void EmbeddedPostgres::initialise()
{
    const RunAs who = runAs();
    if (!QDir().mkpath(m_options.directory))
        throw std::runtime_error("cannot create " + m_options.directory.toStdString());
    QFile::setPermissions(m_options.directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                 | (who.needed ? QFile::ExeOther : QFile::Permissions()));
    if (who.needed) {
        // As root the directory stays ours; postgres only needs to pass through it.
        QDir().mkpath(clusterDir());
        giveTo(who, clusterDir());
    }

    m_password = randomPassword();
    // initdb reads the superuser password from a file; postgres must be able to read it briefly.
    const QString pwTemp = m_options.directory + QStringLiteral("/initdb.pw");
    {
        QFile f(pwTemp);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw std::runtime_error("cannot write " + pwTemp.toStdString());
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        f.write(m_password.toUtf8());
    }
    giveTo(who, pwTemp);
    try {
        runTool(QStringLiteral("initdb"), {QStringLiteral("-D"), clusterDir(), QStringLiteral("-U"), QStringLiteral("roost"),
                                           QStringLiteral("--auth=scram-sha-256"), QStringLiteral("--pwfile=") + pwTemp,
                                           QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8")});
    } catch (...) {
        QFile::remove(pwTemp);
        throw;
    }
    QFile::remove(pwTemp);

    QFile pw(passwordFile());
    if (!pw.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw std::runtime_error("cannot write " + passwordFile().toStdString());
    pw.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    pw.write(m_password.toUtf8());
}

void EmbeddedPostgres::start()
{
    if (m_postmaster.state() != QProcess::NotRunning)
        return;
    if (!QFile::exists(clusterDir() + QStringLiteral("/PG_VERSION"))) {
        qCInfo(lcEmbedded) << "creating a private PostgreSQL cluster in" << clusterDir();
        initialise();
    }
    QFile pw(passwordFile());
    if (!pw.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + passwordFile().toStdString());
    m_password = QString::fromUtf8(pw.readAll()).trimmed();
    if (attachToRunning())
        return;

    // A postmaster.pid left by a machine crash names a dead process; PostgreSQL itself checks
    // whether that pid is alive and refuses to start only if it is, so nothing to clean here.
    m_port = freeLoopbackPort();
    QStringList args{QStringLiteral("-D"), clusterDir(), QStringLiteral("-p"), QString::number(m_port),
                     QStringLiteral("-c"), QStringLiteral("listen_addresses=127.0.0.1"),
                     QStringLiteral("-c"), QStringLiteral("unix_socket_directories="),
                     QStringLiteral("-c"), QStringLiteral("max_connections=200")};
    if (!m_options.durable) {
        for (const char* s : {"fsync=off", "synchronous_commit=off", "full_page_writes=off"})
            args << QStringLiteral("-c") << QString::fromLatin1(s);
    }
    const RunAs who = runAs();
    m_postmaster.setProgram(m_options.binDir + QStringLiteral("/postgres"));
    m_postmaster.setArguments(args);
    m_postmaster.setProcessChannelMode(QProcess::MergedChannels);
    m_postmaster.setStandardOutputFile(m_options.directory + QStringLiteral("/postgres.log"), QIODevice::Append);
    m_postmaster.setChildProcessModifier([who] { prepareChild(who); });
    m_postmaster.start();
    if (!m_postmaster.waitForStarted(10'000))
        throw std::runtime_error("cannot start postgres: " + m_postmaster.errorString().toStdString());
    if (!waitUntilReady(60'000)) {
        stop();
        throw std::runtime_error("the embedded PostgreSQL did not start; see " + m_options.directory.toStdString() + "/postgres.log");
    }
    pqxx::connection admin(url(QStringLiteral("postgres")).toStdString());
    pqxx::nontransaction tx(admin);
    if (tx.exec_params("SELECT 1 FROM pg_database WHERE datname = 'roost'").empty())
        tx.exec0("CREATE DATABASE roost");
    qCInfo(lcEmbedded) << "private PostgreSQL ready on port" << m_port;
}

bool EmbeddedPostgres::attachToRunning()
{
    // postmaster.pid: line 1 the postmaster's pid, line 4 its port (PostgreSQL's documented layout).
    QFile pidFile(clusterDir() + QStringLiteral("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> lines = pidFile.readAll().split('\n');
    if (lines.size() < 4)
        return false;
    bool pidOk = false;
    bool portOk = false;
    const long pid = lines[0].trimmed().toLong(&pidOk);
    const uint port = lines[3].trimmed().toUInt(&portOk);
    if (!pidOk || !portOk || pid <= 0 || port == 0 || port > 65535 || ::kill(pid_t(pid), 0) != 0)
        return false; // a lock file left by a crash: start our own
    m_port = quint16(port);
    try {
        pqxx::connection probe(url(QStringLiteral("postgres")).toStdString());
    } catch (const std::exception&) {
        m_port = 0;
        return false;
    }
    qCInfo(lcEmbedded) << "using the private PostgreSQL already running on port" << m_port;
    return true;
}

bool EmbeddedPostgres::waitUntilReady(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (m_postmaster.state() == QProcess::NotRunning)
            return false;
        try {
            pqxx::connection probe(url(QStringLiteral("postgres")).toStdString());
            return true;
        } catch (const pqxx::broken_connection&) {
            QThread::msleep(50);
        }
    }
    return false;
}

void EmbeddedPostgres::stop()
{
    if (m_postmaster.state() == QProcess::NotRunning)
        return;
    // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit.
    ::kill(pid_t(m_postmaster.processId()), SIGINT);
    if (!m_postmaster.waitForFinished(30'000)) {
        m_postmaster.kill();
        m_postmaster.waitForFinished(5'000);
    }
}

QString EmbeddedPostgres::url(const QString& database) const
{
    return QStringLiteral("postgresql://roost:%1@127.0.0.1:%2/%3?connect_timeout=5")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_password)), QString::number(m_port), database);
}

} // namespace roost::server
