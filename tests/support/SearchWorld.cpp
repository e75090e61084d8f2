// SPDX-License-Identifier: Apache-2.0
#include "SearchWorld.h"

#include <QDateTime>
#include <pqxx/pqxx>
#include <tuple>

namespace roost::test {
namespace {

const QString kListings = QStringLiteral("/api/v1/listings");

struct City {
    const char* name;
    const char* country;
    double lat, lng;
};

// Three spellings of one city must all match city=PARIS; Parisville must not.
const City kCities[] = { { "Paris", "FR", 48.85, 2.35 }, { "paris", "FR", 48.86, 2.34 }, { "PARIS", "FR", 48.84, 2.36 },
    { "Parisville", "US", 33.66, -95.55 }, { "Lyon", "FR", 45.76, 4.83 }, { "Berlin", "DE", 52.52, 13.40 },
    { "Amsterdam", "NL", 52.37, 4.89 }, { "Z\u00fcrich", "CH", 47.37, 8.54 } };

/// Listing `i` of the world; the moduli are chosen so every filter finds some listings and
/// misses others, and every sort meets ties.
SeedListing make(int i)
{
    static const char* adjectives[] = { "Sunny", "Cozy", "Quiet", "Modern", "Rustic" };
    static const char* nouns[] = { "loft", "studio", "cottage", "villa" };
    static const char* types[] = { "apartment", "house", "room", "cabin", "other" };
    const City& city = kCities[i % 8];
    SeedListing s;
    s.order = i;
    s.title = QStringLiteral("%1 %2").arg(QLatin1String(adjectives[i % 5]), QLatin1String(nouns[i % 4]));
    if (i % 6 == 0)
        s.title += QStringLiteral(" near the Canal");
    if (i % 3 == 1)
        s.description += QStringLiteral("Lovely garden. ");
    if (i % 4 == 2)
        s.description += QStringLiteral("Great VIEW of the river. ");
    if (i % 7 == 3)
        s.description += QStringLiteral("Sunny terrace. ");
    // Characters that mean something to SQL or LIKE, each in one listing, to be matched literally.
    if (i == 11)
        s.description += QStringLiteral("Sheets are 100% cotton.");
    if (i == 22)
        s.title = QStringLiteral("Flat on rue_des_fleurs");
    if (i == 33)
        s.description += QStringLiteral("Back\\slash lane");
    if (i == 44)
        s.description += QStringLiteral("Sign says ' OR 1=1 -- ok");
    s.city = QString::fromUtf8(city.name);
    s.country = QLatin1String(city.country);
    s.lat = city.lat + (i % 5) * 0.01;
    s.lng = city.lng + (i % 3) * 0.01;
    s.maxGuests = 1 + (i * 3) % 8;
    s.price = 4000 + ((i * 7) % 10) * 1500; // ten prices, each shared by many listings
    if (i % 2 == 0)
        s.amenities << QStringLiteral("wifi");
    if (i % 5 == 0)
        s.amenities << QStringLiteral("kitchen");
    if (i % 3 == 0)
        s.amenities << QStringLiteral("pool");
    if (i % 7 == 0)
        s.amenities << QStringLiteral("hot_tub");
    s.type = QLatin1String(types[i % 5]);
    s.instant = i % 4 == 0;
    s.minNights = i % 10 == 3 ? 3 : 1;
    s.maxNights = i % 10 == 7 ? 2 : 365;
    if (i % 10 == 9)
        s.state = QStringLiteral("draft");
    else if (i % 10 == 8)
        s.state = QStringLiteral("unlisted");
    else
        s.state = i == 15 ? QStringLiteral("deleted") : QStringLiteral("listed");
    if (i % 4 != 1) {
        // Thirds have no exact binary form: a cursor must carry them back without rounding.
        s.rating = 3.0 + (i % 5) / 3.0;
        s.ratingCount = 1 + (i % 3) * 4;
    }
    return s;
}

} // namespace

bool SeedListing::hasWords(const QString& q) const
{
    const QString text = title + QLatin1Char(' ') + description + QLatin1Char(' ') + city;
    for (const QString& word : q.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

bool SeedListing::freeFor(const QDate& in, const QDate& out) const
{
    const qint64 nights = in.daysTo(out);
    if (nights < minNights || nights > maxNights)
        return false;
    for (const auto& [start, end] : blocks)
        if (start < out && in < end)
            return false;
    return true;
}

QSet<QString> SearchWorld::listedWhere(const std::function<bool(const SeedListing&)>& keep) const
{
    QSet<QString> ids;
    for (const SeedListing& s : m_listings)
        if (s.state == QLatin1String("listed") && keep(s))
            ids.insert(s.id);
    return ids;
}

QString SearchWorld::seed(int count)
{
    for (int h = 0; h < 3; ++h) {
        m_hosts.append(m_api.registerUser(QStringLiteral("Search host %1").arg(h)));
        if (m_hosts.last().id.isEmpty())
            return QStringLiteral("could not register a host");
    }
    QString error = createAll(count);
    if (error.isEmpty())
        error = rate();
    if (error.isEmpty())
        error = block();
    return error;
}

QString SearchWorld::createAll(int count)
{
    HttpClient& http = m_api.http();
    for (int i = 0; i < count; ++i) {
        SeedListing s = make(i);
        const TestUser& host = m_hosts[i % 3];
        const bool draft = s.state == QLatin1String("draft");
        const QJsonObject body { { QStringLiteral("title"), s.title }, { QStringLiteral("description"), s.description },
            { QStringLiteral("property_type"), s.type }, { QStringLiteral("city"), s.city },
            { QStringLiteral("country"), s.country }, { QStringLiteral("latitude"), s.lat },
            { QStringLiteral("longitude"), s.lng }, { QStringLiteral("max_guests"), s.maxGuests },
            { QStringLiteral("nightly_price"), s.price }, { QStringLiteral("currency"), QStringLiteral("EUR") },
            { QStringLiteral("amenities"), QJsonArray::fromStringList(s.amenities) },
            { QStringLiteral("instant_book"), s.instant }, { QStringLiteral("min_nights"), s.minNights },
            { QStringLiteral("max_nights"), s.maxNights },
            { QStringLiteral("status"), draft ? QStringLiteral("draft") : QStringLiteral("listed") } };
        const HttpReply created = http.post(kListings, body, host.accessToken);
        if (created.status != 201)
            return QStringLiteral("create %1: %2 %3").arg(i).arg(created.status).arg(QString::fromUtf8(created.body));
        s.id = created.json().value(QStringLiteral("id")).toString();
        // Unlisted and deleted listings were listed once, as they would be in real life.
        const QString path = kListings + QLatin1Char('/') + s.id;
        if (s.state == QLatin1String("unlisted")
            && http.patch(path, { { QStringLiteral("status"), s.state } }, host.accessToken).status != 200)
            return QStringLiteral("unlist %1").arg(i);
        if (s.state == QLatin1String("deleted") && http.del(path, host.accessToken).status != 204)
            return QStringLiteral("delete %1").arg(i);
        m_index.insert(s.id, int(m_listings.size()));
        m_listings.append(s);
    }
    return {};
}

QString SearchWorld::rate()
{
    // Ratings come from published reviews; writing enough reviews for a hundred listings would
    // need a hundred completed stays, so the world sets them the way the rating update does.
    try {
        pqxx::connection db(m_api.databaseUrl().toStdString());
        pqxx::work tx(db);
        for (const SeedListing& s : std::as_const(m_listings)) {
            if (s.rating < 0)
                continue;
            tx.exec_params("UPDATE listings SET rating_avg = $1::float8, rating_count = $2, version = version + 1 "
                           "WHERE id = $3",
                QString::number(s.rating, 'g', 17).toStdString(), s.ratingCount, s.id.toStdString());
        }
        tx.commit();
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

QString SearchWorld::block()
{
    // Around a stay [D, D+3): blocks that share a night exclude a listing; blocks that end on
    // D or start on D+3 do not. (index, first night, end) in days from D.
    m_stay = QDateTime::currentDateTimeUtc().date().addDays(60);
    const QList<std::tuple<int, int, int>> blocks { { 0, 1, 2 }, { 1, -2, 0 }, { 2, 3, 5 }, { 4, -1, 1 }, { 5, 2, 10 },
        { 6, -5, 20 }, { 10, -3, 0 }, { 10, 3, 4 } };
    for (const auto& [index, from, to] : blocks) {
        SeedListing& s = m_listings[index];
        const QDate start = m_stay.addDays(from), end = m_stay.addDays(to);
        const HttpReply reply = m_api.http().post(kListings + QLatin1Char('/') + s.id + QStringLiteral("/blocks"),
            { { QStringLiteral("start_date"), start.toString(Qt::ISODate) },
                { QStringLiteral("end_date"), end.toString(Qt::ISODate) } },
            m_hosts[index % 3].accessToken);
        if (reply.status != 201)
            return QStringLiteral("block %1: %2 %3").arg(index).arg(reply.status).arg(QString::fromUtf8(reply.body));
        s.blocks.append({ start, end });
    }
    return {};
}

} // namespace roost::test
