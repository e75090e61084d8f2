// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "roost/Quote.h"

#include <QJsonObject>
#include <QWidget>
#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;

namespace roost::client {
struct LocalObject;
}

namespace roost::app {

class AppContext;
class AvailabilityCalendar;
class PaymentForm;

/// The booking side of a listing page: dates and guests, a live price quote (libroost's
/// quoteStay, the server's own rule), Book (or Request to book), then the payment once the
/// server holds the booking, and the outcome. The booking is written through the sync engine,
/// so it is kept and sent later when offline; paying needs the server.
class BookingPanel : public QWidget
{
    Q_OBJECT

public:
    BookingPanel(AppContext& context, AvailabilityCalendar& calendar, QWidget* parent = nullptr);

    /// The listing (its cached object) this panel books; forgets any booking of another listing.
    void setListing(const QJsonObject& listing);
    /// The booking made here, once Book succeeded locally.
    const QString& bookingId() const { return m_bookingId; }
    /// The cache changed: show where the booking stands.
    void refresh();
    void setStay(const QDate& checkIn, const QDate& checkOut, int guests);
    /// The price shown for the chosen stay (nullopt while the dates are not a stay).
    const std::optional<Quote>& quote() const { return m_quoteValue; }

private:
    void updateQuote();
    void book();
    void paid();
    void showBookingState();
    QString statusText(const client::LocalObject& booking);

    AppContext& m_context;
    AvailabilityCalendar& m_calendar;
    QJsonObject m_listing;
    QString m_bookingId;
    bool m_awaitingPaymentSync = false;
    std::optional<Quote> m_quoteValue;
    QDateEdit* m_checkIn = nullptr;
    QDateEdit* m_checkOut = nullptr;
    QSpinBox* m_guests = nullptr;
    QLabel* m_quote = nullptr;
    QPushButton* m_book = nullptr;
    QLabel* m_status = nullptr;
    PaymentForm* m_payment = nullptr;
};

} // namespace roost::app
