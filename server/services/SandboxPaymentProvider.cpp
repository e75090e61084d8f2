// SPDX-License-Identifier: Apache-2.0
#include "services/SandboxPaymentProvider.h"

namespace roost::server {

ChargeResult SandboxPaymentProvider::charge(const PaymentCard& card, qint64, const QString&, const QDate& today)
{
    if (card.isExpired(today))
        return {false, QStringLiteral("expired_card")};
    if (card.number == QLatin1String("4000000000000002"))
        return {false, QStringLiteral("card_declined")};
    if (card.number == QLatin1String("4000000000009995"))
        return {false, QStringLiteral("insufficient_funds")};
    return {true, {}};
}

} // namespace roost::server
