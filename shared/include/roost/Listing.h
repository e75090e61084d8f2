// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "roost/Error.h"
#include "roost/Money.h"
#include "roost/Photo.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace roost {

enum class PropertyType { Apartment, House, Room, Cabin, Other };
enum class CancellationPolicy { Flexible, Moderate, Strict };
enum class ListingStatus { Draft, Listed, Unlisted };

/// Wire names: apartment|house|room|cabin|other, flexible|moderate|strict, draft|listed|unlisted.
QString toString(PropertyType type);
QString toString(CancellationPolicy policy);
QString toString(ListingStatus status);
/// Exact (lowercase) wire names only; nullopt otherwise.
std::optional<PropertyType> parsePropertyType(const QString& text);
std::optional<CancellationPolicy> parseCancellationPolicy(const QString& text);
std::optional<ListingStatus> parseListingStatus(const QString& text);

/// The amenities a listing may name (lower snake case), in display order.
const QStringList& knownAmenities();

/// Limits of a listing's fields. The codec reads numbers with these ranges and validateListing
/// checks them again, so a JSON body and a listing built in code meet the same rules with the
/// same messages.
namespace ListingLimits {
constexpr int kMaxTitleLength = 120;        // the API's limit; fits two lines of a search card
constexpr int kMaxDescriptionLength = 5000; // a long page of text
constexpr int kMaxAddressLength = 200;      // longest postal addresses with room to spare
constexpr int kMaxCityLength = 100;         // longest city names are ~85 characters
constexpr int kMaxGuests = 50;              // beyond this it is a venue, not a stay
constexpr int kMaxBedrooms = 50;
constexpr int kMaxBeds = 100;               // two per bedroom at the limit
constexpr double kMaxBathrooms = 50;
constexpr int kMaxAmenities = 50;           // more than the known set, so only repeats hit it
constexpr int kMaxDiscountPct = 90;         // the API's limit: a stay is never (almost) free
constexpr int kMaxStayNights = 730;         // two years: long lets go beyond short-term rental
constexpr int kDefaultMaxNights = 365;      // the API's default
} // namespace ListingLimits

/// A place to stay, with every field of the API's `listing` object. Defaults are the API's
/// defaults for a new listing.
struct Listing
{
    QUuid id;
    QUuid hostId;
    QString title;
    QString description;
    PropertyType propertyType = PropertyType::Apartment;
    QString address;
    QString city;
    QString country; ///< ISO 3166-1 alpha-2
    double latitude = 0;
    double longitude = 0;
    int maxGuests = 1;
    int bedrooms = 0;
    int beds = 0;
    double bathrooms = 0; ///< steps of 0.5
    QStringList amenities;
    qint64 nightlyPrice = 0; ///< minor units of `currency`
    qint64 cleaningFee = 0;
    QString currency; ///< ISO 4217
    int weeklyDiscountPct = 0;
    int monthlyDiscountPct = 0;
    int minNights = 1;
    int maxNights = ListingLimits::kDefaultMaxNights;
    bool instantBook = false;
    CancellationPolicy cancellationPolicy = CancellationPolicy::Flexible;
    ListingStatus status = ListingStatus::Draft;
    QList<Photo> photos;
    std::optional<double> ratingAvg; ///< of published guest reviews; nullopt when none
    int ratingCount = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 1;

    friend bool operator==(const Listing& a, const Listing& b) = default;
};

/// Applies every writable field present in `json` (all but id, host_id, photos, rating_avg,
/// rating_count, created_at, updated_at and version, which are ignored like unknown keys).
/// Type errors and out-of-range numbers are recorded by JSON name and leave the field as it was;
/// other rules are validateListing's. title and city are stored trimmed.
FieldErrors applyListingFields(Listing& listing, const QJsonObject& json);

/// Every rule of a listing, each broken one reported under its JSON name.
FieldErrors validateListing(const Listing& listing);

/// A new listing from a `POST /listings` body: API defaults, then the body. Required: title,
/// property_type, city, country, latitude, longitude, max_guests, nightly_price, currency.
/// An optional `id` is taken when it is a valid UUID; when absent `id` stays null for the caller
/// to assign (so it can tell a client-chosen id from its own). host_id, timestamps and version
/// are the caller's. Throws Error::validation with every bad field.
Listing parseNewListing(const QJsonObject& json);

/// `current` with the fields of a `PATCH` body applied and the result validated; throws
/// Error::validation. Does not touch version or updated_at.
Listing applyListingPatch(const Listing& current, const QJsonObject& patch);

class JsonSink;

/// The API's `listing` object, as events into `sink` (JsonSink.h). Photos as writePhotoJson
/// with `photoBaseUrl`. The one mapping of a listing to JSON; listingToJson() builds it.
void writeListingJson(JsonSink& sink, const Listing& listing, const QString& photoBaseUrl = {});
/// The API's `listing` object.
QJsonObject listingToJson(const Listing& listing, const QString& photoBaseUrl = {});

} // namespace roost
