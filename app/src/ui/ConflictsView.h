// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/SyncIssuesView.h"

namespace roost::app {

/// Every conflicted object (someone else changed the same fields): mine beside theirs, field by
/// field, and Keep mine / Take theirs for the selected ones.
class ConflictsView final : public SyncIssuesView
{
    Q_OBJECT

public:
    explicit ConflictsView(AppContext& context, QWidget* parent = nullptr);
};

} // namespace roost::app
