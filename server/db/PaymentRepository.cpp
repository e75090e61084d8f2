// SPDX-License-Identifier: Apache-2.0
#include "db/PaymentRepository.h"

#include "db/Rows.h"

#include <roost/Date.h>

namespace roost::server {
namespace {

#define PAYMENT_COLUMNS "id, booking_id, amount, currency, status, failure_code, card_last4, card_brand, ms(created_at)"
#define PAYOUT_COLUMNS "id, booking_id, listing_id, host_id, amount, currency, status, ms(release_at), ms(created_at)"

Payment toPayment(const pqxx::row& r)
{
    return {rows::uuid(r[0]), rows::uuid(r[1]), r[2].as<qint64>(), rows::text(r[3]), rows::text(r[4]),
            rows::text(r[5]), rows::text(r[6]), rows::text(r[7]), rows::timestamp(r[8])};
}

Payout toPayout(const pqxx::row& r)
{
    return {rows::uuid(r[0]), rows::uuid(r[1]), rows::uuid(r[2]), rows::uuid(r[3]), r[4].as<qint64>(),
            rows::text(r[5]), rows::text(r[6]), rows::timestamp(r[7]), rows::timestamp(r[8])};
}

} // namespace

QJsonObject Payment::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), idToString(id)},
                  {QStringLiteral("booking_id"), idToString(bookingId)},
                  {QStringLiteral("amount"), amount},
                  {QStringLiteral("currency"), currency},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("card_last4"), cardLast4},
                  {QStringLiteral("card_brand"), cardBrand},
                  {QStringLiteral("created_at"), timestampToJson(createdAt)}};
    if (!failureCode.isEmpty())
        o.insert(QStringLiteral("failure_code"), failureCode);
    return o;
}

QJsonObject Payout::toJson() const
{
    return {{QStringLiteral("id"), idToString(id)},
            {QStringLiteral("booking_id"), idToString(bookingId)},
            {QStringLiteral("listing_id"), idToString(listingId)},
            {QStringLiteral("amount"), amount},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("status"), status},
            {QStringLiteral("release_at"), timestampToJson(releaseAt)},
            {QStringLiteral("created_at"), timestampToJson(createdAt)}};
}

void PaymentRepository::prepare(pqxx::connection& c)
{
    c.prepare("payment_insert",
              "INSERT INTO payments (id, booking_id, amount, currency, status, failure_code, card_last4, card_brand) "
              "VALUES ($1, $2, $3, $4, $5, nullif($6, ''), $7, $8)");
    c.prepare("payment_find", "SELECT " PAYMENT_COLUMNS " FROM payments WHERE id = $1");
    c.prepare("payment_of_booking", "SELECT " PAYMENT_COLUMNS " FROM payments WHERE booking_id = $1 ORDER BY created_at, id");
    c.prepare("payment_succeeded", "SELECT " PAYMENT_COLUMNS " FROM payments WHERE booking_id = $1 AND status = 'succeeded'");
    c.prepare("refund_insert",
              "INSERT INTO refunds (id, payment_id, booking_id, amount, currency, reason) VALUES ($1, $2, $3, $4, $5, $6)");
    c.prepare("refund_total", "SELECT coalesce(sum(amount), 0)::bigint FROM refunds WHERE booking_id = $1");
    c.prepare("payout_insert",
              "INSERT INTO payouts (id, booking_id, listing_id, host_id, amount, currency, status, release_at) "
              "VALUES ($1, $2, $3, $4, $5, $6, 'scheduled', from_ms($7)) ON CONFLICT (booking_id) DO NOTHING");
    c.prepare("payout_of_host",
              "SELECT " PAYOUT_COLUMNS " FROM payouts WHERE host_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2");
    c.prepare("payout_find", "SELECT " PAYOUT_COLUMNS " FROM payouts WHERE id = $1");
    c.prepare("payout_of_booking", "SELECT " PAYOUT_COLUMNS " FROM payouts WHERE booking_id = $1");
    c.prepare("payout_set_status",
              "UPDATE payouts SET status = $3, version = version + 1 WHERE id = $1 AND status = $2");
}

void PaymentRepository::insertPayment(const Payment& p)
{
    m_tx.exec_prepared0("payment_insert", rows::param(p.id), rows::param(p.bookingId), p.amount, rows::param(p.currency),
                        rows::param(p.status), rows::param(p.failureCode), rows::param(p.cardLast4), rows::param(p.cardBrand));
}

std::optional<Payment> PaymentRepository::findPayment(const QUuid& id)
{
    const auto r = m_tx.exec_prepared("payment_find", rows::param(id));
    return r.empty() ? std::nullopt : std::optional(toPayment(r[0]));
}

QList<Payment> PaymentRepository::paymentsOfBooking(const QUuid& bookingId)
{
    QList<Payment> result;
    for (const auto& row : m_tx.exec_prepared("payment_of_booking", rows::param(bookingId)))
        result.append(toPayment(row));
    return result;
}

std::optional<Payment> PaymentRepository::succeededPayment(const QUuid& bookingId)
{
    const auto r = m_tx.exec_prepared("payment_succeeded", rows::param(bookingId));
    return r.empty() ? std::nullopt : std::optional(toPayment(r[0]));
}

void PaymentRepository::insertRefund(const QUuid& paymentId, const QUuid& bookingId, qint64 amount, const QString& currency,
                                     const QString& reason)
{
    m_tx.exec_prepared0("refund_insert", rows::param(newId()), rows::param(paymentId), rows::param(bookingId), amount,
                        rows::param(currency), rows::param(reason));
}

qint64 PaymentRepository::refundedAmount(const QUuid& bookingId)
{
    return m_tx.exec_prepared1("refund_total", rows::param(bookingId))[0].as<qint64>();
}

void PaymentRepository::insertPayout(const Payout& p)
{
    m_tx.exec_prepared0("payout_insert", rows::param(p.id), rows::param(p.bookingId), rows::param(p.listingId),
                        rows::param(p.hostId), p.amount, rows::param(p.currency), p.releaseAt.toMSecsSinceEpoch());
}

QList<Payout> PaymentRepository::payoutsOfHost(const QUuid& hostId, int limit)
{
    QList<Payout> result;
    for (const auto& row : m_tx.exec_prepared("payout_of_host", rows::param(hostId), limit))
        result.append(toPayout(row));
    return result;
}

std::optional<Payout> PaymentRepository::findPayout(const QUuid& id)
{
    const auto r = m_tx.exec_prepared("payout_find", rows::param(id));
    return r.empty() ? std::nullopt : std::optional(toPayout(r[0]));
}

std::optional<Payout> PaymentRepository::payoutOfBooking(const QUuid& bookingId)
{
    const auto r = m_tx.exec_prepared("payout_of_booking", rows::param(bookingId));
    return r.empty() ? std::nullopt : std::optional(toPayout(r[0]));
}

bool PaymentRepository::setPayoutStatus(const QUuid& payoutId, const QString& from, const QString& to)
{
    return m_tx.exec_prepared("payout_set_status", rows::param(payoutId), rows::param(from), rows::param(to)).affected_rows() == 1;
}

} // namespace roost::server
