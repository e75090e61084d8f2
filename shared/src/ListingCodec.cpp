// SPDX-License-Identifier: Apache-2.0
// A listing to and from the API's JSON.
#include "roost/Date.h"
#include "roost/Id.h"
#include "roost/JsonReader.h"
#include "roost/JsonSink.h"
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

void writeListingJson(JsonSink& sink, const Listing& listing, const QString& photoBaseUrl)
{
    sink.beginObject();
    sink.field("id", idToString(listing.id));
    sink.field("host_id", idToString(listing.hostId));
    sink.field("title", listing.title);
    sink.field("description", listing.description);
    sink.field("property_type", toString(listing.propertyType));
    sink.field("address", listing.address);
    sink.field("city", listing.city);
    sink.field("country", listing.country);
    sink.field("latitude", listing.latitude);
    sink.field("longitude", listing.longitude);
    sink.field("max_guests", listing.maxGuests);
    sink.field("bedrooms", listing.bedrooms);
    sink.field("beds", listing.beds);
    sink.field("bathrooms", listing.bathrooms);
    sink.field("amenities", listing.amenities);
    sink.field("nightly_price", listing.nightlyPrice);
    sink.field("cleaning_fee", listing.cleaningFee);
    sink.field("currency", listing.currency);
    sink.field("weekly_discount_pct", listing.weeklyDiscountPct);
    sink.field("monthly_discount_pct", listing.monthlyDiscountPct);
    sink.field("min_nights", listing.minNights);
    sink.field("max_nights", listing.maxNights);
    sink.field("instant_book", listing.instantBook);
    sink.field("cancellation_policy", toString(listing.cancellationPolicy));
    sink.field("status", toString(listing.status));
    sink.key("photos");
    sink.beginArray();
    for (const Photo& photo : listing.photos)
        writePhotoJson(sink, photo, photoBaseUrl);
    sink.endArray();
    if (listing.ratingAvg)
        sink.field("rating_avg", *listing.ratingAvg);
    else
        sink.nullField("rating_avg");
    sink.field("rating_count", listing.ratingCount);
    sink.key("created_at");
    sink.value(timestampToJson(listing.createdAt));
    sink.key("updated_at");
    sink.value(timestampToJson(listing.updatedAt));
    sink.field("version", listing.version);
    sink.endObject();
}

QJsonObject listingToJson(const Listing& listing, const QString& photoBaseUrl)
{
    return buildJsonObject([&](JsonSink& sink) { writeListingJson(sink, listing, photoBaseUrl); });
}

} // namespace roost
