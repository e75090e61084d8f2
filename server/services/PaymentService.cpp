// SPDX-License-Identifier: Apache-2.0
#include "services/PaymentService.h"

#include "db/BookingRepository.h"
#include "db/Database.h"
#include "db/IdempotencyRepository.h"
#include "db/PaymentRepository.h"
#include "services/BookingLifecycle.h"
#include "services/Fingerprint.h"

#include <roost/Error.h>
#include <roost/Id.h>
#include <roost/JsonReader.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace roost::server {
namespace {

// Keys are client-chosen; a UUID is 36 characters, this leaves room for other schemes.
constexpr qsizetype kMaxKeyLength = 255;
constexpr int kMaxPayoutsListed = 500;

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Booking bookingOf(pqxx::transaction_base& tx, const QUuid& id, const AuthUser& caller, bool forUpdate)
{
    BookingRepository bookings(tx);
    const auto booking = forUpdate ? bookings.findForUpdate(id) : bookings.find(id);
    if (!booking || partyOf(*booking, caller.userId) == Party::Other)
        throw Error::notFound(QStringLiteral("Booking"));
    return *booking;
}

} // namespace

PaymentService::PaymentService(Database& db) : m_db(db) {}

PaymentService::Answer PaymentService::pay(const AuthUser& caller, const QUuid& bookingId, const QString& key,
                                           const QJsonObject& body, const Clock& clock)
{
    if (key.trimmed().isEmpty() || key.size() > kMaxKeyLength)
        throw Error(ErrorCode::BadRequest, QStringLiteral("Send an Idempotency-Key header (at most 255 characters)."));
    // The fingerprint covers path and body (as JSON, so spacing and key order do not matter): the
    // same key sent for another booking or with other card details is a different request.
    const QByteArray digest =
        fingerprint(body, QByteArrayLiteral("POST /bookings/") + idToString(bookingId).toLatin1() + "/payments\n");

    pqxx::work tx(m_db.connection());
    IdempotencyRepository keys(tx);
    if (const auto stored = keys.reserve(caller.userId, key, digest)) {
        if (stored->fingerprint != digest)
            throw Error(ErrorCode::IdempotencyMismatch,
                        QStringLiteral("This Idempotency-Key was used for a different request."));
        return {stored->status, stored->body};
    }

    Booking booking = bookingOf(tx, bookingId, caller, true);
    if (partyOf(booking, caller.userId) != Party::Guest)
        throw Error(ErrorCode::Forbidden, QStringLiteral("Only the guest pays for a booking."));
    if (booking.status != BookingStatus::PendingPayment)
        throw Error(ErrorCode::InvalidState, QStringLiteral("This booking is not waiting for payment."));
    if (clock.now() >= booking.holdExpiresAt)
        throw Error(ErrorCode::InvalidState, QStringLiteral("The hold on these dates has expired; book again."));
    const PaymentCard card = parsePaymentCard(body);

    const ChargeResult result = m_provider.charge(card, booking.price.total, booking.price.currency, clock.today());
    Payment payment;
    payment.id = newId();
    payment.bookingId = booking.id;
    payment.amount = booking.price.total;
    payment.currency = booking.price.currency;
    payment.status = result.succeeded ? QStringLiteral("succeeded") : QStringLiteral("failed");
    payment.failureCode = result.declineCode;
    payment.cardLast4 = card.last4();
    payment.cardBrand = card.brand();
    PaymentRepository payments(tx);
    payments.insertPayment(payment);
    payment = *payments.findPayment(payment.id);

    Answer answer;
    if (result.succeeded) {
        BookingLifecycle(tx).apply(booking, BookingEvent::PaymentSucceeded, Party::Guest, clock.now());
        answer = {201, compact(payment.toJson())};
    } else {
        // The declined attempt is kept (and listed); the booking stays pending_payment.
        const Error declined = Error(ErrorCode::PaymentDeclined, QStringLiteral("The card was declined."))
                                   .with(QStringLiteral("decline_code"), result.declineCode)
                                   .with(QStringLiteral("payment"), payment.toJson());
        answer = {422, compact(declined.toEnvelope())};
    }
    keys.complete(caller.userId, key, answer.status, answer.body);
    tx.commit();
    return answer;
}

QJsonObject PaymentService::paymentsOfBooking(const AuthUser& caller, const QUuid& bookingId)
{
    pqxx::read_transaction tx(m_db.connection());
    bookingOf(tx, bookingId, caller, false);
    QJsonArray items;
    for (const Payment& p : PaymentRepository(tx).paymentsOfBooking(bookingId))
        items.append(p.toJson());
    return {{QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), QJsonValue::Null}};
}

QJsonObject PaymentService::payment(const AuthUser& caller, const QUuid& paymentId)
{
    pqxx::read_transaction tx(m_db.connection());
    const auto payment = PaymentRepository(tx).findPayment(paymentId);
    if (!payment)
        throw Error::notFound(QStringLiteral("Payment"));
    bookingOf(tx, payment->bookingId, caller, false); // 404 unless guest or host of its booking
    return payment->toJson();
}

QJsonObject PaymentService::payouts(const AuthUser& caller)
{
    pqxx::read_transaction tx(m_db.connection());
    QJsonArray items;
    for (const Payout& p : PaymentRepository(tx).payoutsOfHost(caller.userId, kMaxPayoutsListed))
        items.append(p.toJson());
    return {{QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), QJsonValue::Null}};
}

} // namespace roost::server
