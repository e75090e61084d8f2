// SPDX-License-Identifier: Apache-2.0
#include "ui/RejectedView.h"

#include "common/AppContext.h"

#include "SyncEngine.h"

#include <QPushButton>

namespace roost::app {

RejectedView::RejectedView(AppContext& context, QWidget* parent)
    : SyncIssuesView(context, client::SyncState::Rejected, parent)
{
    setObjectName(QStringLiteral("rejectedView"));
    setEmptyText(tr("No refused changes. Changes the server does not accept wait here with its reason."));
    client::SyncEngine* engine = &context.engine();
    addAction(QStringLiteral("discardButton"), tr("Discard my change"),
              [engine](const QString& id) { return engine->resolveTakeTheirs(id); })
        ->setToolTip(tr("Drop my change and keep the server's version"));
}

} // namespace roost::app
