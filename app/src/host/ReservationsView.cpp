// SPDX-License-Identifier: Apache-2.0
#include "host/ReservationsView.h"

#include "LocalStore.h"
#include "SyncEngine.h"
#include "common/AppContext.h"
#include "common/Format.h"
#include "common/SyncBadge.h"
#include "host/HostText.h"
#include "host/ObjectTableModel.h"
#include "host/ObjectTableView.h"
#include "roost/Booking.h"
#include "roost/Date.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace roost::app {
namespace {

// Minutes are the finest unit the countdown shows, so refreshing more often shows nothing new.
constexpr int kTickMs = 60'000;

QString field(const client::LocalObject& o, const char* key)
{
    return o.data.value(QLatin1String(key)).toString();
}

QDate dateOf(const client::LocalObject& o, const char* key)
{
    return parseDate(field(o, key)).value_or(QDate());
}

QString total(const client::LocalObject& o)
{
    const QJsonObject price = o.data.value(QStringLiteral("price")).toObject();
    return formatMoney(
        price.value(QStringLiteral("total")).toInteger(), price.value(QStringLiteral("currency")).toString());
}

} // namespace

ReservationsView::ReservationsView(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("reservationsView"));
    const auto guest
        = [this](const client::LocalObject& o) { return userName(m_context.store(), field(o, "guest_id")); };
    const auto listing
        = [this](const client::LocalObject& o) { return listingTitle(m_context.store(), field(o, "listing_id")); };
    const auto stay
        = [](const client::LocalObject& o) { return formatStay(dateOf(o, "check_in"), dateOf(o, "check_out")); };
    const auto guests = [](const client::LocalObject& o) { return o.data.value(QStringLiteral("guests")).toInt(); };
    const auto sync = [](const client::LocalObject& o) { return SyncBadge::text(o.state); };

    m_requests = new ObjectTableModel(
        { { tr("Guest"), guest }, { tr("Listing"), listing }, { tr("Dates"), stay }, { tr("Guests"), guests },
            { tr("Total"), total },
            { tr("Time left to answer"), [this](const client::LocalObject& o) { return timeLeft(o); } },
            { tr("Sync"), sync } },
        this);
    m_upcoming = new ObjectTableModel({ { tr("Guest"), guest }, { tr("Listing"), listing }, { tr("Dates"), stay },
                                          { tr("Guests"), guests }, { tr("Total"), total } },
        this);
    m_cancellations = new ObjectTableModel(
        { { tr("Guest"), guest }, { tr("Listing"), listing }, { tr("Dates"), stay },
            { tr("Reason"), [](const client::LocalObject& o) { return field(o, "cancel_reason"); } },
            { tr("Refund"),
                [](const client::LocalObject& o) {
                    const QJsonObject price = o.data.value(QStringLiteral("price")).toObject();
                    return formatMoney(o.data.value(QStringLiteral("refund_amount")).toInteger(),
                        price.value(QStringLiteral("currency")).toString());
                } } },
        this);

    m_accept = new QPushButton(tr("&Accept"));
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_accept->setAccessibleName(tr("Accept request"));
    m_decline = new QPushButton(tr("&Decline"));
    m_decline->setObjectName(QStringLiteral("declineButton"));
    m_decline->setAccessibleName(tr("Decline request"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("reservationsMessage"));
    m_message->setWordWrap(true);

    auto* answers = new QHBoxLayout;
    answers->addWidget(m_accept);
    answers->addWidget(m_decline);
    answers->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Requests waiting for your answer</b>")));
    m_requestTable = table(m_requests, QStringLiteral("requestsTable"), tr("Requests to book"));
    layout->addWidget(m_requestTable, 1);
    layout->addLayout(answers);
    layout->addWidget(m_message);
    layout->addWidget(new QLabel(tr("<b>Upcoming stays</b>")));
    layout->addWidget(table(m_upcoming, QStringLiteral("upcomingTable"), tr("Upcoming stays")), 1);
    layout->addWidget(new QLabel(tr("<b>Cancellations</b>")));
    layout->addWidget(table(m_cancellations, QStringLiteral("cancellationsTable"), tr("Cancellations")), 1);

    connect(m_accept, &QPushButton::clicked, this, [this] { answer(true); });
    connect(m_decline, &QPushButton::clicked, this, [this] { answer(false); });
    connect(m_requestTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ReservationsView::updateButtons);
    connect(&m_context.engine(), &client::SyncEngine::cacheChanged, this, &ReservationsView::reload);
    connect(&m_tick, &QTimer::timeout, this, &ReservationsView::reload);
    m_tick.start(kTickMs);
    reload();
}

ObjectTableView* ReservationsView::table(ObjectTableModel* model, const QString& name, const QString& accessibleName)
{
    auto* view = new ObjectTableView(model, name, accessibleName);
    // Double-click or Enter on a booking asks the main window to show it.
    connect(view, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT m_context.bookingRequested(index.data(ObjectTableModel::IdRole).toString());
    });
    return view;
}

QDateTime ReservationsView::respondBy(const client::LocalObject& booking)
{
    // The booking object carries no payment time; a request enters awaiting_host with its
    // payment and nothing else writes it until the host answers, so its updated_at is when
    // libroost's deadline starts.
    const auto paidAt = parseTimestamp(field(booking, "updated_at"));
    return paidAt ? hostResponseDeadline(*paidAt) : QDateTime();
}

QString ReservationsView::timeLeft(const client::LocalObject& booking) const
{
    const QDateTime deadline = respondBy(booking);
    if (!deadline.isValid())
        return {};
    const qint64 seconds = m_context.clock().now().secsTo(deadline);
    if (seconds <= 0)
        return tr("Past the deadline");
    const qint64 minutes = (seconds + 59) / 60;
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

void ReservationsView::reload()
{
    const QString selected = selectedRequest();
    const QString me = m_context.userId();
    const QDate today = m_context.clock().today();
    QList<client::LocalObject> requests;
    QList<client::LocalObject> upcoming;
    QList<client::LocalObject> cancellations;
    for (const client::LocalObject& b : m_context.store().objects(QStringLiteral("booking"))) {
        if (me.isEmpty() || field(b, "host_id") != me)
            continue;
        const QString status = field(b, "status");
        if (status == QLatin1String("awaiting_host"))
            requests.append(b);
        else if (status == QLatin1String("confirmed") && dateOf(b, "check_out") > today)
            upcoming.append(b);
        else if (status == QLatin1String("cancelled"))
            cancellations.append(b);
    }
    const auto byCheckIn = [](const client::LocalObject& a, const client::LocalObject& b) {
        return field(a, "check_in") < field(b, "check_in");
    };
    // Requests by deadline: the one that expires first is the one to answer first.
    std::sort(requests.begin(), requests.end(),
        [](const client::LocalObject& a, const client::LocalObject& b) { return respondBy(a) < respondBy(b); });
    std::sort(upcoming.begin(), upcoming.end(), byCheckIn);
    std::sort(cancellations.begin(), cancellations.end(), byCheckIn);
    m_requests->setObjects(requests);
    m_upcoming->setObjects(upcoming);
    m_cancellations->setObjects(cancellations);
    m_requestTable->selectId(selected);
    updateButtons();
}

QString ReservationsView::selectedRequest() const
{
    return m_requestTable ? m_requestTable->selectedId() : QString();
}

void ReservationsView::updateButtons()
{
    const client::LocalObject* request = m_requests->objectAt(m_requests->rowOf(selectedRequest()));
    // An answer already queued waits for the server; a second one would only be refused.
    const bool open = request && request->state == client::SyncState::Synced;
    m_accept->setEnabled(open);
    m_decline->setEnabled(open);
}

void ReservationsView::answer(bool accept)
{
    const QString id = selectedRequest();
    if (id.isEmpty())
        return;
    client::SyncEngine& engine = m_context.engine();
    const client::WriteResult result = accept ? engine.acceptBooking(id) : engine.declineBooking(id);
    if (result.ok())
        m_message->setText(accept ? tr("Accepted; the guest hears of it with the next sync.")
                                  : tr("Declined; the guest hears of it with the next sync."));
    else
        m_message->setText(tr("Not sent: %1").arg(fieldProblems(result.errors).join(QStringLiteral("; "))));
    reload();
}

} // namespace roost::app
