// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace roost::client {

/// The cache's migrations: step N (1-based) brings a file from schema version N−1 to N. A file's
/// version is SQLite's `user_version`. Steps are append-only: a shipped step never changes, so a
/// new indexed column is a new step (ALTER TABLE + index), not an edit of step 1.
const QList<QStringList>& localSchemaSteps();

/// The top-level `key` of a row's JSON `data` as an SQL expression: null for a row whose data is
/// not JSON, so that one corrupt row never fails a whole query (json_extract raises an error on
/// it) or the index that uses it. The cache's indexes on listing orders are on exactly this text;
/// an ORDER BY must spell it the same way for SQLite to use them.
QString jsonField(const QString& key);

} // namespace roost::client
