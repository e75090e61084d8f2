// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace roost::app {

class AppContext;

/// The sandbox card form that pays a `pending_payment` booking: `POST /bookings/{id}/payments`
/// through the engine's session. Each attempt has an Idempotency-Key that is kept while the card
/// details stay the same, so a retry after a network error (the charge may or may not have
/// happened) replays the first answer and never charges twice. Card details are never stored.
class PaymentForm : public QWidget
{
    Q_OBJECT

public:
    PaymentForm(AppContext& context, QWidget* parent = nullptr);

    /// The booking to pay; resets the attempt.
    void setBooking(const QString& bookingId);
    const QString& bookingId() const { return m_bookingId; }
    /// The key the last attempt was sent with (empty before the first).
    const QString& attemptKey() const { return m_key; }

    void pay();

Q_SIGNALS:
    /// The server took the payment (`payment` as it answered).
    void paid(const QJsonObject& payment);
    /// The card was declined; `reason` is for the user. Nothing was charged.
    void declined(const QString& reason);

private:
    void answered(const QJsonObject& body, int status, const QString& code, const QJsonObject& error, bool transient);
    void showError(const QString& text);

    AppContext& m_context;
    QString m_bookingId;
    QJsonObject m_attemptBody;
    QString m_key;
    QLineEdit* m_number = nullptr;
    QLineEdit* m_expiry = nullptr;
    QLineEdit* m_cvc = nullptr;
    QPushButton* m_pay = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace roost::app
