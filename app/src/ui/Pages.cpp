// SPDX-License-Identifier: Apache-2.0
#include "ui/Pages.h"

#include "ui/ConflictsView.h"
#include "ui/MainWindow.h"
#include "ui/RejectedView.h"
#include "ui/SyncIssuesModel.h"

namespace roost::app {

void Pages::addTo(MainWindow& window, AppContext& context)
{
    using Section = MainWindow::Section;
    // Guest pages (Section::Guest: "explore", "trips") and host pages (Section::Host: "listings",
    // "calendar", "reservations", "earnings", "reviews") are added here the same way, e.g.
    //   window.addPage(Section::Guest, QStringLiteral("explore"), tr("Explore"), new ExploreView(context, &window));
    // and the listing page opened from any view with
    //   window.setListingPageFactory([&context](const QString& id, QWidget* parent) {
    //       return new ListingPage(context, id, parent); });
    // The sync pages count what waits for the user, so it is seen from every page.
    const std::pair<QString, SyncIssuesView*> syncPages[] = {
        {QStringLiteral("conflicts"), new ConflictsView(context, &window)},
        {QStringLiteral("rejected"), new RejectedView(context, &window)},
    };
    window.addPage(Section::Sync, syncPages[0].first, tr("Conflicts"), syncPages[0].second);
    window.addPage(Section::Sync, syncPages[1].first, tr("Rejected changes"), syncPages[1].second);
    for (const auto& [key, view] : syncPages) {
        QObject::connect(view, &SyncIssuesView::countChanged, &window,
                         [&window, key](int count) { window.setPageCount(key, count); });
        window.setPageCount(key, view->model()->rowCount());
    }
}

} // namespace roost::app
