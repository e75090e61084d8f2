// SPDX-License-Identifier: Apache-2.0
#include "ui/ConflictsView.h"

#include "common/AppContext.h"

#include "SyncEngine.h"

#include <QPushButton>

namespace roost::app {

ConflictsView::ConflictsView(AppContext& context, QWidget* parent)
    : SyncIssuesView(context, client::SyncState::Conflicted, parent)
{
    setObjectName(QStringLiteral("conflictsView"));
    setEmptyText(tr("No conflicts. When someone else changes what you changed, both versions wait here."));
    client::SyncEngine* engine = &context.engine();
    addAction(QStringLiteral("keepMineButton"), tr("Keep mine"),
              [engine](const QString& id) { return engine->resolveKeepMine(id); })
        ->setToolTip(tr("Send my version again, over the server's"));
    addAction(QStringLiteral("takeTheirsButton"), tr("Take theirs"),
              [engine](const QString& id) { return engine->resolveTakeTheirs(id); })
        ->setToolTip(tr("Drop my changes and keep the server's version"));
}

} // namespace roost::app
