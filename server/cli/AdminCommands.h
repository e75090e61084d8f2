// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ServerContext.h"

#include <QStringList>

class QTextStream;

namespace roost::server {

/// `roost-server admin <users|disable-user|enable-user|jobs|retry-job> ...`: tables for people,
/// `--json` for scripts. `args` are the words after `admin`. Returns the exit code: 0 done,
/// 1 refused (unknown user, job not dead), 2 bad usage.
int runAdmin(ServerContext& context, const QStringList& args, QTextStream& out, QTextStream& err);

/// The `admin` part of `--help`.
QString adminUsage();

} // namespace roost::server
