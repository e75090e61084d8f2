// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QStringList>

namespace roost::client {

/// The cache's migrations: step N (1-based) brings a file from schema version N−1 to N. A file's
/// version is SQLite's `user_version`. Steps are append-only: a shipped step never changes, so a
/// new indexed column is a new step (ALTER TABLE + index), not an edit of step 1.
const QList<QStringList>& localSchemaSteps();

} // namespace roost::client
