// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "roost/Error.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace roost {

/// Card details as the guest typed them. Lives only for the duration of a charge: never stored,
/// never logged (only `last4()` and `brand()` are kept).
struct PaymentCard {
    QString number; ///< digits only
    int expMonth = 0;
    int expYear = 0;
    QString cvc;

    QString last4() const { return number.right(4); }
    /// "visa", "mastercard", "amex" or "card".
    QString brand() const;
    /// True when the card's last valid month is before `today`'s month.
    bool isExpired(const QDate& today) const;
};

/// True when `digits` passes the Luhn checksum (ISO/IEC 7812).
bool passesLuhn(const QString& digits);

/// Reads `{card_number, exp_month, exp_year, cvc}`: number 12–19 digits (spaces allowed) passing
/// Luhn, month 1–12, four-digit year, cvc 3–4 digits. Throws Error::validation naming each field.
PaymentCard parsePaymentCard(const QJsonObject& body);

} // namespace roost
