// SPDX-License-Identifier: Apache-2.0
// The listing's enumerations and their wire names.
#include "roost/Listing.h"

namespace roost {

QString toString(PropertyType type)
{
    switch (type) {
    case PropertyType::Apartment: return QStringLiteral("apartment");
    case PropertyType::House: return QStringLiteral("house");
    case PropertyType::Room: return QStringLiteral("room");
    case PropertyType::Cabin: return QStringLiteral("cabin");
    case PropertyType::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QString toString(CancellationPolicy policy)
{
    switch (policy) {
    case CancellationPolicy::Flexible: return QStringLiteral("flexible");
    case CancellationPolicy::Moderate: return QStringLiteral("moderate");
    case CancellationPolicy::Strict: return QStringLiteral("strict");
    }
    return QStringLiteral("strict");
}

QString toString(ListingStatus status)
{
    switch (status) {
    case ListingStatus::Draft: return QStringLiteral("draft");
    case ListingStatus::Listed: return QStringLiteral("listed");
    case ListingStatus::Unlisted: return QStringLiteral("unlisted");
    }
    return QStringLiteral("draft");
}

std::optional<PropertyType> parsePropertyType(const QString& text)
{
    for (const auto type : {PropertyType::Apartment, PropertyType::House, PropertyType::Room, PropertyType::Cabin,
                            PropertyType::Other}) {
        if (text == toString(type))
            return type;
    }
    return std::nullopt;
}

std::optional<CancellationPolicy> parseCancellationPolicy(const QString& text)
{
    for (const auto policy : {CancellationPolicy::Flexible, CancellationPolicy::Moderate, CancellationPolicy::Strict}) {
        if (text == toString(policy))
            return policy;
    }
    return std::nullopt;
}

std::optional<ListingStatus> parseListingStatus(const QString& text)
{
    for (const auto status : {ListingStatus::Draft, ListingStatus::Listed, ListingStatus::Unlisted}) {
        if (text == toString(status))
            return status;
    }
    return std::nullopt;
}

const QStringList& knownAmenities()
{
    static const QStringList amenities{
        QStringLiteral("wifi"),          QStringLiteral("kitchen"),
        QStringLiteral("washer"),        QStringLiteral("dryer"),
        QStringLiteral("air_conditioning"), QStringLiteral("heating"),
        QStringLiteral("tv"),            QStringLiteral("pool"),
        QStringLiteral("hot_tub"),       QStringLiteral("free_parking"),
        QStringLiteral("ev_charger"),    QStringLiteral("gym"),
        QStringLiteral("bbq_grill"),     QStringLiteral("breakfast"),
        QStringLiteral("workspace"),     QStringLiteral("fireplace"),
        QStringLiteral("smoke_alarm"),   QStringLiteral("carbon_monoxide_alarm"),
        QStringLiteral("first_aid_kit"), QStringLiteral("pets_allowed"),
        QStringLiteral("beach_access"),  QStringLiteral("ski_in_out"),
        QStringLiteral("elevator"),      QStringLiteral("crib"),
    };
    return amenities;
}

} // namespace roost
