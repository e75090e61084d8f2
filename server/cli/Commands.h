// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace roost::server {

/// roost-server's command line: `[--config FILE] [COMMAND] ...` (see usage() for the commands).
/// Returns the process exit code.
int runCommandLine(const QStringList& arguments);

} // namespace roost::server
