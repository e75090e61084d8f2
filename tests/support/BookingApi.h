// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiFixture.h"

#include <QDate>
#include <QDateTime>

namespace roost::test {

/// The booking, payment and job calls the booking tests share, over one HttpClient. Time is
/// moved per request with the server's X-Roost-Now hook (ROOST_ENV=test).
class BookingApi
{
public:
    explicit BookingApi(HttpClient& http)
        : m_http(http)
    { }

    /// The sandbox card that always succeeds.
    static inline const QString kGoodCard = QStringLiteral("4242424242424242");

    /// POST /bookings for `guest`; `extra` is merged into the body (it may replace any field).
    HttpReply book(const TestUser& guest, const QString& listingId, const QDate& checkIn, const QDate& checkOut,
        int guests = 1, const QJsonObject& extra = {}, const Headers& headers = {});
    /// POST /bookings/{id}/payments with `card` (the good card when empty) and `key` (a fresh
    /// key when empty).
    HttpReply pay(const TestUser& guest, const QString& bookingId, const QJsonObject& card = {},
        const QByteArray& key = {}, const Headers& headers = {});
    /// POST /bookings/{id}/{accept|decline|cancel}.
    HttpReply act(const TestUser& user, const QString& bookingId, const QString& action, const Headers& headers = {});
    /// The booking as `user` sees it (empty when not 200).
    QJsonObject booking(const TestUser& user, const QString& bookingId);
    /// POST /test/run-due-jobs at `now`; the number of jobs run, or -1 on error.
    int runDueJobs(const QDateTime& now);
    /// The host's payout for `bookingId` (empty when there is none).
    QJsonObject payoutOf(const TestUser& host, const QString& bookingId);
    /// GET /payments?booking_id= as `user`: the items (empty on error).
    QJsonArray payments(const TestUser& user, const QString& bookingId);

    /// `{card_number, exp_month, exp_year, cvc}`; the default expiry is years ahead.
    static QJsonObject cardBody(const QString& number = kGoodCard, int expYear = QDate::currentDate().year() + 3);
    /// The X-Roost-Now header for `now`.
    static Headers at(const QDateTime& now);
    /// Today's date in UTC (the server's calendar).
    static QDate today() { return QDateTime::currentDateTimeUtc().date(); }
    /// 00:00 UTC of `date`, where the API's deadlines count from.
    static QDateTime midnight(const QDate& date) { return QDateTime(date, QTime(0, 0), Qt::UTC); }
    static QString text(const QDate& date) { return date.toString(Qt::ISODate); }
    /// An RFC 3339 timestamp field of the API, parsed (invalid when absent or malformed).
    static QDateTime timestamp(const QJsonValue& value);
    static QString newId();

private:
    HttpClient& m_http;
};

} // namespace roost::test
