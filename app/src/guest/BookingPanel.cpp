// SPDX-License-Identifier: Apache-2.0
#include "guest/BookingPanel.h"

#include "LocalStore.h"
#include "SyncEngine.h"
#include "common/AppContext.h"
#include "common/Format.h"
#include "guest/AvailabilityCalendar.h"
#include "guest/PaymentForm.h"
#include "roost/Booking.h"
#include "roost/Date.h"
#include "roost/Error.h"
#include "roost/Listing.h"
#include "roost/Quote.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

namespace roost::app {

namespace {

QString errorText(const FieldErrors& errors)
{
    QStringList lines;
    for (auto it = errors.begin(); it != errors.end(); ++it)
        lines.append(BookingPanel::tr("%1: %2").arg(it.key(), it.value()));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

BookingPanel::BookingPanel(AppContext& context, AvailabilityCalendar& calendar, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_calendar(calendar)
{
    setObjectName(QStringLiteral("bookingPanel"));
    auto* form = new QFormLayout(this);
    const QDate today = context.clock().today();
    m_checkIn = new QDateEdit(today.addDays(7), this);
    m_checkIn->setObjectName(QStringLiteral("bookCheckInEdit"));
    m_checkIn->setAccessibleName(tr("Check-in"));
    m_checkOut = new QDateEdit(today.addDays(9), this);
    m_checkOut->setObjectName(QStringLiteral("bookCheckOutEdit"));
    m_checkOut->setAccessibleName(tr("Check-out"));
    for (QDateEdit* edit : { m_checkIn, m_checkOut }) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(today);
        connect(edit, &QDateEdit::dateChanged, this, &BookingPanel::updateQuote);
    }
    m_guests = new QSpinBox(this);
    m_guests->setObjectName(QStringLiteral("bookGuestsSpin"));
    m_guests->setAccessibleName(tr("Guests"));
    m_guests->setRange(1, ListingLimits::kMaxGuests);
    connect(m_guests, &QSpinBox::valueChanged, this, &BookingPanel::updateQuote);
    m_quote = new QLabel(this);
    m_quote->setObjectName(QStringLiteral("quoteLabel"));
    m_quote->setAccessibleName(tr("Price"));
    m_quote->setTextFormat(Qt::PlainText);
    m_book = new QPushButton(tr("&Book"), this);
    m_book->setObjectName(QStringLiteral("bookButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("bookingStatusLabel"));
    m_status->setAccessibleName(tr("Booking status"));
    m_status->setWordWrap(true);
    m_payment = new PaymentForm(context, this);
    m_payment->hide();
    form->addRow(tr("Check-&in"), m_checkIn);
    form->addRow(tr("Check-&out"), m_checkOut);
    form->addRow(tr("&Guests"), m_guests);
    form->addRow(m_quote);
    form->addRow(m_book);
    form->addRow(m_status);
    form->addRow(m_payment);
    connect(m_book, &QPushButton::clicked, this, &BookingPanel::book);
    connect(m_payment, &PaymentForm::paid, this, &BookingPanel::paid);
    // A click on a day of the calendar starts a stay there: the same nights the quote prices.
    connect(&m_calendar, &QCalendarWidget::clicked, this, [this](QDate day) {
        const int nights = std::max<qint64>(1, m_checkIn->date().daysTo(m_checkOut->date()));
        setStay(day, day.addDays(nights), m_guests->value());
    });
}

void BookingPanel::setListing(const QJsonObject& listing)
{
    if (listing.value(QStringLiteral("id")) != m_listing.value(QStringLiteral("id"))) {
        m_bookingId.clear();
        m_awaitingPaymentSync = false;
        m_payment->hide();
        m_status->clear();
    }
    m_listing = listing;
    const bool instant = listing.value(QStringLiteral("instant_book")).toBool();
    m_book->setText(instant ? tr("&Book") : tr("&Request to book"));
    m_book->setAccessibleName(m_book->text().remove(QLatin1Char('&')));
    m_guests->setMaximum(std::max(1, listing.value(QStringLiteral("max_guests")).toInt()));
    updateQuote();
    showBookingState();
}

void BookingPanel::setStay(const QDate& checkIn, const QDate& checkOut, int guests)
{
    m_checkIn->setDate(checkIn);
    m_checkOut->setDate(checkOut);
    m_guests->setValue(guests);
    updateQuote();
}

void BookingPanel::updateQuote()
{
    const auto stay = Stay::make(m_checkIn->date(), m_checkOut->date());
    m_quoteValue.reset();
    if (!stay || m_listing.isEmpty()) {
        m_quote->setText(tr("Choose a check-out after the check-in."));
        m_book->setEnabled(false);
        return;
    }
    Listing listing;
    applyListingFields(listing, m_listing);
    QString warning;
    if (stay->nights() < listing.minNights || stay->nights() > listing.maxNights)
        warning = tr("Stays here are %1 to %2 nights.").arg(listing.minNights).arg(listing.maxNights);
    else if (!m_calendar.isFree(stay->checkIn(), stay->checkOut()))
        warning = tr("Some of these nights are not available.");
    Quote quote;
    try {
        quote = quoteStay(listing, *stay);
    } catch (const Error&) {
        m_quote->setText(tr("This stay cannot be priced."));
        m_book->setEnabled(false);
        return;
    }
    m_quoteValue = quote;
    QStringList lines {
        tr("%n night(s): %1", nullptr, quote.nights).arg(formatMoney(quote.nightlyTotal, quote.currency))
    };
    if (quote.discount > 0)
        lines.append(tr("Discount: −%1").arg(formatMoney(quote.discount, quote.currency)));
    lines.append(tr("Cleaning fee: %1").arg(formatMoney(quote.cleaningFee, quote.currency)));
    lines.append(tr("Service fee: %1").arg(formatMoney(quote.serviceFee, quote.currency)));
    lines.append(tr("Total: %1").arg(formatMoney(quote.total, quote.currency)));
    if (!warning.isEmpty())
        lines.append(warning);
    m_quote->setText(lines.join(QLatin1Char('\n')));
    m_book->setEnabled(warning.isEmpty() && m_bookingId.isEmpty());
}

void BookingPanel::book()
{
    const QJsonObject fields { { QStringLiteral("listing_id"), m_listing.value(QStringLiteral("id")) },
        { QStringLiteral("check_in"), dateToString(m_checkIn->date()) },
        { QStringLiteral("check_out"), dateToString(m_checkOut->date()) },
        { QStringLiteral("guests"), m_guests->value() } };
    const client::WriteResult result = m_context.engine().createBooking(fields);
    if (!result.ok()) {
        m_status->setText(errorText(result.errors));
        return;
    }
    m_bookingId = result.id;
    m_book->setEnabled(false);
    m_context.engine().syncNow();
    showBookingState();
}

void BookingPanel::paid()
{
    m_awaitingPaymentSync = true;
    m_status->setText(tr("Payment received. Updating the booking…"));
    m_payment->hide();
    m_context.engine().syncNow();
}

void BookingPanel::refresh()
{
    showBookingState();
}

void BookingPanel::showBookingState()
{
    if (m_bookingId.isEmpty())
        return;
    const auto booking = m_context.store().object(QStringLiteral("booking"), m_bookingId);
    if (!booking)
        return;
    const QString status = booking->data.value(QStringLiteral("status")).toString();
    const bool payable = booking->state == client::SyncState::Synced && status == QLatin1String("pending_payment")
        && !m_awaitingPaymentSync;
    if (payable)
        m_payment->setBooking(m_bookingId);
    // Only ever shown or hidden when that changes: a sync while the card is typed keeps the focus.
    m_payment->setVisible(payable);
    m_status->setText(statusText(*booking));
    if (booking->state == client::SyncState::Rejected) {
        m_bookingId.clear(); // the dates can be changed and booked again
        updateQuote();
    }
}

QString BookingPanel::statusText(const client::LocalObject& booking)
{
    const QString status = booking.data.value(QStringLiteral("status")).toString();
    if (booking.state == client::SyncState::Rejected)
        return tr("The booking was refused: %1").arg(booking.error);
    if (booking.state != client::SyncState::Synced || status.isEmpty())
        return tr("Booking saved. It is sent to the server at the next sync; payment follows once you are online.");
    if (status == QLatin1String("pending_payment")) {
        if (m_awaitingPaymentSync)
            return tr("Payment received. Updating the booking…");
        const auto held = parseTimestamp(booking.data.value(QStringLiteral("hold_expires_at")).toString());
        return held ? tr("Your dates are held until %1. Pay to finish.")
                          .arg(QLocale().toString(held->toLocalTime(), QLocale::ShortFormat))
                    : tr("Pay to finish the booking.");
    }
    m_awaitingPaymentSync = false;
    if (status == QLatin1String("confirmed"))
        return tr("Confirmed! Your trip is in Trips.");
    if (status == QLatin1String("awaiting_host"))
        return tr("Request sent: waiting for the host's answer (24 h).");
    if (status == QLatin1String("declined"))
        return tr("The booking was declined.");
    if (status == QLatin1String("expired"))
        return tr("The hold expired before the payment.");
    return tr("Booking %1.").arg(status);
}

} // namespace roost::app
