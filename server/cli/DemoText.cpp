// SPDX-License-Identifier: Apache-2.0
#include "cli/DemoText.h"

#include <QStringList>

#include <initializer_list>
#include <vector>

namespace roost::server::demo {
namespace {

using Words = std::vector<QString>;

Words words(std::initializer_list<const char*> list)
{
    Words out;
    for (const char* w : list)
        out.push_back(QString::fromUtf8(w));
    return out;
}

const QString& pick(QRandomGenerator& rng, const Words& list)
{
    return list[rng.bounded(int(list.size()))];
}

const Words& nounsFor(PropertyType type)
{
    static const Words apartment = words({"apartment", "flat", "loft", "studio", "penthouse", "duplex"});
    static const Words house = words({"house", "townhouse", "villa", "cottage", "family home", "bungalow"});
    static const Words room = words({"room", "guest room", "private room", "double room", "attic room"});
    static const Words cabin = words({"cabin", "chalet", "log cabin", "lodge", "tiny house", "A-frame"});
    static const Words other = words({"houseboat", "yurt", "treehouse", "converted barn", "windmill", "tower"});
    switch (type) {
    case PropertyType::Apartment: return apartment;
    case PropertyType::House: return house;
    case PropertyType::Room: return room;
    case PropertyType::Cabin: return cabin;
    case PropertyType::Other: return other;
    }
    return other;
}

} // namespace

QString personName(QRandomGenerator& rng)
{
    static const Words first = words({"Ana",   "Ben",    "Chloé", "David", "Elif",  "Farah", "Giulia", "Hiro",  "Ines",
                                      "Jonas", "Kemal",  "Lena",  "Mateo", "Nadia", "Omar",  "Priya",  "Quinn", "Rosa",
                                      "Sven",  "Tomasz", "Uma",   "Viktor", "Wen",  "Ximena", "Yusuf", "Zoe",   "Aiko",
                                      "Bruno", "Carmen", "Dmitri", "Emma", "Felix", "Grace", "Hugo",   "Isla",  "Jamal"});
    static const Words last = words({"Silva",  "Müller",  "Rossi",  "García", "Nguyen", "Kowalski", "Jensen", "Okafor",
                                     "Tanaka", "Dubois",  "Novak",  "Haddad", "Larsen", "Moreau",   "Costa",  "Kim",
                                     "Patel",  "Andersen", "Yilmaz", "Santos", "Fischer", "Ivanova", "Bauer", "Lopez",
                                     "Murphy", "Schmidt", "Ferreira", "Sato", "Khan",    "O'Brien", "Berg",   "Mendes"});
    return pick(rng, first) + QLatin1Char(' ') + pick(rng, last);
}

QString hostBio(QRandomGenerator& rng, const QString& city)
{
    static const Words openers = words({"Born and raised in", "Happily settled in", "Long-time resident of",
                                        "Architect and traveller based in", "Retired teacher living in",
                                        "Family of four hosting in"});
    static const Words closers = words({"I love sharing my favourite cafés with guests.",
                                        "Ask me about the best walks nearby.", "We answer messages within the hour.",
                                        "Quiet guests and early birds welcome.",
                                        "Happy to help with transport and tips."});
    return pick(rng, openers) + QLatin1Char(' ') + city + QStringLiteral(". ") + pick(rng, closers);
}

QString listingTitle(QRandomGenerator& rng, PropertyType type, const QString& city)
{
    static const Words adjectives = words({"Sunny", "Cosy", "Bright", "Quiet", "Charming", "Modern", "Spacious",
                                           "Stylish", "Rustic", "Elegant", "Airy", "Peaceful", "Historic", "Minimalist",
                                           "Colourful", "Renovated", "Secluded", "Lovely"});
    static const Words features = words({"with balcony", "with garden", "near the old town", "by the river",
                                         "with sea view", "with rooftop terrace", "close to the station",
                                         "in a leafy street", "with mountain view", "by the park",
                                         "with fireplace", "near the beach", "with courtyard", "above a bakery",
                                         "with lake view", "in the arts district"});
    const QString noun = pick(rng, nounsFor(type));
    switch (rng.bounded(3)) {
    case 0: return pick(rng, adjectives) + QLatin1Char(' ') + noun + QLatin1Char(' ') + pick(rng, features);
    case 1: return pick(rng, adjectives) + QLatin1Char(' ') + noun + QStringLiteral(" in ") + city;
    default:
        return pick(rng, adjectives) + QLatin1Char(' ') + noun + QLatin1Char(' ') + pick(rng, features) +
               QStringLiteral(", ") + city;
    }
}

QString listingDescription(QRandomGenerator& rng, PropertyType type, const QString& city, int guests)
{
    static const Words light = words({"Large windows let in the morning light.", "The rooms face a calm inner courtyard.",
                                      "Wooden floors and high ceilings throughout.",
                                      "Freshly renovated with a fully equipped kitchen.",
                                      "Decorated with local art and vintage furniture.",
                                      "Thick walls keep it cool in summer and warm in winter."});
    static const Words area = words({"Bakeries, markets and tram stops are a short walk away.",
                                     "The neighbourhood is quiet at night but lively by day.",
                                     "Museums and the main square are within fifteen minutes on foot.",
                                     "Hiking trails start right behind the building.",
                                     "The beach is a ten minute stroll through the dunes.",
                                     "Great restaurants and bars line the street below."});
    static const Words extras = words({"Fast wifi and a proper desk make remote work easy.",
                                       "Fresh linen, towels and coffee are provided.",
                                       "Self check-in with a keypad at any hour.",
                                       "Bikes are available for guests free of charge.",
                                       "Families are welcome; a cot is available on request.",
                                       "Parking is free on the street outside."});
    return QStringLiteral("A %1 in %2 for up to %3 guests. ").arg(pick(rng, nounsFor(type)), city).arg(guests) +
           pick(rng, light) + QLatin1Char(' ') + pick(rng, area) + QLatin1Char(' ') + pick(rng, extras);
}

QString streetAddress(QRandomGenerator& rng)
{
    static const Words streets = words({"Market Street", "Harbour Road", "Church Lane", "Station Road", "Garden Row",
                                        "Mill Street", "Bridge Street", "Park Avenue", "Castle Hill", "River Walk",
                                        "Orchard Lane", "Lighthouse Road", "Old Town Square", "Vineyard Way"});
    return QString::number(1 + rng.bounded(180)) + QLatin1Char(' ') + pick(rng, streets);
}

} // namespace roost::server::demo
