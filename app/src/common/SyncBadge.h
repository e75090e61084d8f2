// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LocalObject.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

class QLabel;

namespace roost::app {

/// How every view shows an object's sync state beside it: one icon and one short text per
/// state, so "waiting to sync" looks the same in Explore, the calendar and the conflicts list.
class SyncBadge
{
    Q_DECLARE_TR_FUNCTIONS(SyncBadge)

public:
    /// Empty for Synced (nothing to say), else e.g. "Waiting to sync".
    static QString text(client::SyncState state);
    /// A sentence for a tooltip; includes the server's reason when there is one.
    static QString toolTip(client::SyncState state, const QString& error = {});
    /// A theme-independent icon (drawn, so it exists without an icon theme); null for Synced.
    static QIcon icon(client::SyncState state);
    /// Sets `label` to the badge of `state` (hidden when synced).
    static void apply(QLabel* label, client::SyncState state, const QString& error = {});
};

} // namespace roost::app
