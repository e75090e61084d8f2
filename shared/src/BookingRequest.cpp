// SPDX-License-Identifier: Apache-2.0
#include "roost/BookingRequest.h"

#include "roost/JsonReader.h"
#include "roost/Text.h"

#include <optional>

namespace roost {

namespace {

const QString kCheckIn = QStringLiteral("check_in");
const QString kCheckOut = QStringLiteral("check_out");
const QString kGuests = QStringLiteral("guests");

// "1 night", "7 nights": min/max_nights are often 1.
QString nightsText(int nights)
{
    return nights == 1 ? QStringLiteral("1 night") : QStringLiteral("%1 nights").arg(nights);
}

std::optional<Stay> readStay(JsonReader& reader)
{
    const auto checkIn = reader.date(kCheckIn, Presence::Required);
    const auto checkOut = reader.date(kCheckOut, Presence::Required);
    if (!checkIn || !checkOut)
        return std::nullopt;
    const auto stay = Stay::make(*checkIn, *checkOut);
    if (!stay) {
        reader.fail(kCheckOut, QStringLiteral("must be after check_in"));
        return std::nullopt;
    }
    if (stay->nights() > BookingLimits::kMaxStayNights) {
        reader.fail(kCheckOut,
                    QStringLiteral("must be at most %1 after check_in").arg(nightsText(BookingLimits::kMaxStayNights)));
        return std::nullopt;
    }
    return stay;
}

std::optional<int> readGuests(JsonReader& reader)
{
    // The upper bound also keeps the value inside int before the cast.
    const auto guests = reader.integer(kGuests, Presence::Required, 1, ListingLimits::kMaxGuests);
    if (!guests)
        return std::nullopt;
    return static_cast<int>(*guests);
}

} // namespace

BookingRequest parseBookingRequest(const QJsonObject& json)
{
    const QString messageKey = QStringLiteral("message");

    FieldErrors errors;
    JsonReader reader(json, errors);
    const auto id = reader.id(QStringLiteral("id"));
    const auto listingId = reader.id(QStringLiteral("listing_id"), Presence::Required);
    const auto stay = readStay(reader);
    const auto guests = readGuests(reader);
    QString message;
    if (const auto text = reader.string(messageKey, Presence::Optional, BookingLimits::kMaxMessageLength)) {
        if (hasControlCharacters(*text, true))
            reader.fail(messageKey, QStringLiteral("must not contain control characters"));
        message = *text;
    }
    if (!errors.isEmpty())
        throw Error::validation(errors);
    return BookingRequest{id.value_or(QUuid()), *listingId, *stay, *guests, message};
}

QString parseCancelReason(const QJsonObject& json)
{
    const QString reasonKey = QStringLiteral("reason");
    FieldErrors errors;
    JsonReader reader(json, errors);
    QString reason;
    if (const auto text = reader.string(reasonKey, Presence::Optional, BookingLimits::kMaxCancelReasonLength)) {
        if (hasControlCharacters(*text, true))
            reader.fail(reasonKey, QStringLiteral("must not contain control characters"));
        reason = text->trimmed();
    }
    if (!errors.isEmpty())
        throw Error::validation(errors);
    return reason;
}

QuoteRequest parseQuoteRequest(const QJsonObject& json)
{
    FieldErrors errors;
    JsonReader reader(json, errors);
    const auto stay = readStay(reader);
    const auto guests = readGuests(reader);
    if (!errors.isEmpty())
        throw Error::validation(errors);
    return QuoteRequest{*stay, *guests};
}

FieldErrors checkBookingRules(const Listing& listing, const Stay& stay, int guests, const QUuid& guestId,
                              const QDate& today)
{
    FieldErrors errors;
    if (stay.nights() < listing.minNights)
        errors.insert(kCheckOut,
                      QStringLiteral("must be at least %1 after check_in").arg(nightsText(listing.minNights)));
    else if (stay.nights() > listing.maxNights)
        errors.insert(kCheckOut,
                      QStringLiteral("must be at most %1 after check_in").arg(nightsText(listing.maxNights)));
    if (guests < 1)
        errors.insert(kGuests, QStringLiteral("must be at least 1"));
    else if (guests > listing.maxGuests)
        errors.insert(kGuests, QStringLiteral("must be at most %1 for this listing").arg(listing.maxGuests));
    if (!guestId.isNull() && guestId == listing.hostId)
        errors.insert(QStringLiteral("listing_id"), QStringLiteral("you cannot book your own listing"));
    if (stay.checkIn() < today)
        errors.insert(kCheckIn, QStringLiteral("must not be in the past"));
    return errors;
}

} // namespace roost
