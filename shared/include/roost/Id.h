// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QUuid>

#include <optional>

namespace roost {

/// Parses an id in the one form the API sends: 36 characters, 8-4-4-4-12 hex digits (either
/// case), no braces. The nil UUID is rejected: it never names an object and usually means a
/// client forgot to set the id.
std::optional<QUuid> parseId(const QString& text);

/// The wire form of an id: lowercase, no braces.
QString idToString(const QUuid& id);

/// A fresh random (version 4) id.
QUuid newId();

} // namespace roost
