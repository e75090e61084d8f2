// SPDX-License-Identifier: Apache-2.0
#include "ui/Pages.h"

#include "ui/ConflictsView.h"
#include "ui/MainWindow.h"
#include "ui/RejectedView.h"

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
    window.addPage(Section::Sync, QStringLiteral("conflicts"), tr("Conflicts"), new ConflictsView(context, &window));
    window.addPage(Section::Sync, QStringLiteral("rejected"), tr("Rejected changes"), new RejectedView(context, &window));
}

} // namespace roost::app
