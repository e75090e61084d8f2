// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

namespace roost::app {

/// The UI-language names of the API's enumerations and amenities, so every view shows "Free
/// parking" / "Kostenlose Parkplätze" rather than the wire's `free_parking`. Unknown values
/// (a newer server) are shown readably instead of dropped.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    static QString amenity(const QString& wire);
    static QString propertyType(const QString& wire);
    static QString cancellationPolicy(const QString& wire);
};

} // namespace roost::app
