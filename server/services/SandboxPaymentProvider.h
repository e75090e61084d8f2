// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <roost/PaymentCard.h>

#include <QDate>
#include <QString>

namespace roost::server {

/// What a card network says about a charge.
struct ChargeResult {
    bool succeeded = false;
    QString declineCode; ///< card_declined | insufficient_funds | expired_card
};

/// Where charges go. The sandbox below is built in; a real acquirer implements the same.
class PaymentProvider
{
public:
    virtual ~PaymentProvider() = default;
    virtual ChargeResult charge(const PaymentCard& card, qint64 amount, const QString& currency, const QDate& today) = 0;
};

/// The built-in provider of API.md: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is
/// declined, 4000 0000 0000 9995 has insufficient funds, an expired card is refused, and any
/// other number passing Luhn succeeds. Charges nothing real.
class SandboxPaymentProvider final : public PaymentProvider
{
public:
    ChargeResult charge(const PaymentCard& card, qint64 amount, const QString& currency, const QDate& today) override;
};

} // namespace roost::server
