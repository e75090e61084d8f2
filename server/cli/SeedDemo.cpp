// SPDX-License-Identifier: Apache-2.0
#include "cli/SeedDemo.h"

#include "ServerContext.h"
#include "auth/PasswordHasher.h"
#include "cli/DemoBookings.h"
#include "cli/DemoCities.h"
#include "cli/DemoPhotos.h"
#include "cli/DemoText.h"
#include "db/Database.h"
#include "db/DemoDataRepository.h"

#include <roost/Block.h>
#include <roost/Clock.h>
#include <roost/Country.h>
#include <roost/Listing.h>
#include <roost/Money.h>
#include <roost/User.h>

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <queue>
#include <vector>
#include <stdexcept>

namespace roost::server {
namespace {

// The documented demo accounts (README, --help): one host with listings, one guest.
const QString kDemoHostEmail = QStringLiteral("host@roost.example");
const QString kDemoHostPassword = QStringLiteral("roost-demo-host");
const QString kDemoGuestEmail = QStringLiteral("guest@roost.example");
const QString kDemoGuestPassword = QStringLiteral("roost-demo-guest");

// A fixed seed makes every run produce the same people, places and prices.
constexpr quint32 kSeed = 20240601;
// Rows per INSERT: large enough that round trips vanish, small enough that one statement's
// array parameters stay a few megabytes.
constexpr int kBatchSize = 5000;
constexpr int kListingsPerHost = 20;      // a busy professional host; small hosts have fewer
constexpr int kDemoHostListings = 12;     // enough to fill the demo host's dashboard
constexpr int kGuests = 300;
constexpr int kHistoryDays = 540;         // listings were created over the last ~18 months
constexpr double kJitterDegrees = 0.035;  // ≈ 4 km around the city centre
constexpr int kListingsWithPhotos = 200;  // enough for Explore's first pages; painting costs time
constexpr int kListingsKept = 40;
constexpr const char* kDemoHostCurrency = "EUR";         // the demo host's and enough others to book

QUuid demoId(QRandomGenerator& rng)
{
    // A version 4 UUID from the seeded generator, so ids are the same on every run.
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 4) {
        const quint32 word = rng.generate();
        for (int b = 0; b < 4; ++b)
            bytes[i + b] = char((word >> (8 * b)) & 0xFF);
    }
    bytes[6] = char((bytes[6] & 0x0F) | 0x40);
    bytes[8] = char((bytes[8] & 0x3F) | 0x80);
    return QUuid::fromRfc4122(bytes);
}

template<typename T>
T weighted(QRandomGenerator& rng, std::initializer_list<std::pair<T, int>> choices)
{
    int total = 0;
    for (const auto& c : choices)
        total += c.second;
    int roll = rng.bounded(total);
    for (const auto& c : choices) {
        if (roll < c.second)
            return c.first;
        roll -= c.second;
    }
    return choices.begin()->first;
}

/// A nightly price in the city's currency, rounded as a host would write it.
qint64 localPrice(double dollars, const demo::City& city)
{
    const double units = dollars * demo::unitsPerDollar(city.currency);
    const int digits = std::max(0, currencyMinorDigits(QLatin1String(city.currency)));
    // Round to a "nice" number of major units: 1 below 100, 5 below 1000, then 2 significant figures.
    const double step = units < 100 ? 1 : units < 1000 ? 5 : std::pow(10.0, std::floor(std::log10(units)) - 1);
    const double major = std::max(step, std::round(units / step) * step);
    return qint64(std::llround(major * std::pow(10.0, digits)));
}

QStringList amenitiesFor(QRandomGenerator& rng, PropertyType type)
{
    QStringList out;
    // Likelihood per amenity in percent, roughly what real listings advertise.
    static const std::pair<const char*, int> odds[] = {
        {"wifi", 95},         {"kitchen", 80},      {"washer", 55},    {"dryer", 25},         {"air_conditioning", 40},
        {"heating", 70},      {"tv", 60},           {"pool", 8},       {"hot_tub", 6},        {"free_parking", 35},
        {"ev_charger", 4},    {"gym", 5},           {"bbq_grill", 12}, {"breakfast", 10},     {"workspace", 45},
        {"fireplace", 10},    {"smoke_alarm", 75},  {"carbon_monoxide_alarm", 50},             {"first_aid_kit", 40},
        {"pets_allowed", 20}, {"beach_access", 6},  {"ski_in_out", 3}, {"elevator", 30},      {"crib", 15},
    };
    for (const auto& [name, percent] : odds) {
        int chance = percent;
        if (type == PropertyType::Cabin && (qstrcmp(name, "fireplace") == 0 || qstrcmp(name, "ski_in_out") == 0))
            chance *= 4; // cabins are where the fireplaces and ski slopes are
        if (type == PropertyType::Room && qstrcmp(name, "kitchen") == 0)
            chance /= 2;
        if (int(rng.bounded(100)) < chance)
            out.append(QLatin1String(name));
    }
    return out;
}

/// A listing in a random city; with `currency`, only cities that charge in it are drawn.
Listing makeListing(QRandomGenerator& rng, const QUuid& hostId, const QDateTime& now, const char* currency = nullptr)
{
    const auto& cities = demo::cities();
    const demo::City* pick = &cities[rng.bounded(int(cities.size()))];
    while (currency && qstrcmp(pick->currency, currency) != 0)
        pick = &cities[rng.bounded(int(cities.size()))];
    const demo::City& city = *pick;
    const QString cityName = QString::fromUtf8(city.name);
    Listing l;
    l.id = demoId(rng);
    l.hostId = hostId;
    l.propertyType = weighted<PropertyType>(rng, {{PropertyType::Apartment, 45}, {PropertyType::House, 25},
                                                  {PropertyType::Room, 15}, {PropertyType::Cabin, 8},
                                                  {PropertyType::Other, 7}});
    switch (l.propertyType) {
    case PropertyType::Room: l.maxGuests = 1 + rng.bounded(2); break;
    case PropertyType::Apartment: l.maxGuests = 2 + rng.bounded(5); break;
    case PropertyType::House: l.maxGuests = 4 + rng.bounded(7); break;
    default: l.maxGuests = 2 + rng.bounded(5); break;
    }
    l.bedrooms = l.propertyType == PropertyType::Room ? 1 : std::max(1, (l.maxGuests + 1) / 2 - int(rng.bounded(2)));
    l.beds = std::max(1, l.bedrooms + int(rng.bounded(2)));
    l.bathrooms = 1 + 0.5 * rng.bounded(l.bedrooms > 2 ? 4 : 2);
    l.title = demo::listingTitle(rng, l.propertyType, cityName);
    l.description = demo::listingDescription(rng, l.propertyType, cityName, l.maxGuests);
    l.address = demo::streetAddress(rng);
    l.city = cityName;
    l.country = QLatin1String(city.country);
    l.latitude = std::clamp(city.latitude + (rng.generateDouble() * 2 - 1) * kJitterDegrees, -90.0, 90.0);
    l.longitude = std::clamp(city.longitude + (rng.generateDouble() * 2 - 1) * kJitterDegrees, -180.0, 180.0);
    l.amenities = amenitiesFor(rng, l.propertyType);

    static const double tierDollars[] = {0, 55, 100, 170};
    const double typeFactor = l.propertyType == PropertyType::Room    ? 0.45
                              : l.propertyType == PropertyType::House ? 1.6
                              : l.propertyType == PropertyType::Cabin ? 1.2
                                                                      : 1.0;
    const double dollars = tierDollars[city.tier] * typeFactor * (0.6 + rng.generateDouble()) * (1 + 0.08 * l.maxGuests);
    l.nightlyPrice = localPrice(dollars, city);
    l.cleaningFee = rng.bounded(100) < 30 ? 0 : localPrice(dollars * (0.15 + 0.25 * rng.generateDouble()), city);
    l.currency = QLatin1String(city.currency);
    l.weeklyDiscountPct = weighted<int>(rng, {{0, 50}, {5, 15}, {10, 25}, {15, 10}});
    l.monthlyDiscountPct = weighted<int>(rng, {{0, 45}, {15, 20}, {20, 20}, {30, 15}});
    l.minNights = weighted<int>(rng, {{1, 55}, {2, 25}, {3, 12}, {5, 5}, {7, 3}});
    l.maxNights = weighted<int>(rng, {{30, 30}, {90, 30}, {365, 40}});
    l.instantBook = rng.bounded(100) < 50;
    l.cancellationPolicy = weighted<CancellationPolicy>(
        rng, {{CancellationPolicy::Flexible, 40}, {CancellationPolicy::Moderate, 40}, {CancellationPolicy::Strict, 20}});
    l.status = weighted<ListingStatus>(rng, {{ListingStatus::Listed, 90}, {ListingStatus::Draft, 6},
                                             {ListingStatus::Unlisted, 4}});
    // Demo ratings, without review rows behind them: they make sort=rating meaningful.
    if (l.status == ListingStatus::Listed && rng.bounded(100) < 75) {
        l.ratingCount = 1 + rng.bounded(250);
        l.ratingAvg = std::round((3.6 + 1.4 * std::sqrt(rng.generateDouble())) * 100) / 100;
    }
    l.createdAt = now.addMSecs(-qint64(rng.bounded(kHistoryDays * 24 * 3600)) * 1000);
    return l;
}

User makeUser(QRandomGenerator& rng, const QString& email, bool host, const QDateTime& now)
{
    User u;
    u.id = demoId(rng);
    u.email = email;
    u.displayName = demo::personName(rng);
    u.isHost = host;
    u.bio = host ? demo::hostBio(rng, QString::fromUtf8(demo::cities()[rng.bounded(int(demo::cities().size()))].name))
                 : QString();
    u.createdAt = now.addSecs(-qint64(rng.bounded(900 * 24 * 3600)));
    return u;
}

/// A mistake in the static city table would only show when a demo listing is edited through
/// the API; checking it first turns that into an immediate, named failure.
void checkCityTable()
{
    for (const demo::City& city : demo::cities()) {
        if (!isValidCountryCode(QLatin1String(city.country)) || !isValidCurrency(QLatin1String(city.currency)))
            throw std::logic_error(std::string("demo city table: bad country or currency for ") + city.name);
    }
}

} // namespace

int runSeedDemo(ServerContext& context, int listings, int reviewedStays, QTextStream& out)
{
    checkCityTable();
    QElapsedTimer timer;
    timer.start();
    Database db(context.databaseUrl);
    {
        pqxx::read_transaction tx(db.connection());
        if (DemoDataRepository(tx).userExists(kDemoHostEmail)) {
            out << "demo data already present (" << kDemoHostEmail << " exists); nothing to do" << Qt::endl;
            return 0;
        }
    }

    // Two hashes for thousands of accounts: scrypt costs ~100 ms at production settings, so
    // every generated host shares the demo host's hash and every guest the demo guest's.
    const PasswordHasher hasher(context.config.scrypt, context.hashSlots);
    const QString hostHash = hasher.hash(kDemoHostPassword);
    const QString guestHash = hasher.hash(kDemoGuestPassword);

    QRandomGenerator rng(kSeed);
    const QDateTime now = SystemClock().now();
    const int hostCount = std::max(1, (listings + kListingsPerHost - 1) / kListingsPerHost);
    QList<User> hosts{makeUser(rng, kDemoHostEmail, true, now)};
    for (int i = 1; i <= hostCount; ++i)
        hosts.append(makeUser(rng, QStringLiteral("host%1@roost.example").arg(i, 5, 10, QLatin1Char('0')), true, now));
    QList<User> guests{makeUser(rng, kDemoGuestEmail, false, now)};
    for (int i = 1; i <= kGuests; ++i)
        guests.append(makeUser(rng, QStringLiteral("guest%1@roost.example").arg(i, 3, 10, QLatin1Char('0')), false, now));

    // One transaction: a failed or interrupted seed leaves nothing half-made behind.
    pqxx::work tx(db.connection());
    DemoDataRepository repo(tx);
    for (qsizetype i = 0; i < hosts.size(); i += kBatchSize)
        repo.insertUsers(hosts.mid(i, kBatchSize), hostHash);
    repo.insertUsers(guests, guestHash);

    // On an empty table (a fresh demo database) the indexes are built once at the end instead
    // of row by row, which more than halves the seeding time.
    const QStringList deferredIndexes = repo.hasListings() ? QStringList() : repo.dropListingIndexes();
    const QDate today = now.date();
    int blocked = 0;
    QList<Listing> kept; // the first listings: the demo host's, then others to book
    // The newest listed listings get photos, as Explore lists the newest first; a min-heap on
    // created_at keeps them without holding every listing in memory.
    const auto newer = [](const Listing& a, const Listing& b) { return a.createdAt > b.createdAt; };
    std::priority_queue<Listing, std::vector<Listing>, decltype(newer)> newest(newer);
    for (int done = 0; done < listings;) {
        QList<Listing> batch;
        QList<Block> blocks;
        for (; batch.size() < kBatchSize && done < listings; ++done) {
            // The demo host gets the first few listings, the others go round the generated hosts.
            const QUuid host = done < kDemoHostListings ? hosts[0].id : hosts[1 + (done % hostCount)].id;
            // The demo host works in one currency, so its earnings add up in one chart.
            Listing listing = makeListing(rng, host, now, done < kDemoHostListings ? kDemoHostCurrency : nullptr);
            if (done < kDemoHostListings) {
                listing.status = ListingStatus::Listed;
                // The demo host's ratings come from the review rows DemoBookings writes, so the
                // Reviews page and the rating agree.
                listing.ratingAvg.reset();
                listing.ratingCount = 0;
            }
            // Some calendars already have nights blocked, so date searches exclude something.
            if (listing.status == ListingStatus::Listed && rng.bounded(100) < 15) {
                Block block;
                block.id = demoId(rng);
                block.listingId = listing.id;
                block.startDate = today.addDays(1 + rng.bounded(60));
                block.endDate = block.startDate.addDays(2 + rng.bounded(5));
                block.note = QStringLiteral("Owner's stay");
                blocks.append(block);
            }
            if (done < kListingsKept)
                kept.append(listing);
            if (done >= kDemoHostListings && listing.status == ListingStatus::Listed
                && (newest.size() < kListingsWithPhotos || newest.top().createdAt < listing.createdAt)) {
                newest.push(listing);
                if (newest.size() > kListingsWithPhotos)
                    newest.pop();
            }
            batch.append(std::move(listing));
        }
        repo.insertListings(batch);
        repo.insertBlocks(blocks);
        blocked += int(blocks.size());
    }
    repo.createIndexes(deferredIndexes);

    QList<Listing> hostListings, otherListings;
    for (const Listing& listing : std::as_const(kept))
        (listing.hostId == hosts[0].id ? hostListings : otherListings).append(listing);
    // The desktop app's calendar opens on the host's first listing by title: that one gets the
    // busy calendar.
    std::sort(hostListings.begin(), hostListings.end(), [](const Listing& a, const Listing& b) {
        return std::pair(a.title, a.id) < std::pair(b.title, b.id);
    });
    otherListings.removeIf([](const Listing& l) { return l.status != ListingStatus::Listed; });
    QList<QUuid> otherGuests;
    for (qsizetype i = 1; i < guests.size(); ++i)
        otherGuests.append(guests[i].id);
    DemoBookings bookings(tx, now);
    bookings.seed(guests[0].id, otherGuests, hostListings, otherListings);
    const int reviewed =
        repo.insertReviewedStays(reviewedStays, otherGuests, hosts[0].id, today, DemoBookings::stayComments());

    QElapsedTimer photoTimer;
    photoTimer.start();
    DemoPhotos photos(tx, context.config.dataDir);
    for (const Listing& listing : std::as_const(hostListings))
        photos.add(listing, 1 + int(rng.bounded(3)));
    for (; !newest.empty(); newest.pop())
        photos.add(newest.top(), 1 + int(rng.bounded(3)));
    photos.store();
    tx.commit();
    DemoDataRepository::settle(db.connection());

    out << "seeded " << listings << " listings (" << blocked << " with blocked nights), " << hosts.size()
        << " hosts and " << guests.size() << " guests in " << timer.elapsed() / 1000.0 << " s" << Qt::endl
        << "  with " << bookings.bookings() << " bookings, " << bookings.reviews() << " reviews and "
        << photos.count() << " photos (" << photoTimer.elapsed() / 1000.0 << " s)" << Qt::endl
        << "  and " << reviewed << " more reviewed stays" << Qt::endl
        << "demo accounts:" << Qt::endl
        << "  host:  " << kDemoHostEmail << " / " << kDemoHostPassword << Qt::endl
        << "  guest: " << kDemoGuestEmail << " / " << kDemoGuestPassword << Qt::endl
        << "generated hosts (host00001@roost.example ...) share the host password, generated guests "
           "(guest001@roost.example ...) the guest password"
        << Qt::endl;
    return 0;
}

} // namespace roost::server
