// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>

namespace roost::server::demo {

/// A real city for demo listings. Coordinates are the city centre (listings are scattered a few
/// kilometres around it); `tier` is how expensive a stay there is (1 cheap … 3 dear).
struct City {
    const char* name; ///< UTF-8
    const char* country; ///< ISO 3166-1 alpha-2
    double latitude;
    double longitude;
    int tier;
    const char* currency; ///< ISO 4217: what local hosts would charge in
};

/// About two hundred cities on every continent.
const QList<City>& cities();

/// Approximate units of `currency` per US dollar, to turn one price scale into local prices
/// (demo realism only; 1 for unknown codes).
double unitsPerDollar(const char* currency);

} // namespace roost::server::demo
