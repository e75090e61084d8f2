// SPDX-License-Identifier: Apache-2.0
#include "services/Notifications.h"

#include "db/JobRepository.h"

#include <roost/Date.h>
#include <roost/Id.h>

#include <QDateTime>

namespace roost::server {
namespace {

struct NoticeName {
    Notice notice;
    const char* name;
};

constexpr NoticeName kNames[] = {
    {Notice::BookingRequested, "booking_requested"}, {Notice::BookingConfirmed, "booking_confirmed"},
    {Notice::BookingDeclined, "booking_declined"},   {Notice::BookingCancelled, "booking_cancelled"},
    {Notice::PaymentReceipt, "payment_receipt"},     {Notice::ReviewReminder, "review_reminder"},
};

QString money(qint64 minor, const QString& currency)
{
    return QStringLiteral("%1.%2 %3").arg(minor / 100).arg(minor % 100, 2, 10, QLatin1Char('0')).arg(currency);
}

} // namespace

QString toString(Notice notice)
{
    for (const auto& n : kNames)
        if (n.notice == notice)
            return QString::fromLatin1(n.name);
    return {};
}

std::optional<Notice> parseNotice(const QString& text)
{
    for (const auto& n : kNames)
        if (text == QLatin1String(n.name))
            return n.notice;
    return std::nullopt;
}

void queueNotice(pqxx::transaction_base& tx, Notice notice, const Booking& booking, Party recipient)
{
    JobRepository(tx).enqueue(jobkind::kNotify,
                              {{QStringLiteral("notice"), toString(notice)},
                               {QStringLiteral("booking_id"), idToString(booking.id)},
                               {QStringLiteral("to"), recipient == Party::Host ? QStringLiteral("host") : QStringLiteral("guest")}},
                              QDateTime::currentDateTimeUtc());
}

MailMessage composeNotice(Notice notice, const Booking& b, const Listing& listing, const User& recipient)
{
    const QString stay = QStringLiteral("%1 to %2 (%3 nights, %4 guests)")
                             .arg(dateToString(b.stay.checkIn()), dateToString(b.stay.checkOut()))
                             .arg(b.stay.nights())
                             .arg(b.guests);
    const QString hello = QStringLiteral("Hello %1,\n\n").arg(recipient.displayName);
    const QString footer = QStringLiteral("\n\nBooking %1\n-- Roost\n").arg(idToString(b.id));
    MailMessage m;
    m.to = recipient.email;
    switch (notice) {
    case Notice::BookingRequested:
        m.subject = QStringLiteral("New booking request for %1").arg(listing.title);
        m.body = hello + QStringLiteral("A guest asks to stay at %1, %2.\nPlease accept or decline within 24 hours.").arg(listing.title, stay);
        break;
    case Notice::BookingConfirmed:
        m.subject = QStringLiteral("Booking confirmed: %1").arg(listing.title);
        m.body = hello + QStringLiteral("The stay at %1, %2, is confirmed.").arg(listing.title, stay);
        break;
    case Notice::BookingDeclined:
        m.subject = QStringLiteral("Booking request declined: %1").arg(listing.title);
        m.body = hello + QStringLiteral("Your request to stay at %1, %2, was not accepted. %3 will be refunded.")
                             .arg(listing.title, stay, money(b.refundAmount, b.price.currency));
        break;
    case Notice::BookingCancelled:
        m.subject = QStringLiteral("Booking cancelled: %1").arg(listing.title);
        m.body = hello + QStringLiteral("The stay at %1, %2, was cancelled. Refund to the guest: %3.")
                             .arg(listing.title, stay, money(b.refundAmount, b.price.currency));
        if (!b.cancelReason.isEmpty())
            m.body += QStringLiteral("\nReason given: %1").arg(b.cancelReason);
        break;
    case Notice::PaymentReceipt:
        m.subject = QStringLiteral("Receipt for your stay at %1").arg(listing.title);
        m.body = hello + QStringLiteral("We received %1 for %2, %3.\nNights: %4\nDiscount: -%5\nCleaning fee: %6\nService fee: %7")
                             .arg(money(b.price.total, b.price.currency), listing.title, stay,
                                  money(b.price.nightlyTotal, b.price.currency), money(b.price.discount, b.price.currency),
                                  money(b.price.cleaningFee, b.price.currency), money(b.price.serviceFee, b.price.currency));
        break;
    case Notice::ReviewReminder:
        m.subject = QStringLiteral("How was the stay at %1?").arg(listing.title);
        m.body = hello + QStringLiteral("The stay at %1, %2, is over. You have 14 days to write a review.").arg(listing.title, stay);
        break;
    }
    m.body += footer;
    return m;
}

} // namespace roost::server
