// SPDX-License-Identifier: Apache-2.0
#include "guest/CancelDialog.h"

#include "common/Format.h"
#include "roost/Booking.h"
#include "roost/Date.h"
#include "roost/Error.h"
#include "roost/RefundPolicy.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace roost::app {

namespace {

/// The booking as the refund rules need it, from its cached JSON. The cancellation policy is the
/// one the guest booked under; the booking object carries it when the server sends it, else the
/// listing's current one stands in (hosts rarely change it under a booking).
std::optional<Booking> bookingForRefund(const QJsonObject& booking, const QJsonObject& listing)
{
    const auto stay = Stay::make(parseDate(booking.value(QStringLiteral("check_in")).toString()).value_or(QDate()),
        parseDate(booking.value(QStringLiteral("check_out")).toString()).value_or(QDate()));
    const auto status = parseBookingStatus(booking.value(QStringLiteral("status")).toString());
    if (!stay || !status)
        return std::nullopt;
    const QJsonObject price = booking.value(QStringLiteral("price")).toObject();
    QString policy = booking.value(QStringLiteral("cancellation_policy")).toString();
    if (policy.isEmpty())
        policy = listing.value(QStringLiteral("cancellation_policy")).toString();
    Booking result { .stay = *stay, .status = *status };
    result.price.total = price.value(QStringLiteral("total")).toInteger();
    result.price.currency = price.value(QStringLiteral("currency")).toString();
    result.cancellationPolicy = parseCancellationPolicy(policy).value_or(CancellationPolicy::Flexible);
    return result;
}

} // namespace

CancelDialog::CancelDialog(
    const QJsonObject& booking, const QJsonObject& listing, const QDateTime& now, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("cancelDialog"));
    setWindowTitle(tr("Cancel this stay?"));
    auto* form = new QFormLayout(this);
    m_refundLabel = new QLabel(this);
    m_refundLabel->setObjectName(QStringLiteral("refundLabel"));
    m_refundLabel->setAccessibleName(tr("Refund"));
    m_refundLabel->setWordWrap(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("cancelReasonEdit"));
    m_reason->setAccessibleName(tr("Reason (optional)"));
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* confirm = buttons->addButton(tr("&Cancel stay"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmCancelButton"));
    confirm->setAccessibleName(tr("Cancel stay"));
    QPushButton* keep = buttons->addButton(tr("&Keep it"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepBookingButton"));
    keep->setAccessibleName(tr("Keep the booking"));
    keep->setDefault(true); // Enter never cancels a stay by accident
    form->addRow(m_refundLabel);
    form->addRow(tr("&Reason"), m_reason);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const auto parsed = bookingForRefund(booking, listing);
    try {
        if (parsed)
            m_refund = refundAmount(*parsed, Party::Guest, now);
    } catch (const Error&) {
        m_refund.reset(); // the rules do not allow a cancellation now
    }
    if (!m_refund) {
        m_refundLabel->setText(tr("This stay can no longer be cancelled."));
        confirm->setEnabled(false);
        return;
    }
    m_refundLabel->setText(tr("You will be refunded %1 of %2.")
                               .arg(formatMoney(*m_refund, parsed->price.currency),
                                   formatMoney(parsed->price.total, parsed->price.currency)));
    m_refundLabel->setProperty("refund", *m_refund);
}

QString CancelDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace roost::app
