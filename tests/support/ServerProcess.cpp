// SPDX-License-Identifier: Apache-2.0
#include "ServerProcess.h"

#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <csignal>

namespace roost::test {

ServerProcess::ServerProcess(const QString& databaseUrl, QMap<QString, QString> extraEnv)
    : m_databaseUrl(databaseUrl), m_extraEnv(std::move(extraEnv))
{
}

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ROOST_DATABASE_URL"), m_databaseUrl);
    env.insert(QStringLiteral("ROOST_LISTEN"), QStringLiteral("127.0.0.1:0"));
    env.insert(QStringLiteral("ROOST_ENV"), QStringLiteral("test"));
    env.insert(QStringLiteral("ROOST_DATA_DIR"), m_dataDir.path());
    env.insert(QStringLiteral("ROOST_THREADS"), QStringLiteral("4"));
    // Tests hash many passwords; production cost (N=2^17) would spend minutes here.
    env.insert(QStringLiteral("ROOST_SCRYPT_N"), QStringLiteral("1024"));
    // Suites fire requests from one address as fast as they can; tst_ratelimits turns these on.
    env.insert(QStringLiteral("ROOST_RATE_LIMIT_IP"), QStringLiteral("0"));
    env.insert(QStringLiteral("ROOST_RATE_LIMIT_TOKEN"), QStringLiteral("0"));
    for (auto it = m_extraEnv.cbegin(); it != m_extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    const QString binary = qEnvironmentVariable("ROOST_SERVER_BINARY", QStringLiteral("roost-server"));
    m_process.start(binary, {QStringLiteral("serve")});
    if (!m_process.waitForStarted(10'000))
        return false;
    static const QRegularExpression listening(QStringLiteral("listening on https?://[^:]+:(\\d+)"));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60'000) {
        if (!m_process.waitForReadyRead(200) && m_process.state() != QProcess::Running)
            break;
        m_output += m_process.readAll();
        const auto match = listening.match(QString::fromUtf8(m_output));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    m_output += m_process.readAll();
    qWarning("roost-server did not start:\n%s", m_output.constData());
    return false;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(15'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
    m_output += m_process.readAll();
}

QString ServerProcess::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QByteArray ServerProcess::output()
{
    m_output += m_process.readAll();
    return m_output;
}

} // namespace roost::test
