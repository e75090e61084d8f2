// SPDX-License-Identifier: Apache-2.0
#include "guest/PaymentForm.h"

#include "SyncEngine.h"
#include "common/AppContext.h"
#include "roost/Error.h"
#include "roost/Id.h"
#include "roost/PaymentCard.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace roost::app {

namespace {

/// Two-digit years on cards are this century's.
constexpr int kCentury = 2000;

QString declineReason(const QString& code)
{
    if (code == QLatin1String("card_declined"))
        return PaymentForm::tr("The card was declined.");
    if (code == QLatin1String("insufficient_funds"))
        return PaymentForm::tr("The card has insufficient funds.");
    if (code == QLatin1String("expired_card"))
        return PaymentForm::tr("The card has expired.");
    return PaymentForm::tr("The payment was declined (%1).").arg(code);
}

} // namespace

PaymentForm::PaymentForm(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("paymentForm"));
    auto* form = new QFormLayout(this);
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("cardNumberEdit"));
    m_number->setAccessibleName(tr("Card number"));
    m_number->setPlaceholderText(tr("4242 4242 4242 4242"));
    m_expiry = new QLineEdit(this);
    m_expiry->setObjectName(QStringLiteral("cardExpiryEdit"));
    m_expiry->setAccessibleName(tr("Expiry (MM/YY)"));
    m_expiry->setPlaceholderText(tr("MM/YY"));
    m_cvc = new QLineEdit(this);
    m_cvc->setObjectName(QStringLiteral("cardCvcEdit"));
    m_cvc->setAccessibleName(tr("Security code"));
    m_cvc->setMaxLength(4);
    m_cvc->setEchoMode(QLineEdit::Password);
    m_pay = new QPushButton(tr("&Pay"), this);
    m_pay->setObjectName(QStringLiteral("payButton"));
    m_pay->setAccessibleName(tr("Pay"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("paymentError"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Payment problem"));
    form->addRow(tr("Card &number"), m_number);
    form->addRow(tr("&Expiry"), m_expiry);
    form->addRow(tr("&CVC"), m_cvc);
    form->addRow(m_pay);
    form->addRow(m_error);
    connect(m_pay, &QPushButton::clicked, this, &PaymentForm::pay);
    connect(m_cvc, &QLineEdit::returnPressed, this, &PaymentForm::pay);
}

void PaymentForm::setBooking(const QString& bookingId)
{
    if (bookingId == m_bookingId)
        return;
    m_bookingId = bookingId;
    m_attemptBody = {};
    m_key.clear();
    m_error->clear();
    m_pay->setEnabled(true);
}

void PaymentForm::showError(const QString& text)
{
    m_error->setText(text);
}

void PaymentForm::pay()
{
    if (m_bookingId.isEmpty() || !m_pay->isEnabled())
        return;
    // "MM/YY" or "MM/YYYY"; anything else leaves the month 0 so that the card rules name it.
    static const QRegularExpression expiryPattern(QStringLiteral("^\\s*(\\d{1,2})\\s*/\\s*(\\d{2}|\\d{4})\\s*$"));
    const QRegularExpressionMatch expiry = expiryPattern.match(m_expiry->text());
    int year = expiry.hasMatch() ? expiry.captured(2).toInt() : 0;
    if (year > 0 && year < 100)
        year += kCentury;
    const QJsonObject body { { QStringLiteral("card_number"), QString(m_number->text()).remove(QLatin1Char(' ')) },
        { QStringLiteral("exp_month"), expiry.hasMatch() ? expiry.captured(1).toInt() : 0 },
        { QStringLiteral("exp_year"), year }, { QStringLiteral("cvc"), m_cvc->text().trimmed() } };
    try {
        const PaymentCard card = parsePaymentCard(body);
        if (card.isExpired(m_context.clock().today())) {
            showError(tr("The card has expired."));
            return;
        }
    } catch (const Error& error) {
        QStringList problems;
        for (auto it = error.fields().begin(); it != error.fields().end(); ++it)
            problems.append(tr("%1: %2").arg(it.key(), it.value()));
        showError(problems.join(QLatin1Char('\n')));
        return;
    }
    // A new key only for new card details: the same details after an unanswered attempt are a
    // retry of that attempt, which the server answers once.
    if (body != m_attemptBody || m_key.isEmpty()) {
        m_attemptBody = body;
        m_key = idToString(newId());
    }
    client::ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/bookings/%1/payments").arg(m_bookingId);
    request.json = body;
    request.headers.append({ QByteArrayLiteral("Idempotency-Key"), m_key.toLatin1() });
    m_pay->setEnabled(false);
    showError(tr("Paying…"));
    m_context.engine().call(request, this, [this](const client::ApiResult& result) {
        answered(result.json, result.status, result.error.code, result.error.envelope, result.error.isTransient());
        if (result.error.isUnauthenticated())
            Q_EMIT m_context.signInRequested();
    });
}

void PaymentForm::answered(
    const QJsonObject& body, int status, const QString& code, const QJsonObject& error, bool transient)
{
    m_pay->setEnabled(true);
    if (status >= 200 && status < 300) {
        if (body.value(QStringLiteral("status")).toString() == QLatin1String("succeeded")) {
            showError(QString());
            m_pay->setEnabled(false); // paid: a second click must not even look like a second charge
            Q_EMIT paid(body);
            return;
        }
        const QString reason = declineReason(body.value(QStringLiteral("failure_code")).toString());
        showError(tr("%1 Nothing was charged.").arg(reason));
        Q_EMIT declined(reason);
        return;
    }
    if (code == QLatin1String("payment_declined")) {
        const QString reason = declineReason(error.value(QStringLiteral("decline_code")).toString());
        showError(tr("%1 Nothing was charged.").arg(reason));
        Q_EMIT declined(reason);
        return;
    }
    if (transient || status == 0) {
        showError(tr("The payment did not get through. Try again: the same attempt is repeated, so you are never "
                     "charged twice."));
        return;
    }
    const QString message = error.value(QStringLiteral("message")).toString();
    showError(message.isEmpty() ? tr("The payment was refused (%1).").arg(code) : message);
}

} // namespace roost::app
