// SPDX-License-Identifier: Apache-2.0
#include "host/HostCalendarView.h"

#include "LocalStore.h"
#include "SyncEngine.h"
#include "common/AppContext.h"
#include "common/Format.h"
#include "host/HostText.h"
#include "host/MonthGrid.h"
#include "roost/Date.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace roost::app {
namespace {

QDate dateOf(const client::LocalObject& o, const char* key)
{
    return parseDate(o.data.value(QLatin1String(key)).toString()).value_or(QDate());
}

} // namespace

HostCalendarView::HostCalendarView(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("hostCalendarView"));
    m_listing = new QComboBox;
    m_listing->setObjectName(QStringLiteral("calendarListingCombo"));
    m_listing->setAccessibleName(tr("Listing"));
    m_previous = new QPushButton(tr("&Previous month"));
    m_previous->setObjectName(QStringLiteral("previousMonthButton"));
    m_next = new QPushButton(tr("&Next month"));
    m_next->setObjectName(QStringLiteral("nextMonthButton"));
    m_monthLabel = new QLabel;
    m_monthLabel->setObjectName(QStringLiteral("monthLabel"));
    m_monthLabel->setAlignment(Qt::AlignCenter);
    m_grid = new MonthGrid;
    m_grid->setObjectName(QStringLiteral("monthGrid"));
    m_grid->setAccessibleName(tr("Calendar"));
    m_grid->setAccessibleDescription(tr("Arrow keys move the selected day; Shift with arrows selects a range; "
                                        "Enter shows the booking on the day."));
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("blockNoteEdit"));
    m_note->setAccessibleName(tr("Block note"));
    m_note->setPlaceholderText(tr("Note for the block (optional)"));
    m_block = new QPushButton(tr("&Block days"));
    m_block->setObjectName(QStringLiteral("blockButton"));
    m_unblock = new QPushButton(tr("&Unblock days"));
    m_unblock->setObjectName(QStringLiteral("unblockButton"));
    for (QPushButton* b : { m_previous, m_next, m_block, m_unblock })
        b->setAccessibleName(b->text().remove(QLatin1Char('&')));
    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("bookingDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("calendarMessage"));
    m_message->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_listing, 1);
    top->addWidget(m_previous);
    top->addWidget(m_monthLabel, 1);
    top->addWidget(m_next);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_note, 1);
    actions->addWidget(m_block);
    actions->addWidget(m_unblock);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_grid, 1);
    // The grid's colours (MonthGrid), in words.
    auto* legend = new QLabel(tr("Green: confirmed or completed stay · Orange: awaiting payment or your answer · "
                                 "Light grey: cancelled, declined or expired · Slate: blocked by you"));
    legend->setObjectName(QStringLiteral("calendarLegend"));
    legend->setWordWrap(true);
    layout->addWidget(legend);
    layout->addLayout(actions);
    layout->addWidget(m_details);
    layout->addWidget(m_message);
    setTabOrder(m_listing, m_previous);
    setTabOrder(m_previous, m_next);
    setTabOrder(m_next, m_grid);
    setTabOrder(m_grid, m_note);
    setTabOrder(m_note, m_block);
    setTabOrder(m_block, m_unblock);

    connect(m_listing, &QComboBox::currentIndexChanged, this, &HostCalendarView::reloadClaims);
    connect(m_previous, &QPushButton::clicked, this, [this] { m_grid->setMonth(m_grid->month().addMonths(-1)); });
    connect(m_next, &QPushButton::clicked, this, [this] { m_grid->setMonth(m_grid->month().addMonths(1)); });
    connect(m_grid, &MonthGrid::monthChanged, this,
        [this](const QDate& month) { m_monthLabel->setText(QLocale().toString(month, QStringLiteral("MMMM yyyy"))); });
    connect(m_grid, &MonthGrid::selectionChanged, this, &HostCalendarView::updateButtons);
    connect(m_grid, &MonthGrid::bookingClicked, this, &HostCalendarView::showBooking);
    connect(m_block, &QPushButton::clicked, this, &HostCalendarView::blockSelection);
    connect(m_unblock, &QPushButton::clicked, this, &HostCalendarView::unblockSelection);
    connect(&m_context.engine(), &client::SyncEngine::cacheChanged, this, [this] {
        reloadListings();
        reloadClaims();
    });

    m_grid->setMonth(m_context.clock().today());
    m_monthLabel->setText(QLocale().toString(m_grid->month(), QStringLiteral("MMMM yyyy")));
    reloadListings();
    reloadClaims();
}

QString HostCalendarView::listingId() const
{
    return m_listing->currentData().toString();
}

void HostCalendarView::showListing(const QString& listingId)
{
    const int index = m_listing->findData(listingId);
    if (index >= 0)
        m_listing->setCurrentIndex(index);
}

void HostCalendarView::reloadListings()
{
    const QString current = listingId();
    client::ListingFilter mine;
    mine.hostId = m_context.userId();
    const QList<client::LocalObject> listings
        = mine.hostId.isEmpty() ? QList<client::LocalObject>() : m_context.store().searchListings(mine);
    const QSignalBlocker blocker(m_listing);
    m_listing->clear();
    for (const client::LocalObject& l : listings)
        m_listing->addItem(l.data.value(QStringLiteral("title")).toString(), l.id);
    const int index = m_listing->findData(current);
    m_listing->setCurrentIndex(index >= 0 ? index : 0);
}

void HostCalendarView::reloadClaims()
{
    const QString listing = listingId();
    QList<MonthGrid::Claim> bookings;
    QList<MonthGrid::Claim> blocks;
    for (const client::LocalObject& b : m_context.store().objects(QStringLiteral("booking"))) {
        if (b.data.value(QStringLiteral("listing_id")).toString() == listing)
            bookings.append({ b.id, dateOf(b, "check_in"), dateOf(b, "check_out"),
                b.data.value(QStringLiteral("status")).toString(),
                userName(m_context.store(), b.data.value(QStringLiteral("guest_id")).toString()) });
    }
    for (const client::LocalObject& b : m_context.store().objects(QStringLiteral("block"))) {
        if (b.data.value(QStringLiteral("listing_id")).toString() == listing)
            blocks.append({ b.id, dateOf(b, "start_date"), dateOf(b, "end_date"), {},
                b.data.value(QStringLiteral("note")).toString() });
    }
    m_grid->setClaims(bookings, blocks);
    updateButtons();
}

void HostCalendarView::updateButtons()
{
    const bool selected = m_grid->selectionStart().isValid() && !listingId().isEmpty();
    m_block->setEnabled(selected);
    m_unblock->setEnabled(selected);
}

void HostCalendarView::blockSelection()
{
    const QDate first = m_grid->selectionStart();
    if (!first.isValid() || listingId().isEmpty())
        return;
    QJsonObject fields { { QStringLiteral("start_date"), dateToString(first) },
        { QStringLiteral("end_date"), dateToString(m_grid->selectionEnd().addDays(1)) } };
    if (!m_note->text().trimmed().isEmpty())
        fields.insert(QStringLiteral("note"), m_note->text().trimmed());
    const client::WriteResult result = m_context.engine().createBlock(listingId(), fields);
    report(tr("Blocked; the server hears of it with the next sync."), fieldProblems(result.errors));
    if (result.ok())
        m_note->clear();
    reloadClaims();
}

void HostCalendarView::unblockSelection()
{
    const QDate first = m_grid->selectionStart();
    const QDate last = m_grid->selectionEnd();
    QStringList problems;
    int removed = 0;
    for (const client::LocalObject& b : m_context.store().objects(QStringLiteral("block"))) {
        if (b.data.value(QStringLiteral("listing_id")).toString() != listingId())
            continue;
        // A block claims nights [start, end); the selection claims [first, last + 1).
        if (dateOf(b, "start_date") <= last && first < dateOf(b, "end_date")) {
            const client::WriteResult result = m_context.engine().deleteBlock(b.id);
            problems.append(fieldProblems(result.errors));
            removed += result.ok() ? 1 : 0;
        }
    }
    if (removed == 0 && problems.isEmpty())
        problems.append(tr("No block covers the selected days."));
    report(tr("Unblocked %n block(s); the server hears of it with the next sync.", nullptr, removed), problems);
    reloadClaims();
}

void HostCalendarView::report(const QString& done, const QStringList& problems)
{
    m_message->setText(problems.isEmpty() ? done : tr("Not done: %1").arg(problems.join(QStringLiteral("; "))));
}

void HostCalendarView::showBooking(const QString& bookingId)
{
    const auto booking = m_context.store().object(QStringLiteral("booking"), bookingId);
    if (!booking)
        return;
    const QJsonObject d = booking->data;
    const QJsonObject price = d.value(QStringLiteral("price")).toObject();
    m_details->setText(tr("%1 · %2 · %3 guest(s) · %4 · %5")
                           .arg(userName(m_context.store(), d.value(QStringLiteral("guest_id")).toString()),
                               formatStay(dateOf(*booking, "check_in"), dateOf(*booking, "check_out")))
                           .arg(d.value(QStringLiteral("guests")).toInt())
                           .arg(bookingStatusLabel(d.value(QStringLiteral("status")).toString()),
                               formatMoney(price.value(QStringLiteral("total")).toInteger(),
                                   price.value(QStringLiteral("currency")).toString())));
}

} // namespace roost::app
