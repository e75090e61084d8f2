// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/AuthUser.h"
#include "services/SandboxPaymentProvider.h"

#include <roost/Clock.h>

#include <QJsonObject>

namespace roost::server {

class Database;

/// Charging a booking (idempotently) and reading payments and payouts.
class PaymentService
{
public:
    explicit PaymentService(Database& db);

    /// A complete HTTP answer, as stored for idempotent replay.
    struct Answer {
        int status = 0;
        QByteArray body;
    };

    /// `POST /bookings/{id}/payments` with `Idempotency-Key`: the first completed answer for the
    /// key is stored with the charge in one transaction; a replay returns it, another request
    /// under the same key is 422 idempotency_mismatch.
    Answer pay(const AuthUser& caller, const QUuid& bookingId, const QString& idempotencyKey, const QJsonObject& body,
               const Clock& clock);

    QJsonObject paymentsOfBooking(const AuthUser& caller, const QUuid& bookingId);
    QJsonObject payment(const AuthUser& caller, const QUuid& paymentId);
    QJsonObject payouts(const AuthUser& caller);

private:
    Database& m_db;
    SandboxPaymentProvider m_provider;
};

} // namespace roost::server
