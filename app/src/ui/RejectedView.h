// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/SyncIssuesView.h"

namespace roost::app {

/// Every change the server refused, with its reason, and "Discard my change" (take the
/// server's version) for the selected ones.
class RejectedView final : public SyncIssuesView
{
    Q_OBJECT

public:
    explicit RejectedView(AppContext& context, QWidget* parent = nullptr);
};

} // namespace roost::app
