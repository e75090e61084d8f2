// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

namespace roost::test {

/// A real `roost-server` process on a free loopback port, in the test environment
/// (ROOST_ENV=test: testing hooks on, cheap scrypt).
class ServerProcess
{
public:
    /// `extraEnv` adds or overrides ROOST_* variables.
    explicit ServerProcess(const QString& databaseUrl, QMap<QString, QString> extraEnv = {});
    ~ServerProcess();

    /// Starts it and waits until it prints its port. Fails the test on error.
    bool start();
    /// SIGTERM, then wait.
    void stop();
    /// SIGTERM only: the server begins its graceful shutdown; see waitForExit().
    void terminate();
    /// Waits until the process has ended; false when it is still running after `timeoutMs`.
    bool waitForExit(int timeoutMs);
    /// Exit code, and whether it exited rather than died of a signal (valid after it ended).
    int exitCode() const { return m_process.exitCode(); }
    bool exitedNormally() const { return m_process.exitStatus() == QProcess::NormalExit; }

    quint16 port() const { return m_port; }
    QString baseUrl() const;
    QString dataDir() const { return m_dataDir.path(); }
    /// Everything the server wrote to stdout/stderr so far.
    QByteArray output();
    bool isRunning() const { return m_process.state() == QProcess::Running; }

private:
    QString m_databaseUrl;
    QMap<QString, QString> m_extraEnv;
    QTemporaryDir m_dataDir;
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};

} // namespace roost::test
