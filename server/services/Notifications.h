// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/Mailer.h"

#include <roost/Booking.h>
#include <roost/Listing.h>
#include <roost/User.h>

#include <pqxx/pqxx>

namespace roost::server {

/// What happened to a booking that someone should hear about.
enum class Notice { BookingRequested, BookingConfirmed, BookingDeclined, BookingCancelled, PaymentReceipt, ReviewReminder };

QString toString(Notice notice);
std::optional<Notice> parseNotice(const QString& text);

/// Queues one `notify` job per recipient (so a failed send retries only that message).
void queueNotice(pqxx::transaction_base& tx, Notice notice, const Booking& booking, Party recipient);

/// The text of a notice for its recipient.
MailMessage composeNotice(Notice notice, const Booking& booking, const Listing& listing, const User& recipient);

namespace jobkind {
inline const QString kNotify = QStringLiteral("notify");
}

} // namespace roost::server
