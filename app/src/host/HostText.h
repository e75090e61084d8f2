// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "roost/Error.h"

#include <QString>
#include <QStringList>

namespace roost::client {
class LocalStore;
}

namespace roost::app {

/// A user's display name from the cache ("Guest" when the cache does not know them yet).
QString userName(const client::LocalStore& store, const QString& userId);
/// A listing's title from the cache (empty when the cache does not hold the listing).
QString listingTitle(const client::LocalStore& store, const QString& listingId);
/// A booking status (wire name) in the UI language.
QString bookingStatusLabel(const QString& status);
/// "field: message" for each refused field, to show beside an action that has no form.
QStringList fieldProblems(const FieldErrors& errors);

} // namespace roost::app
