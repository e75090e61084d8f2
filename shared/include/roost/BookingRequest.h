// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "roost/Error.h"
#include "roost/Listing.h"
#include "roost/Stay.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace roost {

namespace BookingLimits {
constexpr int kMaxMessageLength = 1000; // a note to the host, not a letter
constexpr int kMaxCancelReasonLength = 500;
/// Two years, the longest stay a listing may allow (ListingLimits::kMaxStayNights): anything
/// longer is a lease, and the cap keeps every price far from qint64's limit.
constexpr int kMaxStayNights = ListingLimits::kMaxStayNights;
} // namespace BookingLimits

/// A `POST /bookings` body after the type checks. Stay has no empty state, so neither has this:
/// build it with parseBookingRequest or designated initialisers.
struct BookingRequest
{
    QUuid id{}; ///< null when the client did not choose one
    QUuid listingId{};
    Stay stay;
    int guests = 1;
    QString message{};

    friend bool operator==(const BookingRequest& a, const BookingRequest& b) = default;
};

/// `{check_in, check_out, guests}` of `POST /listings/{id}/quote`.
struct QuoteRequest
{
    Stay stay;
    int guests = 1;

    friend bool operator==(const QuoteRequest& a, const QuoteRequest& b) = default;
};

/// Parses `{id?, listing_id, check_in, check_out, guests, message?}` with no coercion. Rules that
/// need no listing are checked here, each under its field: check_out after check_in ("must be
/// after check_in") and at most kMaxStayNights later; guests an integer from 1 to
/// ListingLimits::kMaxGuests (no listing takes more); message ≤ kMaxMessageLength characters
/// without control characters other than line breaks and tabs. Throws Error::validation naming
/// every bad field.
BookingRequest parseBookingRequest(const QJsonObject& json);

/// Parses a cancellation's `{reason?}`: a string of at most kMaxCancelReasonLength characters
/// without control characters other than line breaks and tabs; empty when absent. Throws
/// Error::validation.
QString parseCancelReason(const QJsonObject& json);

/// Parses `{check_in, check_out, guests}` with the same field rules as parseBookingRequest.
/// Throws Error::validation.
QuoteRequest parseQuoteRequest(const QJsonObject& json);

/// The rules of booking `stay` for `guests` at `listing` as `guestId` on `today` (UTC), each
/// broken one under its field (empty when all hold):
/// - `check_out`: listing.minNights ≤ nights ≤ listing.maxNights. The stay length is what
///   check_out decides once check_in is chosen, and the parser reports its other length rules
///   there too, so a client shows every "too short / too long" message at the same field.
/// - `guests`: at most listing.maxGuests.
/// - `listing_id`: not the guest's own listing ("you cannot book your own listing").
/// - `check_in`: not before `today` (a stay starting today is fine).
/// Availability (other bookings, blocks) and the listing's status are the caller's: they need the
/// database and answer 409 / 404 rather than 422.
FieldErrors checkBookingRules(const Listing& listing, const Stay& stay, int guests, const QUuid& guestId,
                              const QDate& today);

} // namespace roost
