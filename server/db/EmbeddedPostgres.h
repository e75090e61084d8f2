// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcess>
#include <QString>

#include <stdexcept>

namespace roost::server {

/// A private PostgreSQL 15 cluster in a directory of our own: created on first use, started as
/// a child process on a free loopback port, stopped with us. Used by `roost-server` when no
/// database URL is configured, and by the tests for throwaway clusters.
///
/// PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` system
/// user and the child drops to it before exec. The child asks the kernel to end it when we die,
/// so a crashed server never leaves a stray postmaster holding the directory.
class EmbeddedPostgres
{
public:
    struct Options {
        QString directory;  ///< holds the cluster (`cluster/`) and its generated password
        QString binDir = QStringLiteral("/usr/lib/postgresql/15/bin");
        bool durable = true; ///< false: fsync off, for throwaway test clusters
    };

    explicit EmbeddedPostgres(Options options);
    ~EmbeddedPostgres();
    EmbeddedPostgres(const EmbeddedPostgres&) = delete;
    EmbeddedPostgres& operator=(const EmbeddedPostgres&) = delete;

    /// Initialises on first run, starts, waits until it accepts connections, and makes sure the
    /// database `roost` exists. Throws std::runtime_error with a readable reason.
    /// When another process (a running `serve`) already runs this cluster, uses that one instead
    /// and leaves it running on stop(): admin commands and backups work beside the server.
    void start();
    void stop();

    /// libpq URL of the `roost` database (contains the password: never log it).
    QString url(const QString& database = QStringLiteral("roost")) const;
    quint16 port() const { return m_port; }

private:
    void initialise();
    bool attachToRunning();
    QString clusterDir() const;
    QString passwordFile() const;
    void runTool(const QString& tool, const QStringList& args);
    bool waitUntilReady(int timeoutMs);

    Options m_options;
    QString m_password;
    quint16 m_port = 0;
    QProcess m_postmaster;
};

} // namespace roost::server
