// SPDX-License-Identifier: Apache-2.0
// Explore's model over a cache of 1 000 listings written straight into a LocalStore (the rows a
// sync would have written): lazy pages, every filter, date exclusion by blocks and own bookings,
// the orders, and reloads.
#include "LocalStore.h"
#include "guest/ListingSearchModel.h"
#include "roost/Id.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace roost;
using client::ListingQuery;
using app::ListingSearchModel;

namespace {

constexpr int kListings = 1000;
const QStringList kCities { QStringLiteral("Lisbon"), QStringLiteral("Porto"), QStringLiteral("Faro"),
    QStringLiteral("Braga") };
const QStringList kTypes { QStringLiteral("apartment"), QStringLiteral("house"), QStringLiteral("room"),
    QStringLiteral("cabin"), QStringLiteral("other") };

bool isListed(int i)
{
    return i % 100 != 99; // ten drafts, which Explore never shows
}

QJsonObject listing(int i)
{
    QJsonArray amenities;
    if (i % 2 == 0)
        amenities.append(QStringLiteral("wifi"));
    if (i % 3 == 0)
        amenities.append(QStringLiteral("kitchen"));
    return { { QStringLiteral("id"), QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')) },
        { QStringLiteral("title"), QStringLiteral("Listing %1").arg(i, 4, 10, QLatin1Char('0')) },
        { QStringLiteral("description"),
            i % 7 == 0 ? QStringLiteral("A house near the sea") : QStringLiteral("Quiet street") },
        { QStringLiteral("city"), kCities.at(i % 4) }, { QStringLiteral("country"), QStringLiteral("PT") },
        { QStringLiteral("status"), isListed(i) ? QStringLiteral("listed") : QStringLiteral("draft") },
        { QStringLiteral("nightly_price"), 5000 + (i % 50) * 100 },
        { QStringLiteral("currency"), QStringLiteral("EUR") }, { QStringLiteral("max_guests"), 1 + i % 6 },
        { QStringLiteral("amenities"), amenities }, { QStringLiteral("property_type"), kTypes.at(i % 5) },
        { QStringLiteral("instant_book"), i % 2 == 1 },
        { QStringLiteral("rating_avg"), i % 10 == 0 ? QJsonValue() : QJsonValue(3.0 + (i % 20) / 10.0) },
        { QStringLiteral("rating_count"), i % 10 == 0 ? 0 : i % 13 },
        { QStringLiteral("created_at"),
            QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(60 * i).toString(Qt::ISODate) },
        { QStringLiteral("min_nights"), 1 }, { QStringLiteral("max_nights"), i % 8 == 2 ? 3 : 365 },
        { QStringLiteral("photos"), QJsonArray() } };
}

QString listingId(int i)
{
    return listing(i).value(QStringLiteral("id")).toString();
}

int expected(const std::function<bool(int)>& keep)
{
    int count = 0;
    for (int i = 0; i < kListings; ++i)
        count += isListed(i) && keep(i) ? 1 : 0;
    return count;
}

} // namespace

class TestListingSearchModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<client::LocalStore> m_store;

    bool write(const QString& entity, const QJsonObject& data)
    {
        client::LocalObject object;
        object.entity = entity;
        object.id = data.value(QStringLiteral("id")).toString();
        object.data = data;
        object.version = 1;
        return m_store->writeObject(object);
    }

    /// Every row, fetching page after page as a scrolling view does.
    static void fetchAll(ListingSearchModel& model)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
    }

    static int countFor(const client::ListingQuery& query, client::LocalStore& store)
    {
        ListingSearchModel model(store, nullptr);
        model.setQuery(query);
        fetchAll(model);
        return model.rowCount();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<client::LocalStore>(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(m_store->open());
        client::LocalStore::Transaction transaction(*m_store);
        for (int i = 0; i < kListings; ++i)
            QVERIFY(write(QStringLiteral("listing"), listing(i)));
        QVERIFY(transaction.commit());
    }

    void passesTheModelTester()
    {
        // A tester made anew after each reset: Qt 6.4's runs its checks (which fetch every page)
        // from modelReset before it has marked the reset finished, so a model whose fetchMore
        // inserts rows would fail it on any reset. Made afterwards, it checks the model's state
        // and every page insertion in full.
        ListingSearchModel model(*m_store, nullptr);
        client::ListingQuery query;
        query.text = QStringLiteral("Porto");
        model.setQuery(query);
        {
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            fetchAll(model);
            QCOMPARE(model.rowCount(), expected([](int i) { return i % 4 == 1; }));
        }
        query.text.clear();
        query.sort = client::ListingQuery::Sort::Rating;
        model.setQuery(query);
        {
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            fetchAll(model);
            QCOMPARE(model.rowCount(), expected([](int) { return true; }));
        }
        model.reload();
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        QCOMPARE(model.rowCount(), expected([](int) { return true; }));
    }

    void loadsLazilyAPageAtATime()
    {
        ListingSearchModel model(*m_store, nullptr);
        client::ListingQuery query;
        query.sort = client::ListingQuery::Sort::PriceAscending;
        model.setQuery(query);
        QCOMPARE(model.rowCount(), ListingSearchModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * ListingSearchModel::kPageSize);
        fetchAll(model);
        QCOMPARE(model.rowCount(), expected([](int) { return true; }));
        QVERIFY(!model.canFetchMore({}));

        QSet<QString> ids;
        qint64 previous = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            ids.insert(index.data(ListingSearchModel::IdRole).toString());
            const qint64 price = index.data(ListingSearchModel::NightlyPriceRole).toLongLong();
            QVERIFY2(price >= previous, "pages keep the order across their seams");
            previous = price;
        }
        QCOMPARE(ids.size(), model.rowCount()); // no listing twice, none skipped
        QVERIFY(!ids.contains(listingId(99))); // a draft
        QVERIFY(model.index(0).data(ListingSearchModel::PriceTextRole).toString().contains(QStringLiteral("50")));
        QVERIFY(!model.index(0).data(Qt::DecorationRole).value<QPixmap>().isNull()); // the placeholder
    }

    void filters_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("expectedRows");
        QTest::newRow("city, any case") << "text:lisbon" << expected([](int i) { return i % 4 == 0; });
        QTest::newRow("words in description") << "text:sea house" << expected([](int i) { return i % 7 == 0; });
        QTest::newRow("guests") << "guests:5" << expected([](int i) { return 1 + i % 6 >= 5; });
        QTest::newRow("price range") << "price:6000-6900" << expected([](int i) {
            const int price = 5000 + (i % 50) * 100;
            return price >= 6000 && price <= 6900;
        });
        QTest::newRow("amenities, all of them")
            << "amenities:wifi,kitchen" << expected([](int i) { return i % 6 == 0; });
        QTest::newRow("property type") << "type:cabin" << expected([](int i) { return i % 5 == 3; });
        QTest::newRow("instant book") << "instant:" << expected([](int i) { return i % 2 == 1; });
        QTest::newRow("no match") << "text:Reykjavik" << 0;
    }

    void filters()
    {
        QFETCH(QString, field);
        QFETCH(int, expectedRows);
        const QString kind = field.section(QLatin1Char(':'), 0, 0);
        const QString value = field.section(QLatin1Char(':'), 1);
        client::ListingQuery query;
        if (kind == QLatin1String("text"))
            query.text = value;
        else if (kind == QLatin1String("guests"))
            query.guests = value.toInt();
        else if (kind == QLatin1String("price")) {
            query.minPrice = value.section(QLatin1Char('-'), 0, 0).toLongLong();
            query.maxPrice = value.section(QLatin1Char('-'), 1, 1).toLongLong();
        } else if (kind == QLatin1String("amenities"))
            query.amenities = value.split(QLatin1Char(','));
        else if (kind == QLatin1String("type"))
            query.propertyType = value;
        else if (kind == QLatin1String("instant"))
            query.instantBookOnly = true;
        QCOMPARE(countFor(query, *m_store), expectedRows);
    }

    void datesExcludeBlocksAndOwnBookings()
    {
        const QDate in(2027, 3, 10);
        const QDate out(2027, 3, 12);
        client::ListingQuery query;
        query.text = QStringLiteral("Faro"); // listings 2, 6, 10, …
        query.checkIn = in;
        query.checkOut = out;
        // Listings 2, 10, 18, … allow at most 3 nights; a 2-night stay fits them all.
        const int before = countFor(query, *m_store);
        QCOMPARE(before, expected([](int i) { return i % 4 == 2; }));

        auto block = [](const QString& id, int listingIndex, const QDate& start, const QDate& end) {
            return QJsonObject { { QStringLiteral("id"), id },
                { QStringLiteral("listing_id"), listingId(listingIndex) },
                { QStringLiteral("start_date"), start.toString(Qt::ISODate) },
                { QStringLiteral("end_date"), end.toString(Qt::ISODate) } };
        };
        auto booking = [](const QString& id, int listingIndex, const QDate& start, const QDate& end,
                           const QString& status) {
            return QJsonObject { { QStringLiteral("id"), id },
                { QStringLiteral("listing_id"), listingId(listingIndex) },
                { QStringLiteral("check_in"), start.toString(Qt::ISODate) },
                { QStringLiteral("check_out"), end.toString(Qt::ISODate) }, { QStringLiteral("status"), status } };
        };
        QVERIFY(
            write(QStringLiteral("block"), block(idToString(newId()), 2, in.addDays(1), in.addDays(5)))); // overlaps
        QVERIFY(write(QStringLiteral("block"), block(idToString(newId()), 6, out, out.addDays(3)))); // adjacent
        QVERIFY(write(QStringLiteral("booking"),
            booking(idToString(newId()), 10, in.addDays(-2), in.addDays(1),
                QStringLiteral("confirmed")))); // overlaps
        QVERIFY(write(QStringLiteral("booking"),
            booking(idToString(newId()), 14, in, out,
                QStringLiteral("cancelled")))); // frees
        QCOMPARE(countFor(query, *m_store), before - 2);

        query.checkOut = in.addDays(5); // 5 nights: listings allowing at most 3 drop out
        QCOMPARE(countFor(query, *m_store), before - 2 - expected([](int i) {
            return i % 8 == 2 && i != 2 && i != 10;
        }) - 1 /* 6's block now overlaps */);
    }

    void ordersByRatingWithUnratedLast()
    {
        ListingSearchModel model(*m_store, nullptr);
        client::ListingQuery query;
        query.sort = client::ListingQuery::Sort::Rating;
        model.setQuery(query);
        fetchAll(model);
        QCOMPARE(model.index(0).data(ListingSearchModel::RatingTextRole).toString().left(5), QStringLiteral("★ 4.9"));
        QCOMPARE(model.index(model.rowCount() - 1).data(ListingSearchModel::RatingTextRole).toString(),
            QStringLiteral("New"));

        query.sort = client::ListingQuery::Sort::Newest;
        model.setQuery(query);
        QCOMPARE(model.index(0).data(ListingSearchModel::IdRole).toString(), listingId(998));
        query.sort = client::ListingQuery::Sort::PriceDescending;
        model.setQuery(query);
        QCOMPARE(model.index(0).data(ListingSearchModel::NightlyPriceRole).toLongLong(), 5000 + 49 * 100);
    }

    void reloadKeepsTheLoadedRowsAndSeesChanges()
    {
        // No tester here: it fetches every page itself, and this counts the pages a view asked for.
        ListingSearchModel model(*m_store, nullptr);
        client::ListingQuery query;
        query.sort = client::ListingQuery::Sort::PriceAscending;
        model.setQuery(query);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * ListingSearchModel::kPageSize);

        QJsonObject cheapest = listing(1);
        cheapest.insert(QStringLiteral("nightly_price"), 100);
        cheapest.insert(QStringLiteral("title"), QStringLiteral("Now the cheapest"));
        QVERIFY(write(QStringLiteral("listing"), cheapest));
        model.reload();
        QCOMPARE(model.rowCount(), 2 * ListingSearchModel::kPageSize);
        QCOMPARE(model.index(0).data(ListingSearchModel::TitleRole).toString(), QStringLiteral("Now the cheapest"));
        QVERIFY(write(QStringLiteral("listing"), listing(1)));
    }
};

QTEST_MAIN(TestListingSearchModel)
#include "tst_listingsearchmodel.moc"
