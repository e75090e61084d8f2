// SPDX-License-Identifier: Apache-2.0
#include "ui/Pages.h"

#include "guest/ExploreView.h"
#include "guest/ListingPage.h"
#include "guest/TripsView.h"
#include "host/EarningsView.h"
#include "host/HostCalendarView.h"
#include "host/HostListingsView.h"
#include "host/HostReviewsView.h"
#include "host/ReservationsView.h"
#include "ui/BookingPage.h"
#include "ui/ConflictsView.h"
#include "ui/MainWindow.h"
#include "ui/RejectedView.h"
#include "ui/SyncIssuesModel.h"

namespace roost::app {

void Pages::addTo(MainWindow& window, AppContext& context)
{
    using Section = MainWindow::Section;
    window.addPage(Section::Guest, QStringLiteral("explore"), tr("Explore"), new ExploreView(context, &window));
    window.addPage(Section::Guest, QStringLiteral("trips"), tr("Trips"), new TripsView(context, &window));
    window.addPage(Section::Host, QStringLiteral("listings"), tr("Listings"), new HostListingsView(context, &window));
    window.addPage(Section::Host, QStringLiteral("calendar"), tr("Calendar"), new HostCalendarView(context, &window));
    window.addPage(Section::Host, QStringLiteral("reservations"), tr("Reservations"),
                   new ReservationsView(context, &window));
    window.addPage(Section::Host, QStringLiteral("earnings"), tr("Earnings"), new EarningsView(context, &window));
    window.addPage(Section::Host, QStringLiteral("reviews"), tr("Reviews"), new HostReviewsView(context, &window));
    window.setListingPageFactory([&context](const QString& id, QWidget* parent) {
        auto* page = new ListingPage(context, parent);
        page->showListing(id);
        return page;
    });
    window.setBookingPageFactory(
        [&context](const QString& id, QWidget* parent) { return new BookingPage(context, id, parent); });
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
