// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

#include <pqxx/pqxx>

#include <optional>

namespace roost::server {

/// A charge attempt (succeeded or failed). Card numbers are never here: only last 4 and brand.
struct Payment {
    QUuid id;
    QUuid bookingId;
    qint64 amount = 0;
    QString currency;
    QString status; ///< succeeded | failed
    QString failureCode;
    QString cardLast4;
    QString cardBrand;
    QDateTime createdAt;

    QJsonObject toJson() const;
};

/// Money to the host for a confirmed booking.
struct Payout {
    QUuid id;
    QUuid bookingId;
    QUuid listingId;
    QUuid hostId;
    qint64 amount = 0;
    QString currency;
    QString status; ///< scheduled | released | cancelled
    QDateTime releaseAt;
    QDateTime createdAt;

    QJsonObject toJson() const;
};

/// Payments, refunds and payouts.
class PaymentRepository
{
public:
    static void prepare(pqxx::connection& c);

    explicit PaymentRepository(pqxx::transaction_base& tx) : m_tx(tx) {}

    void insertPayment(const Payment& payment);
    std::optional<Payment> findPayment(const QUuid& id);
    QList<Payment> paymentsOfBooking(const QUuid& bookingId);
    std::optional<Payment> succeededPayment(const QUuid& bookingId);
    void insertRefund(const QUuid& paymentId, const QUuid& bookingId, qint64 amount, const QString& currency,
                      const QString& reason);
    qint64 refundedAmount(const QUuid& bookingId);

    void insertPayout(const Payout& payout);
    QList<Payout> payoutsOfHost(const QUuid& hostId, int limit);
    std::optional<Payout> findPayout(const QUuid& id);
    std::optional<Payout> payoutOfBooking(const QUuid& bookingId);
    /// Moves a scheduled payout on; false when it was not scheduled any more.
    bool setPayoutStatus(const QUuid& payoutId, const QString& from, const QString& to);

private:
    pqxx::transaction_base& m_tx;
};

} // namespace roost::server
