// SPDX-License-Identifier: Apache-2.0
#include "services/SearchQuery.h"

#include <roost/Country.h>
#include <roost/Date.h>
#include <roost/Error.h>
#include <roost/Id.h>
#include <roost/JsonReader.h>
#include <roost/Money.h>
#include <roost/Text.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>

namespace roost::server {
namespace {

// q is a few words typed into a search box; the bounds keep one request from asking the
// database for hundreds of trigram scans.
constexpr int kMaxQueryLength = 200;
constexpr int kMaxQueryWords = 10;
// Beyond the largest listing (ListingLimits::kMaxGuests) nothing matches; the bound only keeps
// the number inside int.
constexpr qint64 kMaxGuestsParam = 1'000'000;
constexpr int kMaxCursorLength = 512; // a cursor is ~100 characters; anything longer is not ours

QString sortName(SearchSort sort)
{
    switch (sort) {
    case SearchSort::Newest: return QStringLiteral("newest");
    case SearchSort::PriceAsc: return QStringLiteral("price_asc");
    case SearchSort::PriceDesc: return QStringLiteral("price_desc");
    case SearchSort::Rating: return QStringLiteral("rating");
    }
    return QStringLiteral("newest");
}

/// Reads parameters into typed values, recording a reason per bad parameter.
class Params
{
public:
    explicit Params(const QUrlQuery& query) : m_query(query) {}

    FieldErrors& errors() { return m_errors; }

    std::optional<QString> text(const QString& key)
    {
        const QString value = formValue(m_query, key);
        if (value.isEmpty())
            return std::nullopt;
        return value;
    }

    /// Plain decimal digits (optionally negative) within [min, max]: no "+1", " 1", "1.0", "1e3".
    std::optional<qint64> integer(const QString& key, qint64 min, qint64 max)
    {
        const auto value = text(key);
        if (!value)
            return std::nullopt;
        static const QRegularExpression digits(QStringLiteral("^-?[0-9]{1,16}$"));
        if (!digits.match(*value).hasMatch()) {
            fail(key, QStringLiteral("must be an integer"));
            return std::nullopt;
        }
        const qint64 n = value->toLongLong();
        if (n < min || n > max) {
            fail(key, integerRangeReason(min, max));
            return std::nullopt;
        }
        return n;
    }

    std::optional<QDate> date(const QString& key)
    {
        const auto value = text(key);
        if (!value)
            return std::nullopt;
        const auto parsed = parseDate(*value);
        if (!parsed)
            fail(key, QStringLiteral("must be a date like 2025-07-14"));
        return parsed;
    }

    void fail(const QString& key, const QString& reason)
    {
        if (!m_errors.contains(key))
            m_errors.insert(key, reason);
    }

private:
    const QUrlQuery& m_query;
    FieldErrors m_errors;
};

void readText(Params& p, SearchCriteria& c)
{
    const QString qKey = QStringLiteral("q");
    if (const auto q = p.text(qKey)) {
        const QStringList words = q->simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (characterCount(*q) > kMaxQueryLength)
            p.fail(qKey, QStringLiteral("must be at most %1 characters").arg(kMaxQueryLength));
        else if (words.size() > kMaxQueryWords)
            p.fail(qKey, QStringLiteral("must have at most %1 words").arg(kMaxQueryWords));
        else if (hasControlCharacters(*q, true))
            p.fail(qKey, QStringLiteral("must not contain control characters"));
        else
            c.words = words;
    }
    const QString cityKey = QStringLiteral("city");
    if (const auto city = p.text(cityKey)) {
        if (characterCount(*city) > ListingLimits::kMaxCityLength || hasControlCharacters(*city))
            p.fail(cityKey, lengthReason(1, ListingLimits::kMaxCityLength));
        else
            c.city = city->trimmed(); // listings store their city trimmed
    }
    const QString countryKey = QStringLiteral("country");
    if (const auto country = p.text(countryKey)) {
        if (isValidCountryCode(country->toUpper()))
            c.country = country->toUpper();
        else
            p.fail(countryKey, QStringLiteral("must be an ISO 3166-1 alpha-2 code such as FR"));
    }
}

void readStay(Params& p, SearchCriteria& c)
{
    const QString inKey = QStringLiteral("check_in");
    const QString outKey = QStringLiteral("check_out");
    const auto checkIn = p.date(inKey);
    const auto checkOut = p.date(outKey);
    const bool hasIn = p.text(inKey).has_value();
    const bool hasOut = p.text(outKey).has_value();
    if (hasIn && !hasOut)
        p.fail(outKey, QStringLiteral("is required with check_in"));
    if (hasOut && !hasIn)
        p.fail(inKey, QStringLiteral("is required with check_out"));
    if (checkIn && checkOut) {
        if (*checkOut <= *checkIn) {
            p.fail(outKey, QStringLiteral("must be after check_in"));
        } else {
            c.checkIn = checkIn;
            c.checkOut = checkOut;
        }
    }
}

void readNumbers(Params& p, SearchCriteria& c)
{
    if (const auto guests = p.integer(QStringLiteral("guests"), 1, kMaxGuestsParam))
        c.guests = int(*guests);
    // Prices are minor units; anything up to JSON's exact-integer limit is a valid bound.
    c.minPrice = p.integer(QStringLiteral("min_price"), 0, kMaxSafeInteger);
    c.maxPrice = p.integer(QStringLiteral("max_price"), 0, kMaxSafeInteger);
    if (c.minPrice && c.maxPrice && *c.minPrice > *c.maxPrice) {
        p.fail(QStringLiteral("min_price"), QStringLiteral("must not be greater than max_price"));
        p.fail(QStringLiteral("max_price"), QStringLiteral("must not be less than min_price"));
    }
}

void readChoices(Params& p, SearchCriteria& c)
{
    const QString amenitiesKey = QStringLiteral("amenities");
    if (const auto amenities = p.text(amenitiesKey)) {
        QSet<QString> seen;
        for (QString amenity : amenities->split(QLatin1Char(','))) {
            amenity = amenity.trimmed();
            if (amenity.isEmpty() || seen.contains(amenity))
                continue;
            if (!knownAmenities().contains(amenity)) {
                p.fail(amenitiesKey, QStringLiteral("contains an unknown amenity: ") + amenity.left(50));
                break;
            }
            seen.insert(amenity);
            c.amenities.append(amenity);
        }
    }
    const QString typeKey = QStringLiteral("property_type");
    if (const auto type = p.text(typeKey)) {
        c.propertyType = parsePropertyType(*type);
        if (!c.propertyType)
            p.fail(typeKey, QStringLiteral("must be one of apartment, house, room, cabin, other"));
    }
    const QString instantKey = QStringLiteral("instant_book");
    if (const auto instant = p.text(instantKey)) {
        if (*instant == QLatin1String("true"))
            c.instantBookOnly = true;
        else if (*instant != QLatin1String("false"))
            p.fail(instantKey, QStringLiteral("must be true or false"));
    }
    const QString sortKey = QStringLiteral("sort");
    if (const auto sort = p.text(sortKey)) {
        bool known = false;
        for (const auto s : {SearchSort::Newest, SearchSort::PriceAsc, SearchSort::PriceDesc, SearchSort::Rating}) {
            if (*sort == sortName(s)) {
                c.sort = s;
                known = true;
            }
        }
        if (!known)
            p.fail(sortKey, QStringLiteral("must be one of newest, price_asc, price_desc, rating"));
    }
}

void readBox(Params& p, SearchCriteria& c)
{
    const QString key = QStringLiteral("bbox");
    const auto text = p.text(key);
    if (!text)
        return;
    const QStringList parts = text->split(QLatin1Char(','));
    double v[4] = {0, 0, 0, 0};
    bool ok = parts.size() == 4;
    for (int i = 0; ok && i < 4; ++i) {
        v[i] = parts[i].trimmed().toDouble(&ok);
        ok = ok && std::isfinite(v[i]);
    }
    if (!ok) {
        p.fail(key, QStringLiteral("must be min_lng,min_lat,max_lng,max_lat"));
        return;
    }
    const BoundingBox box{v[0], v[1], v[2], v[3]};
    if (box.minLng < -180 || box.minLng > 180 || box.maxLng < -180 || box.maxLng > 180)
        p.fail(key, QStringLiteral("longitudes must be between -180 and 180"));
    else if (box.minLat < -90 || box.minLat > 90 || box.maxLat < -90 || box.maxLat > 90)
        p.fail(key, QStringLiteral("latitudes must be between -90 and 90"));
    else if (box.minLat > box.maxLat)
        p.fail(key, QStringLiteral("min_lat must not be greater than max_lat"));
    else
        c.bbox = box;
}

int readLimit(Params& p)
{
    // API.md: above the maximum is clamped, not refused; zero or less is a mistake.
    const auto limit = p.integer(QStringLiteral("limit"), 1, kMaxSafeInteger);
    return limit ? int(std::min<qint64>(*limit, kMaxPageSize)) : kDefaultPageSize;
}

Error badCursor()
{
    return Error(ErrorCode::BadRequest, QStringLiteral("The cursor is not valid for this list; start again without it."));
}

QString encode(const QJsonObject& object)
{
    return QString::fromLatin1(QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

/// The key inside a cursor, which must have been issued for `expected` (a sort or list name).
ListingSortKey decode(const QString& cursor, const QString& expected)
{
    if (cursor.size() > kMaxCursorLength)
        throw badCursor();
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        throw badCursor();
    const QJsonObject o = QJsonDocument::fromJson(*decoded).object();
    const auto id = parseId(o.value(QStringLiteral("id")).toString());
    if (o.value(QStringLiteral("s")).toString() != expected || !id)
        throw badCursor();
    ListingSortKey key;
    key.id = *id;
    // Integers travel as JSON numbers below 2^53, so they come back exactly; anything else in
    // their place (a fraction, a string) means the cursor was not made here.
    const auto integer = [&o](const char* name) -> std::optional<qint64> {
        const QJsonValue v = o.value(QLatin1String(name));
        if (!v.isDouble() || v.toDouble() != std::trunc(v.toDouble()) || std::abs(v.toDouble()) > double(kMaxSafeInteger))
            return std::nullopt;
        return qint64(v.toDouble());
    };
    if (expected == sortName(SearchSort::PriceAsc) || expected == sortName(SearchSort::PriceDesc)) {
        const auto price = integer("p");
        if (!price)
            throw badCursor();
        key.price = *price;
    } else if (expected == sortName(SearchSort::Rating)) {
        // The rating stays PostgreSQL's own text so it compares exactly equal when sent back.
        key.rating = o.value(QStringLiteral("r")).toString();
        bool ok = false;
        const double rating = key.rating.toDouble(&ok);
        const auto count = integer("c");
        if (!ok || !std::isfinite(rating) || !count || *count < 0 || *count > std::numeric_limits<int>::max())
            throw badCursor();
        key.ratingCount = int(*count);
    } else {
        const auto created = integer("t");
        if (!created)
            throw badCursor();
        key.createdMicros = *created;
    }
    return key;
}

QJsonObject keyObject(const QString& name, SearchSort sort, const ListingSortKey& key)
{
    QJsonObject o{{QStringLiteral("s"), name}, {QStringLiteral("id"), idToString(key.id)}};
    switch (sort) {
    case SearchSort::PriceAsc:
    case SearchSort::PriceDesc: o.insert(QStringLiteral("p"), key.price); break;
    case SearchSort::Rating:
        o.insert(QStringLiteral("r"), key.rating);
        o.insert(QStringLiteral("c"), key.ratingCount);
        break;
    case SearchSort::Newest: o.insert(QStringLiteral("t"), key.createdMicros); break;
    }
    return o;
}

} // namespace

QString formValue(const QUrlQuery& query, const QString& key)
{
    // QUrlQuery alone keeps `+`, which would turn `q=sea+view` into one word.
    QString raw = query.queryItemValue(key, QUrl::FullyEncoded);
    raw.replace(QLatin1Char('+'), QLatin1String("%20"));
    return QUrl::fromPercentEncoding(raw.toUtf8());
}

SearchCriteria parseSearchQuery(const QUrlQuery& query)
{
    SearchCriteria c;
    Params p(query);
    readText(p, c);
    readStay(p, c);
    readNumbers(p, c);
    readChoices(p, c);
    readBox(p, c);
    c.limit = readLimit(p);
    if (!p.errors().isEmpty())
        throw Error::validation(p.errors());
    if (const auto cursor = p.text(QStringLiteral("cursor")))
        c.after = decode(*cursor, sortName(c.sort));
    return c;
}

PageRequest parsePageQuery(const QUrlQuery& query, const QString& list)
{
    Params p(query);
    PageRequest page;
    page.limit = readLimit(p);
    if (!p.errors().isEmpty())
        throw Error::validation(p.errors());
    if (const auto cursor = p.text(QStringLiteral("cursor")))
        page.after = decode(*cursor, list);
    return page;
}

DateWindow parseAvailabilityQuery(const QUrlQuery& query, const QDate& today)
{
    Params p(query);
    const QString toKey = QStringLiteral("to");
    const auto from = p.date(QStringLiteral("from"));
    const auto to = p.date(toKey);
    if (!p.errors().isEmpty())
        throw Error::validation(p.errors());
    DateWindow window{from.value_or(today), {}};
    window.to = to.value_or(window.from.addDays(kDefaultAvailabilityDays));
    if (window.to <= window.from)
        p.fail(toKey, QStringLiteral("must be after from"));
    else if (window.from.daysTo(window.to) > kMaxAvailabilityDays)
        p.fail(toKey, QStringLiteral("must be at most %1 days after from").arg(kMaxAvailabilityDays));
    if (!p.errors().isEmpty())
        throw Error::validation(p.errors());
    return window;
}

QString encodeSearchCursor(SearchSort sort, const ListingSortKey& key)
{
    return encode(keyObject(sortName(sort), sort, key));
}

QString encodeListCursor(const QString& list, const ListingSortKey& key)
{
    return encode(keyObject(list, SearchSort::Newest, key));
}

} // namespace roost::server
