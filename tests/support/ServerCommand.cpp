// SPDX-License-Identifier: Apache-2.0
#include "ServerCommand.h"

#include <QProcess>

namespace roost::test {

CommandResult runServerCommand(const QStringList& args, const QString& databaseUrl, const QString& dataDir,
    const QMap<QString, QString>& extraEnv, int timeoutMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ROOST_DATABASE_URL"), databaseUrl);
    env.insert(QStringLiteral("ROOST_DATA_DIR"), dataDir);
    env.insert(QStringLiteral("ROOST_ENV"), QStringLiteral("test"));
    env.insert(QStringLiteral("ROOST_SCRYPT_N"), QStringLiteral("1024"));
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("ROOST_SERVER_BINARY", QStringLiteral("roost-server")), args);
    CommandResult result;
    if (!process.waitForStarted(10'000))
        return result;
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished(5'000);
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (finished && process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    return result;
}

} // namespace roost::test
