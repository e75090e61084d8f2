// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace roost::test {

/// What one run of a `roost-server` sub-command left behind.
struct CommandResult {
    int exitCode = -1; ///< -1: did not start, crashed or timed out
    QByteArray out;
    QByteArray err;
};

/// Runs `roost-server args...` to its end against `databaseUrl` and `dataDir` in the test
/// environment (cheap scrypt), with `extraEnv` on top; kills it after `timeoutMs`.
CommandResult runServerCommand(const QStringList& args, const QString& databaseUrl, const QString& dataDir,
    const QMap<QString, QString>& extraEnv = {}, int timeoutMs = 120'000);

} // namespace roost::test
