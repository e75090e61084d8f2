// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace roost::server {

/// Whole-folder file operations for backups. Each throws std::runtime_error naming the file
/// that could not be read or written.
namespace FileTree {

/// Copies every file under `from` (which may be missing: nothing to copy) into `to`, keeping
/// relative paths; returns the number of files copied.
qint64 copy(const QString& from, const QString& to);

/// Number of files under `dir` (0 when it does not exist).
qint64 countFiles(const QString& dir);

/// Makes `to` an exact copy of `from`: builds the copy beside `to`, then swaps it in and
/// removes the old tree, so a failed copy leaves `to` untouched. Returns the number of files.
qint64 replace(const QString& from, const QString& to);

} // namespace FileTree
} // namespace roost::server
