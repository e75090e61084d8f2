// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <roost/Listing.h>

#include <QRandomGenerator>
#include <QString>

namespace roost::server::demo {

/// Generated words for demo data: varied enough that search by text finds different listings
/// for different words, deterministic for a given generator state.
QString personName(QRandomGenerator& rng);
QString hostBio(QRandomGenerator& rng, const QString& city);
QString listingTitle(QRandomGenerator& rng, PropertyType type, const QString& city);
QString listingDescription(QRandomGenerator& rng, PropertyType type, const QString& city, int guests);
QString streetAddress(QRandomGenerator& rng);

} // namespace roost::server::demo
