// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ServerContext.h"

#include <QStringList>

class QTextStream;

namespace roost::server {

/// `roost-server backup TARGET`: the database (pg_dump custom format) and the photo store, into
/// a directory or, when TARGET ends in `.tar`, one tar file. Layout:
/// `manifest.json`, `database.dump`, `photos/...` (the data directory's photo tree as is).
/// Returns the exit code (0 done, 1 failed, 2 bad usage).
int runBackup(ServerContext& context, const QStringList& args, QTextStream& out, QTextStream& err);

/// `roost-server restore SOURCE [--force]`: puts a backup back — the database with
/// `pg_restore --clean --if-exists` in one transaction, then the photo store. Refuses when the
/// database holds accounts or listings, or the photo store holds files, unless `--force`.
int runRestore(ServerContext& context, const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace roost::server
