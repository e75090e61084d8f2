// SPDX-License-Identifier: Apache-2.0
// A listing to and from the API's JSON.
#include "roost/Date.h"
#include "roost/Id.h"
#include "roost/JsonReader.h"
#include "roost/Listing.h"

#include <QJsonArray>

namespace roost {

namespace {

using namespace ListingLimits;

void readInt(JsonReader& reader, const QString& key, qint64 min, qint64 max, int& target)
{
    // The range check here also keeps the value inside int before the cast.
    if (const auto value = reader.integer(key, Presence::Optional, min, max))
        target = static_cast<int>(*value);
}

template<typename Enum>
void readEnum(JsonReader& reader, const QString& key, std::optional<Enum> (*parse)(const QString&),
              const QString& choices, Enum& target)
{
    const auto text = reader.string(key);
    if (!text)
        return;
    if (const auto value = parse(*text))
        target = *value;
    else
        reader.fail(key, QStringLiteral("must be one of ") + choices);
}

} // namespace

FieldErrors applyListingFields(Listing& listing, const QJsonObject& json)
{
    FieldErrors errors;
    JsonReader reader(json, errors);

    if (const auto title = reader.string(QStringLiteral("title")))
        listing.title = title->trimmed();
    if (const auto description = reader.string(QStringLiteral("description")))
        listing.description = *description;
    readEnum(reader, QStringLiteral("property_type"), &parsePropertyType,
             QStringLiteral("apartment, house, room, cabin, other"), listing.propertyType);
    if (const auto address = reader.string(QStringLiteral("address")))
        listing.address = address->trimmed();
    if (const auto city = reader.string(QStringLiteral("city")))
        listing.city = city->trimmed();
    if (const auto country = reader.string(QStringLiteral("country")))
        listing.country = *country;
    if (const auto latitude = reader.number(QStringLiteral("latitude"), Presence::Optional, -90, 90))
        listing.latitude = *latitude;
    if (const auto longitude = reader.number(QStringLiteral("longitude"), Presence::Optional, -180, 180))
        listing.longitude = *longitude;

    readInt(reader, QStringLiteral("max_guests"), 1, kMaxGuests, listing.maxGuests);
    readInt(reader, QStringLiteral("bedrooms"), 0, kMaxBedrooms, listing.bedrooms);
    readInt(reader, QStringLiteral("beds"), 0, kMaxBeds, listing.beds);
    if (const auto bathrooms = reader.number(QStringLiteral("bathrooms")))
        listing.bathrooms = *bathrooms;
    if (const auto amenities = reader.stringList(QStringLiteral("amenities"), Presence::Optional, kMaxAmenities))
        listing.amenities = *amenities;

    if (const auto price = reader.integer(QStringLiteral("nightly_price"), Presence::Optional, 1, kMaxMoneyMinor))
        listing.nightlyPrice = *price;
    if (const auto fee = reader.integer(QStringLiteral("cleaning_fee"), Presence::Optional, 0, kMaxMoneyMinor))
        listing.cleaningFee = *fee;
    if (const auto currency = reader.string(QStringLiteral("currency")))
        listing.currency = *currency;
    readInt(reader, QStringLiteral("weekly_discount_pct"), 0, kMaxDiscountPct, listing.weeklyDiscountPct);
    readInt(reader, QStringLiteral("monthly_discount_pct"), 0, kMaxDiscountPct, listing.monthlyDiscountPct);
    readInt(reader, QStringLiteral("min_nights"), 1, kMaxStayNights, listing.minNights);
    readInt(reader, QStringLiteral("max_nights"), 1, kMaxStayNights, listing.maxNights);

    if (const auto instantBook = reader.boolean(QStringLiteral("instant_book")))
        listing.instantBook = *instantBook;
    readEnum(reader, QStringLiteral("cancellation_policy"), &parseCancellationPolicy,
             QStringLiteral("flexible, moderate, strict"), listing.cancellationPolicy);
    readEnum(reader, QStringLiteral("status"), &parseListingStatus, QStringLiteral("draft, listed, unlisted"),
             listing.status);
    return errors;
}

Listing parseNewListing(const QJsonObject& json)
{
    FieldErrors errors;
    JsonReader reader(json, errors);
    static const QStringList required{
        QStringLiteral("title"),    QStringLiteral("property_type"), QStringLiteral("city"),
        QStringLiteral("country"),  QStringLiteral("latitude"),      QStringLiteral("longitude"),
        QStringLiteral("max_guests"), QStringLiteral("nightly_price"), QStringLiteral("currency"),
    };
    for (const QString& key : required) {
        if (!reader.has(key))
            reader.fail(key, QStringLiteral("is required"));
    }

    Listing listing;
    if (const auto id = reader.id(QStringLiteral("id")))
        listing.id = *id;
    // Required-field and type errors come first, so they win over the rule they break by being
    // absent or unreadable (a missing title is "is required", not "must be between ...").
    mergeFieldErrors(errors, applyListingFields(listing, json));
    mergeFieldErrors(errors, validateListing(listing));
    if (!errors.isEmpty())
        throw Error::validation(errors);
    return listing;
}

Listing applyListingPatch(const Listing& current, const QJsonObject& patch)
{
    Listing next = current;
    FieldErrors errors = applyListingFields(next, patch);
    mergeFieldErrors(errors, validateListing(next));
    if (!errors.isEmpty())
        throw Error::validation(errors);
    return next;
}

QJsonObject listingToJson(const Listing& listing, const QString& photoBaseUrl)
{
    QJsonArray photos;
    for (const Photo& photo : listing.photos)
        photos.append(photoToJson(photo, photoBaseUrl));
    return QJsonObject{
        {QStringLiteral("id"), idToString(listing.id)},
        {QStringLiteral("host_id"), idToString(listing.hostId)},
        {QStringLiteral("title"), listing.title},
        {QStringLiteral("description"), listing.description},
        {QStringLiteral("property_type"), toString(listing.propertyType)},
        {QStringLiteral("address"), listing.address},
        {QStringLiteral("city"), listing.city},
        {QStringLiteral("country"), listing.country},
        {QStringLiteral("latitude"), listing.latitude},
        {QStringLiteral("longitude"), listing.longitude},
        {QStringLiteral("max_guests"), listing.maxGuests},
        {QStringLiteral("bedrooms"), listing.bedrooms},
        {QStringLiteral("beds"), listing.beds},
        {QStringLiteral("bathrooms"), listing.bathrooms},
        {QStringLiteral("amenities"), QJsonArray::fromStringList(listing.amenities)},
        {QStringLiteral("nightly_price"), listing.nightlyPrice},
        {QStringLiteral("cleaning_fee"), listing.cleaningFee},
        {QStringLiteral("currency"), listing.currency},
        {QStringLiteral("weekly_discount_pct"), listing.weeklyDiscountPct},
        {QStringLiteral("monthly_discount_pct"), listing.monthlyDiscountPct},
        {QStringLiteral("min_nights"), listing.minNights},
        {QStringLiteral("max_nights"), listing.maxNights},
        {QStringLiteral("instant_book"), listing.instantBook},
        {QStringLiteral("cancellation_policy"), toString(listing.cancellationPolicy)},
        {QStringLiteral("status"), toString(listing.status)},
        {QStringLiteral("photos"), photos},
        {QStringLiteral("rating_avg"),
         listing.ratingAvg ? QJsonValue(*listing.ratingAvg) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("rating_count"), listing.ratingCount},
        {QStringLiteral("created_at"), timestampToJson(listing.createdAt)},
        {QStringLiteral("updated_at"), timestampToJson(listing.updatedAt)},
        {QStringLiteral("version"), listing.version},
    };
}

} // namespace roost
