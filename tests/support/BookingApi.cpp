// SPDX-License-Identifier: Apache-2.0
#include "BookingApi.h"

#include <QUuid>

namespace roost::test {

HttpReply BookingApi::book(const TestUser& guest, const QString& listingId, const QDate& checkIn, const QDate& checkOut,
    int guests, const QJsonObject& extra, const Headers& headers)
{
    QJsonObject body { { QStringLiteral("listing_id"), listingId }, { QStringLiteral("check_in"), text(checkIn) },
        { QStringLiteral("check_out"), text(checkOut) }, { QStringLiteral("guests"), guests } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return m_http.post(QStringLiteral("/api/v1/bookings"), body, guest.accessToken, headers);
}

HttpReply BookingApi::pay(const TestUser& guest, const QString& bookingId, const QJsonObject& card,
    const QByteArray& key, const Headers& headers)
{
    Headers all = headers;
    all.append({ "Idempotency-Key", key.isEmpty() ? newId().toLatin1() : key });
    return m_http.post(QStringLiteral("/api/v1/bookings/%1/payments").arg(bookingId),
        card.isEmpty() ? cardBody() : card, guest.accessToken, all);
}

HttpReply BookingApi::act(const TestUser& user, const QString& bookingId, const QString& action, const Headers& headers)
{
    return m_http.post(QStringLiteral("/api/v1/bookings/%1/%2").arg(bookingId, action), {}, user.accessToken, headers);
}

QJsonObject BookingApi::booking(const TestUser& user, const QString& bookingId)
{
    const HttpReply reply = m_http.get(QStringLiteral("/api/v1/bookings/") + bookingId, user.accessToken);
    return reply.status == 200 ? reply.json() : QJsonObject();
}

int BookingApi::runDueJobs(const QDateTime& now)
{
    const HttpReply reply = m_http.post(QStringLiteral("/api/v1/test/run-due-jobs"), {}, {}, at(now));
    return reply.status == 200 ? reply.json().value(QStringLiteral("ran")).toInt(-1) : -1;
}

QJsonObject BookingApi::payoutOf(const TestUser& host, const QString& bookingId)
{
    const HttpReply reply = m_http.get(QStringLiteral("/api/v1/hosts/me/payouts"), host.accessToken);
    for (const QJsonValue item : reply.items())
        if (item.toObject().value(QStringLiteral("booking_id")).toString() == bookingId)
            return item.toObject();
    return {};
}

QJsonArray BookingApi::payments(const TestUser& user, const QString& bookingId)
{
    const HttpReply reply = m_http.get(QStringLiteral("/api/v1/payments?booking_id=") + bookingId, user.accessToken);
    return reply.status == 200 ? reply.items() : QJsonArray();
}

QJsonObject BookingApi::cardBody(const QString& number, int expYear)
{
    return { { QStringLiteral("card_number"), number }, { QStringLiteral("exp_month"), 12 },
        { QStringLiteral("exp_year"), expYear }, { QStringLiteral("cvc"), QStringLiteral("123") } };
}

Headers BookingApi::at(const QDateTime& now)
{
    return { { "X-Roost-Now", now.toUTC().toString(Qt::ISODateWithMs).toLatin1() } };
}

QDateTime BookingApi::timestamp(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString BookingApi::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace roost::test
