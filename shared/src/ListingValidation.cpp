// SPDX-License-Identifier: Apache-2.0
// The rules a listing must meet, whichever way it was built.
#include "roost/Country.h"
#include "roost/JsonReader.h"
#include "roost/Listing.h"
#include "roost/Text.h"

#include <QSet>

#include <cmath>

namespace roost {

namespace {

using namespace ListingLimits;

class Checker
{
public:
    explicit Checker(FieldErrors& errors) : m_errors(errors) {}

    void fail(const QString& key, const QString& reason)
    {
        if (!m_errors.contains(key))
            m_errors.insert(key, reason);
    }

    void text(const QString& key, const QString& value, qsizetype min, qsizetype max, bool multiLine = false)
    {
        const qsizetype length = characterCount(value.trimmed());
        if (length < min || length > max)
            fail(key, lengthReason(min, max));
        else if (hasControlCharacters(value, multiLine))
            fail(key, QStringLiteral("must not contain control characters"));
    }

    void integer(const QString& key, qint64 value, qint64 min, qint64 max)
    {
        if (value < min || value > max)
            fail(key, integerRangeReason(min, max));
    }

    void number(const QString& key, double value, double min, double max)
    {
        // Written so that NaN fails too.
        if (!(value >= min && value <= max))
            fail(key, numberRangeReason(min, max));
    }

private:
    FieldErrors& m_errors;
};

void checkAmenities(Checker& check, const QStringList& amenities)
{
    const QString key = QStringLiteral("amenities");
    if (amenities.size() > kMaxAmenities) {
        check.fail(key, QStringLiteral("must have at most %1 items").arg(kMaxAmenities));
        return;
    }
    QSet<QString> seen;
    for (const QString& amenity : amenities) {
        if (!knownAmenities().contains(amenity)) {
            check.fail(key, QStringLiteral("contains an unknown amenity: ") + amenity);
            return;
        }
        if (seen.contains(amenity)) {
            check.fail(key, QStringLiteral("must not contain duplicates"));
            return;
        }
        seen.insert(amenity);
    }
}

} // namespace

FieldErrors validateListing(const Listing& listing)
{
    FieldErrors errors;
    Checker check(errors);

    check.text(QStringLiteral("title"), listing.title, 1, kMaxTitleLength);
    check.text(QStringLiteral("description"), listing.description, 0, kMaxDescriptionLength, true);
    check.text(QStringLiteral("address"), listing.address, 0, kMaxAddressLength);
    check.text(QStringLiteral("city"), listing.city, 1, kMaxCityLength);
    if (!isValidCountryCode(listing.country))
        check.fail(QStringLiteral("country"), QStringLiteral("must be an ISO 3166-1 alpha-2 code such as FR"));
    check.number(QStringLiteral("latitude"), listing.latitude, -90, 90);
    check.number(QStringLiteral("longitude"), listing.longitude, -180, 180);

    check.integer(QStringLiteral("max_guests"), listing.maxGuests, 1, kMaxGuests);
    check.integer(QStringLiteral("bedrooms"), listing.bedrooms, 0, kMaxBedrooms);
    check.integer(QStringLiteral("beds"), listing.beds, 0, kMaxBeds);
    // Half steps count a bathroom without a shower or bath.
    const double halves = listing.bathrooms * 2;
    if (!(listing.bathrooms >= 0 && listing.bathrooms <= kMaxBathrooms) || halves != std::trunc(halves))
        check.fail(QStringLiteral("bathrooms"), QStringLiteral("must be between 0 and %1 in steps of 0.5")
                                                    .arg(kMaxBathrooms));
    checkAmenities(check, listing.amenities);

    check.integer(QStringLiteral("nightly_price"), listing.nightlyPrice, 1, kMaxMoneyMinor);
    check.integer(QStringLiteral("cleaning_fee"), listing.cleaningFee, 0, kMaxMoneyMinor);
    if (!isValidCurrency(listing.currency))
        check.fail(QStringLiteral("currency"), QStringLiteral("must be an ISO 4217 currency code such as EUR"));
    check.integer(QStringLiteral("weekly_discount_pct"), listing.weeklyDiscountPct, 0, kMaxDiscountPct);
    check.integer(QStringLiteral("monthly_discount_pct"), listing.monthlyDiscountPct, 0, kMaxDiscountPct);

    check.integer(QStringLiteral("min_nights"), listing.minNights, 1, kMaxStayNights);
    check.integer(QStringLiteral("max_nights"), listing.maxNights, 1, kMaxStayNights);
    if (listing.minNights > listing.maxNights)
        check.fail(QStringLiteral("min_nights"), QStringLiteral("must not be greater than max_nights"));

    return errors;
}

} // namespace roost
