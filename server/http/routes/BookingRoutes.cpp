// SPDX-License-Identifier: Apache-2.0
#include "http/routes/Routes.h"

#include "services/Services.h"

#include <roost/BookingRequest.h>
#include <roost/Quote.h>

namespace roost::server {
namespace {

Response booking(int status, const Booking& b)
{
    return Response::json(status, bookingToJson(b)).header(QByteArrayLiteral("ETag"), etagFor(b.version));
}

} // namespace

QList<Route> bookingRoutes(Services& s)
{
    return {
        {Method::Post, QStringLiteral("/api/v1/listings/{id}/quote"),
         [&s](Request& r) { return Response::json(200, s.bookings.quote(r.idParam(QStringLiteral("id")), r.json(), r.clock())); }},
        {Method::Post, QStringLiteral("/api/v1/bookings"),
         [&s](Request& r) {
             const auto& caller = r.requireUser();
             const auto result = s.bookings.create(caller, r.json(), r.clock());
             return booking(result.created ? 201 : 200, result.booking);
         }},
        {Method::Get, QStringLiteral("/api/v1/bookings"),
         [&s](Request& r) { return Response::json(200, s.bookings.list(r.requireUser(), r.query())); }},
        {Method::Get, QStringLiteral("/api/v1/bookings/{id}"),
         [&s](Request& r) {
             const Booking b = s.bookings.get(r.requireUser(), r.idParam(QStringLiteral("id")));
             if (r.notModifiedSince(etagFor(b.version)))
                 return Response::notModified(etagFor(b.version));
             return booking(200, b);
         }},
        {Method::Post, QStringLiteral("/api/v1/bookings/{id}/accept"),
         [&s](Request& r) {
             const auto& caller = r.requireUser();
             return booking(200, s.bookings.accept(caller, r.idParam(QStringLiteral("id")), r.clock()));
         }},
        {Method::Post, QStringLiteral("/api/v1/bookings/{id}/decline"),
         [&s](Request& r) {
             const auto& caller = r.requireUser();
             return booking(200, s.bookings.decline(caller, r.idParam(QStringLiteral("id")), r.clock()));
         }},
        {Method::Post, QStringLiteral("/api/v1/bookings/{id}/cancel"),
         [&s](Request& r) {
             const auto& caller = r.requireUser();
             // The body is optional: no body (or `{}`) cancels without a reason.
             const QString reason = r.body().isEmpty() ? QString() : parseCancelReason(r.json());
             return booking(200, s.bookings.cancel(caller, r.idParam(QStringLiteral("id")), r.clock(), reason));
         }},
    };
}

QList<Route> paymentRoutes(Services& s)
{
    return {
        {Method::Post, QStringLiteral("/api/v1/bookings/{id}/payments"),
         [&s](Request& r) {
             const auto& caller = r.requireUser();
             const auto answer = s.payments.pay(caller, r.idParam(QStringLiteral("id")),
                                                QString::fromUtf8(r.header(QByteArrayLiteral("Idempotency-Key"))), r.json(),
                                                r.clock());
             return Response{answer.status, answer.body, QByteArrayLiteral("application/json"), {}};
         }},
        {Method::Get, QStringLiteral("/api/v1/payments"),
         [&s](Request& r) {
             const auto& caller = r.requireUser();
             const auto bookingId = parseId(r.query().queryItemValue(QStringLiteral("booking_id")));
             if (!bookingId)
                 throw Error::validation({{QStringLiteral("booking_id"), QStringLiteral("must be a booking id")}});
             return Response::json(200, s.payments.paymentsOfBooking(caller, *bookingId));
         }},
        {Method::Get, QStringLiteral("/api/v1/payments/{id}"),
         [&s](Request& r) { return Response::json(200, s.payments.payment(r.requireUser(), r.idParam(QStringLiteral("id")))); }},
        {Method::Get, QStringLiteral("/api/v1/hosts/me/payouts"),
         [&s](Request& r) { return Response::json(200, s.payments.payouts(r.requireUser())); }},
    };
}

} // namespace roost::server
