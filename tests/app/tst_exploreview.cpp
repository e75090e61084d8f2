// SPDX-License-Identifier: Apache-2.0
// Explore against a real server: listings a host created over HTTP reach the guest's cache by
// sync and show as cards; typing a city narrows them; activating a card asks for the listing;
// and the same cache answers with the server gone.
#include "GuestAppFixture.h"
#include "guest/ExploreView.h"
#include "guest/ListingSearchModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>

using namespace roost;
using namespace roost::test;
using app::ListingSearchModel;

namespace {

constexpr int kTimeout = 30'000;

} // namespace

class TestExploreView : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    QTemporaryDir m_dir;
    TestUser m_host;
    QString m_bergenId;

private slots:
    void initTestCase()
    {
        QVERIFY(m_api.start());
        m_host = m_api.registerUser(QStringLiteral("Explore Host"));
        for (const char* city : { "Bergen", "Tromsø", "Oslo" }) {
            const QJsonObject created = m_api.createListing(m_host,
                { { QStringLiteral("city"), QString::fromUtf8(city) },
                    { QStringLiteral("country"), QStringLiteral("NO") },
                    { QStringLiteral("title"), QStringLiteral("Fjord view in %1").arg(QString::fromUtf8(city)) },
                    { QStringLiteral("instant_book"), QString::fromUtf8(city) == QLatin1String("Oslo") } });
            QVERIFY(!created.isEmpty());
            if (QString::fromUtf8(city) == QLatin1String("Bergen"))
                m_bergenId = created.value(QStringLiteral("id")).toString();
        }
        // A draft is the host's own business: never a guest's search result.
        QVERIFY(!m_api
                     .createListing(m_host,
                         { { QStringLiteral("city"), QStringLiteral("Bergen") },
                             { QStringLiteral("status"), QStringLiteral("draft") } })
                     .isEmpty());
    }

    void typingACityShowsItsCardsAndOpensOne()
    {
        GuestApp guest;
        guest.client.cachePath = m_dir.filePath(QStringLiteral("guest.sqlite"));
        QVERIFY(guest.start(m_api.server().baseUrl()));
        QVERIFY(guest.client.signIn(m_api.registerUser(QStringLiteral("Explorer"))));
        QTRY_VERIFY_WITH_TIMEOUT(guest.client.has(QStringLiteral("listing"), m_bergenId), kTimeout);

        app::ExploreView view(*guest.context);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto* results = child<QListView>(&view, "resultsView");
        auto* search = child<QLineEdit>(&view, "searchEdit");
        QVERIFY(results && search);
        QTRY_COMPARE_WITH_TIMEOUT(results->model()->rowCount(), 3, kTimeout);

        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("bergen"));
        QTRY_COMPARE_WITH_TIMEOUT(results->model()->rowCount(), 1, kTimeout);
        const QModelIndex card = results->model()->index(0, 0);
        QCOMPARE(card.data(ListingSearchModel::CityRole).toString(), QStringLiteral("Bergen"));
        QVERIFY(card.data(ListingSearchModel::PriceTextRole).toString().contains(QStringLiteral("120")));
        QVERIFY(child<QLabel>(&view, "resultsLabel")->text().contains(QLatin1Char('1')));

        QSignalSpy requested(guest.context.get(), &app::AppContext::listingRequested);
        results->setCurrentIndex(card);
        results->setFocus();
        QTest::keyClick(results, Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), m_bergenId);

        search->clear();
        child<QCheckBox>(&view, "instantBookCheck")->setChecked(true);
        QTRY_COMPARE_WITH_TIMEOUT(results->model()->index(0, 0).data(ListingSearchModel::CityRole).toString(),
            QStringLiteral("Oslo"), kTimeout);
        QCOMPARE(results->model()->rowCount(), 1);

        QTest::keyClicks(search, QStringLiteral("Lima"));
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(&view, "resultsLabel")->text().startsWith(QStringLiteral("No listings")), kTimeout);
    }

    void worksOfflineFromTheCache()
    {
        GuestApp guest;
        guest.client.cachePath = m_dir.filePath(QStringLiteral("guest.sqlite")); // synced above
        QVERIFY(guest.start(urlOfPort(closedPort())));
        app::ExploreView view(*guest.context);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto* results = child<QListView>(&view, "resultsView");
        QCOMPARE(results->model()->rowCount(), 3);
        child<QLineEdit>(&view, "searchEdit")->setText(QStringLiteral("Tromsø"));
        QTRY_COMPARE_WITH_TIMEOUT(results->model()->rowCount(), 1, kTimeout);
        auto* sort = child<QComboBox>(&view, "sortCombo");
        sort->setCurrentIndex(sort->findData(int(client::ListingQuery::Sort::PriceDescending)));
        QTRY_COMPARE_WITH_TIMEOUT(results->model()->rowCount(), 1, kTimeout);
    }
};

QTEST_MAIN(TestExploreView)
#include "tst_exploreview.moc"
