// SPDX-License-Identifier: Apache-2.0
// Listing search over HTTP against a seeded world: every filter's answer is compared with the set
// the seed says it must be, every sort's order and tie-break is checked, and pages are walked
// with a small limit (API.md, Listings; Precise rules, Input and Search).
#include "SearchWorld.h"

#include <QDateTime>
#include <QTest>
#include <QUrl>
#include <algorithm>
#include <functional>
#include <utility>

using namespace roost::test;

namespace {

const QString kListings = QStringLiteral("/api/v1/listings");
// More listed listings than the largest page, so clamping and paging are visible.
constexpr int kSeeds = 130;

using Seed = SeedListing;

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

    struct Case {
        QString query;
        std::function<bool(const Seed&)> keep;
    };

private:
    ApiFixture m_api;
    SearchWorld m_world { m_api };
    QMap<QString, Case> m_cases;
    QString m_walkError;

    HttpClient& http() { return m_api.http(); }
    const Seed& seed(const QString& id) const { return m_world.byId(id); }
    const Seed& seed(const QJsonValue& item) const
    {
        return seed(item.toObject().value(QStringLiteral("id")).toString());
    }
    QSet<QString> expected(const std::function<bool(const Seed&)>& keep) const { return m_world.listedWhere(keep); }

    /// Every item of a search, following next_cursor.
    QJsonArray walk(const QString& query, int limit)
    {
        m_walkError.clear();
        QJsonArray all;
        QString cursor;
        for (int page = 0; page < 200; ++page) {
            QString path = kListings + QStringLiteral("?limit=") + QString::number(limit);
            if (!query.isEmpty())
                path += QLatin1Char('&') + query;
            if (!cursor.isEmpty())
                path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
            const HttpReply reply = http().get(path);
            if (reply.status != 200) {
                m_walkError
                    = QStringLiteral("%1 -> %2 %3").arg(path).arg(reply.status).arg(QString::fromUtf8(reply.body));
                return {};
            }
            if (reply.items().size() > limit)
                m_walkError = QStringLiteral("page larger than limit");
            for (const QJsonValue item : reply.items())
                all.append(item);
            cursor = reply.json().value(QStringLiteral("next_cursor")).toString();
            if (cursor.isEmpty())
                return all;
        }
        m_walkError = QStringLiteral("endless pages");
        return {};
    }

    static QStringList ids(const QJsonArray& items)
    {
        QStringList out;
        for (const QJsonValue item : items)
            out.append(item.toObject().value(QStringLiteral("id")).toString());
        return out;
    }

private slots:
    void initTestCase();
    void filters_data();
    void filters();
    void sorts_data();
    void sorts();
    void limits();
    void badCursor_data();
    void badCursor();
    void badParameters_data();
    void badParameters();
};

void TestSearch::initTestCase()
{
    QVERIFY(m_api.start());
    const QString error = m_world.seed(kSeeds);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QDate d = m_world.stayStart();
    const auto stay = [d](int from, int to) {
        return QStringLiteral("check_in=%1&check_out=%2")
            .arg(d.addDays(from).toString(Qt::ISODate), d.addDays(to).toString(Qt::ISODate));
    };
    const auto freeFor
        = [d](int from, int to) { return [=](const Seed& s) { return s.freeFor(d.addDays(from), d.addDays(to)); }; };
    const auto words = [](const QString& q) { return [q](const Seed& s) { return s.hasWords(q); }; };
    const auto inCity = [](const QString& c) { return [c](const Seed& s) { return s.city.toLower() == c.toLower(); }; };
    const auto has = [](const QStringList& a) {
        return [a](const Seed& s) {
            return std::all_of(a.begin(), a.end(), [&s](const QString& x) { return s.amenities.contains(x); });
        };
    };
    m_cases = {
        { QStringLiteral("no filter"), { QString(), [](const Seed&) { return true; } } },
        { QStringLiteral("q two words"), { QStringLiteral("q=sunny+garden"), words(QStringLiteral("sunny garden")) } },
        { QStringLiteral("q upper case"), { QStringLiteral("q=SUNNY%20VIEW"), words(QStringLiteral("sunny view")) } },
        { QStringLiteral("q word in city"),
            { QStringLiteral("q=quiet%20paris"), words(QStringLiteral("quiet paris")) } },
        { QStringLiteral("q non-ASCII case"),
            { QStringLiteral("q=Z%C3%9CRICH"), words(QStringLiteral("Z\u00dcRICH")) } },
        { QStringLiteral("q canal"), { QStringLiteral("q=canal"), words(QStringLiteral("canal")) } },
        { QStringLiteral("q sql injection"),
            { QStringLiteral("q=%27%20OR%201%3D1%20--"), words(QStringLiteral("' OR 1=1 --")) } },
        { QStringLiteral("q percent"), { QStringLiteral("q=%25"), words(QStringLiteral("%")) } },
        { QStringLiteral("q 100 percent"), { QStringLiteral("q=100%25"), words(QStringLiteral("100%")) } },
        { QStringLiteral("q underscore"), { QStringLiteral("q=_"), words(QStringLiteral("_")) } },
        { QStringLiteral("q backslash"), { QStringLiteral("q=%5C"), words(QStringLiteral("\\")) } },
        { QStringLiteral("city PARIS"), { QStringLiteral("city=PARIS"), inCity(QStringLiteral("paris")) } },
        { QStringLiteral("city paris"), { QStringLiteral("city=paris"), inCity(QStringLiteral("paris")) } },
        { QStringLiteral("city Parisville"),
            { QStringLiteral("city=parisVILLE"), inCity(QStringLiteral("parisville")) } },
        { QStringLiteral("city non-ASCII case"),
            { QStringLiteral("city=Z%C3%9CRICH"), inCity(QStringLiteral("z\u00fcrich")) } },
        { QStringLiteral("country"),
            { QStringLiteral("country=DE"), [](const Seed& s) { return s.country == QLatin1String("DE"); } } },
        { QStringLiteral("guests 5"), { QStringLiteral("guests=5"), [](const Seed& s) { return s.maxGuests >= 5; } } },
        { QStringLiteral("min_price"),
            { QStringLiteral("min_price=10000"), [](const Seed& s) { return s.price >= 10000; } } },
        { QStringLiteral("max_price"),
            { QStringLiteral("max_price=8500"), [](const Seed& s) { return s.price <= 8500; } } },
        { QStringLiteral("price range inclusive"),
            { QStringLiteral("min_price=7000&max_price=10000"),
                [](const Seed& s) { return s.price >= 7000 && s.price <= 10000; } } },
        { QStringLiteral("amenities wifi,pool"),
            { QStringLiteral("amenities=wifi,pool"), has({ QStringLiteral("wifi"), QStringLiteral("pool") }) } },
        { QStringLiteral("amenities three"),
            { QStringLiteral("amenities=pool,hot_tub,wifi"),
                has({ QStringLiteral("pool"), QStringLiteral("hot_tub"), QStringLiteral("wifi") }) } },
        { QStringLiteral("property_type"),
            { QStringLiteral("property_type=cabin"), [](const Seed& s) { return s.type == QLatin1String("cabin"); } } },
        { QStringLiteral("bbox around Paris"),
            { QStringLiteral("bbox=2.3,48.8,2.4,48.9"),
                [](const Seed& s) { return s.lng >= 2.3 && s.lng <= 2.4 && s.lat >= 48.8 && s.lat <= 48.9; } } },
        { QStringLiteral("bbox western Europe"),
            { QStringLiteral("bbox=0,40,10,55"),
                [](const Seed& s) { return s.lng >= 0 && s.lng <= 10 && s.lat >= 40 && s.lat <= 55; } } },
        { QStringLiteral("instant_book"),
            { QStringLiteral("instant_book=true"), [](const Seed& s) { return s.instant; } } },
        { QStringLiteral("stay 3 nights"), { stay(0, 3), freeFor(0, 3) } },
        { QStringLiteral("stay 2 nights"), { stay(0, 2), freeFor(0, 2) } },
        { QStringLiteral("stay 1 night"), { stay(1, 2), freeFor(1, 2) } },
        { QStringLiteral("combined"),
            { QStringLiteral("city=Paris&guests=3&amenities=wifi&") + stay(0, 3),
                [=](const Seed& s) {
                    return inCity(QStringLiteral("paris"))(s) && s.maxGuests >= 3
                        && s.amenities.contains(QLatin1String("wifi")) && freeFor(0, 3)(s);
                } } },
    };
}

void TestSearch::filters_data()
{
    QTest::addColumn<QString>("name");
    for (auto it = m_cases.cbegin(); it != m_cases.cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

void TestSearch::filters()
{
    QFETCH(QString, name);
    const Case& c = m_cases[name];
    const QSet<QString> want = expected(c.keep);
    QVERIFY2(!want.isEmpty(), "the seed must give every filter something to find");
    // The stays need blocked listings on both sides of the line, or they prove nothing.
    if (name.startsWith(QLatin1String("stay")))
        QVERIFY(want.size() < expected([](const Seed&) { return true; }).size() - 3);
    for (const int limit : { 100, 7 }) {
        const QJsonArray items = walk(c.query, limit);
        QVERIFY2(m_walkError.isEmpty(), qPrintable(m_walkError));
        const QStringList got = ids(items);
        QCOMPARE(QSet<QString>(got.begin(), got.end()).size(), got.size()); // no duplicates
        QSet<QString> gotSet(got.begin(), got.end());
        QStringList extra, missing;
        for (const QString& id : gotSet - want)
            extra << QStringLiteral("%1 (%2)").arg(id, seed(id).title);
        for (const QString& id : want - gotSet)
            missing << QStringLiteral("%1 (%2)").arg(id, seed(id).title);
        QVERIFY2(extra.isEmpty() && missing.isEmpty(),
            qPrintable(QStringLiteral("extra: %1\nmissing: %2").arg(extra.join(u", "), missing.join(u", "))));
        for (const QJsonValue item : items)
            QCOMPARE(item.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("listed"));
    }
}

void TestSearch::sorts_data()
{
    QTest::addColumn<QString>("sort");
    for (const char* sort : { "", "newest", "price_asc", "price_desc", "rating" })
        QTest::newRow(*sort ? sort : "default") << QString::fromLatin1(sort);
}

void TestSearch::sorts()
{
    QFETCH(QString, sort);
    // Negative: a must come before b; zero: a tie, broken by id.
    std::function<int(const Seed&, const Seed&)> primary = [](const Seed& a, const Seed& b) {
        return a.order > b.order ? -1 : 1; // newest: the later create first, never a tie
    };
    if (sort == QLatin1String("price_asc"))
        primary = [](const Seed& a, const Seed& b) { return a.price == b.price ? 0 : a.price < b.price ? -1 : 1; };
    else if (sort == QLatin1String("price_desc"))
        primary = [](const Seed& a, const Seed& b) { return a.price == b.price ? 0 : a.price > b.price ? -1 : 1; };
    else if (sort == QLatin1String("rating"))
        primary = [](const Seed& a, const Seed& b) {
            if (a.rating != b.rating) // unrated is -1, so it sorts last
                return a.rating > b.rating ? -1 : 1;
            return a.ratingCount == b.ratingCount ? 0 : a.ratingCount > b.ratingCount ? -1 : 1;
        };
    const QString query = sort.isEmpty() ? QString() : QStringLiteral("sort=") + sort;
    const QJsonArray all = walk(query, 100);
    QVERIFY2(m_walkError.isEmpty(), qPrintable(m_walkError));
    const QStringList order = ids(all);
    const QSet<QString> want = expected([](const Seed&) { return true; });
    QCOMPARE(QSet<QString>(order.begin(), order.end()), want);
    QCOMPARE(order.size(), want.size());

    int tieDirection = 0, ties = 0;
    for (qsizetype i = 1; i < all.size(); ++i) {
        const Seed& a = seed(all[i - 1]);
        const Seed& b = seed(all[i]);
        const QJsonObject item = all[i].toObject();
        QCOMPARE(item.value(QStringLiteral("rating_count")).toInt(), b.ratingCount);
        QCOMPARE(item.value(QStringLiteral("rating_avg")).toDouble(-1), b.rating);
        const int p = primary(a, b);
        QVERIFY2(p <= 0, qPrintable(QStringLiteral("%1 listed before %2 at %3").arg(a.id, b.id).arg(i)));
        if (p == 0) {
            ++ties;
            const int direction = a.id < b.id ? -1 : 1;
            if (tieDirection == 0)
                tieDirection = direction;
            QVERIFY2(direction == tieDirection, qPrintable(QStringLiteral("ties broken both ways at %1").arg(i)));
        }
    }
    if (sort != QLatin1String("newest") && !sort.isEmpty())
        QVERIFY2(ties > 10, "the seed must make ties for the tie-break to be tested");

    // Small pages, concatenated, are the same list: nothing repeated, nothing skipped.
    QCOMPARE(ids(walk(query, 7)), order);
    QVERIFY(m_walkError.isEmpty());
    // And with a filter narrowing the keyset.
    const QString filtered = QStringLiteral("city=paris") + (query.isEmpty() ? QString() : QLatin1Char('&') + query);
    QStringList narrowed;
    for (const QString& id : order)
        if (seed(id).city.toLower() == QLatin1String("paris"))
            narrowed << id;
    QCOMPARE(ids(walk(filtered, 3)), narrowed);
}

void TestSearch::limits()
{
    const int listed = expected([](const Seed&) { return true; }).size();
    QVERIFY(listed > 100);
    for (const auto& [query, size] :
        { std::pair { QStringLiteral(""), 20 }, std::pair { QStringLiteral("?limit=100"), 100 },
            std::pair { QStringLiteral("?limit=500"), 100 }, std::pair { QStringLiteral("?limit=1"), 1 } }) {
        const HttpReply reply = http().get(kListings + query);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.items().size(), size);
        QVERIFY(reply.json().value(QStringLiteral("next_cursor")).isString());
    }
}

void TestSearch::badCursor_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("garbage") << QStringLiteral("cursor=garbage!!");
    QTest::newRow("base64 of nonsense") << QStringLiteral("cursor=")
            + QString::fromLatin1(QByteArray("hello world").toBase64());
    QTest::newRow("json without id") << QStringLiteral("cursor=")
            + QString::fromLatin1(QByteArray("{\"s\":\"newest\",\"t\":1}")
                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QTest::newRow("too long") << QStringLiteral("cursor=") + QString(2000, QLatin1Char('A'));
}

void TestSearch::badCursor()
{
    QFETCH(QString, query);
    const HttpReply reply = http().get(kListings + QLatin1Char('?') + query);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("bad_request"));
    // A cursor of one sort is not a position in another.
    const HttpReply first = http().get(kListings + QStringLiteral("?sort=price_asc&limit=5"));
    const QString cursor = first.json().value(QStringLiteral("next_cursor")).toString();
    QVERIFY(!cursor.isEmpty());
    QCOMPARE(http().get(kListings + QStringLiteral("?sort=price_asc&limit=5&cursor=") + cursor).status, 200);
    QCOMPARE(http().get(kListings + QStringLiteral("?sort=newest&limit=5&cursor=") + cursor).status, 400);
}

void TestSearch::badParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("fields");
    const QString d = QDateTime::currentDateTimeUtc().date().addDays(30).toString(Qt::ISODate);
    const QString d3 = QDateTime::currentDateTimeUtc().date().addDays(33).toString(Qt::ISODate);
    auto row = [](const char* tag, const QString& query, const char* field) {
        QTest::newRow(tag) << query << QStringList { QLatin1String(field) };
    };
    row("min_price abc", QStringLiteral("min_price=abc"), "min_price");
    row("max_price negative", QStringLiteral("max_price=-1"), "max_price");
    row("max_price float", QStringLiteral("max_price=10.5"), "max_price");
    row("guests 0", QStringLiteral("guests=0"), "guests");
    row("guests abc", QStringLiteral("guests=abc"), "guests");
    row("check_in only", QStringLiteral("check_in=") + d, "check_out");
    row("check_out only", QStringLiteral("check_out=") + d, "check_in");
    row("check_out before check_in", QStringLiteral("check_in=%1&check_out=%2").arg(d3, d), "check_out");
    row("check_out equals check_in", QStringLiteral("check_in=%1&check_out=%1").arg(d), "check_out");
    row("check_in not a date", QStringLiteral("check_in=2030-02-30&check_out=") + d3, "check_in");
    row("bbox 3 numbers", QStringLiteral("bbox=1,2,3"), "bbox");
    row("bbox words", QStringLiteral("bbox=a,b,c,d"), "bbox");
    row("bbox latitude 91", QStringLiteral("bbox=0,0,10,91"), "bbox");
    row("sort bogus", QStringLiteral("sort=bogus"), "sort");
    row("amenities unknown", QStringLiteral("amenities=unknown"), "amenities");
    row("amenities one unknown", QStringLiteral("amenities=wifi,jacuzzi"), "amenities");
    row("property_type castle", QStringLiteral("property_type=castle"), "property_type");
    row("instant_book yes", QStringLiteral("instant_book=yes"), "instant_book");
    row("country XX", QStringLiteral("country=XX"), "country");
    row("limit 0", QStringLiteral("limit=0"), "limit");
    row("limit -1", QStringLiteral("limit=-1"), "limit");
    row("limit abc", QStringLiteral("limit=abc"), "limit");
    QTest::newRow("min_price above max_price") << QStringLiteral(
        "min_price=20000&max_price=10000") << QStringList { QStringLiteral("max_price"), QStringLiteral("min_price") };
}

void TestSearch::badParameters()
{
    QFETCH(QString, query);
    QFETCH(QStringList, fields);
    const HttpReply reply = http().get(kListings + QLatin1Char('?') + query);
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("validation_failed"));
    QCOMPARE(reply.errorFields().keys(), fields);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
