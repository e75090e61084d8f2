// SPDX-License-Identifier: Apache-2.0
#include "common/Labels.h"

#include <QHash>

namespace roost::app {

namespace {

/// `free_parking` → "Free parking": for a value this version has no name for.
QString readable(const QString& wire)
{
    QString text = wire;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

QString Labels::amenity(const QString& wire)
{
    // Built on each call: the names follow the language installed at the time.
    const QHash<QString, QString> names{
        {QStringLiteral("wifi"), tr("Wi-Fi")},
        {QStringLiteral("kitchen"), tr("Kitchen")},
        {QStringLiteral("washer"), tr("Washing machine")},
        {QStringLiteral("dryer"), tr("Dryer")},
        {QStringLiteral("air_conditioning"), tr("Air conditioning")},
        {QStringLiteral("heating"), tr("Heating")},
        {QStringLiteral("tv"), tr("TV")},
        {QStringLiteral("pool"), tr("Pool")},
        {QStringLiteral("hot_tub"), tr("Hot tub")},
        {QStringLiteral("free_parking"), tr("Free parking")},
        {QStringLiteral("ev_charger"), tr("EV charger")},
        {QStringLiteral("gym"), tr("Gym")},
        {QStringLiteral("bbq_grill"), tr("Barbecue grill")},
        {QStringLiteral("breakfast"), tr("Breakfast")},
        {QStringLiteral("workspace"), tr("Workspace")},
        {QStringLiteral("fireplace"), tr("Fireplace")},
        {QStringLiteral("smoke_alarm"), tr("Smoke alarm")},
        {QStringLiteral("carbon_monoxide_alarm"), tr("Carbon monoxide alarm")},
        {QStringLiteral("first_aid_kit"), tr("First aid kit")},
        {QStringLiteral("pets_allowed"), tr("Pets allowed")},
        {QStringLiteral("beach_access"), tr("Beach access")},
        {QStringLiteral("ski_in_out"), tr("Ski-in/ski-out")},
        {QStringLiteral("elevator"), tr("Elevator")},
        {QStringLiteral("crib"), tr("Crib")},
    };
    return names.value(wire, readable(wire));
}

QString Labels::propertyType(const QString& wire)
{
    const QHash<QString, QString> names{
        {QStringLiteral("apartment"), tr("Apartment")}, {QStringLiteral("house"), tr("House")},
        {QStringLiteral("room"), tr("Room")},           {QStringLiteral("cabin"), tr("Cabin")},
        {QStringLiteral("other"), tr("Other")},
    };
    return names.value(wire, readable(wire));
}

QString Labels::cancellationPolicy(const QString& wire)
{
    const QHash<QString, QString> names{
        {QStringLiteral("flexible"), tr("Flexible")},
        {QStringLiteral("moderate"), tr("Moderate")},
        {QStringLiteral("strict"), tr("Strict")},
    };
    return names.value(wire, readable(wire));
}

} // namespace roost::app
