// SPDX-License-Identifier: Apache-2.0
// A guest's whole way through the app against a real server: sign up through the engine, find
// the listing in Explore, open it, book, have a card declined (nothing charged), pay, and see
// the trip confirmed in Trips; and a request to book that ends waiting for the host.
#include "GuestAppFixture.h"
#include "guest/BookingPanel.h"
#include "guest/ExploreView.h"
#include "guest/ListingPage.h"
#include "guest/TripsModel.h"
#include "guest/TripsView.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>

using namespace roost;
using namespace roost::test;

namespace {

constexpr int kTimeout = 30'000;

} // namespace

class TestGuestJourney : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    QTemporaryDir m_dir;
    int m_guests = 0;

    /// A new account made through the engine, as the app's sign-up does.
    bool signUp(GuestApp& app, QString& email, QString& password)
    {
        app.client.cachePath = m_dir.filePath(QStringLiteral("guest%1.sqlite").arg(++m_guests));
        if (!app.start(m_api.server().baseUrl()))
            return false;
        email = QStringLiteral("journey%1@example.com").arg(m_guests);
        password = QStringLiteral("correct horse battery");
        QSignalSpy signedIn(&app.engine(), &client::SyncEngine::signedIn);
        app.engine().signUp(email, password, QStringLiteral("Journey Guest"));
        return signedIn.wait(kTimeout);
    }

    /// Explore → type the city → activate the one card → the page (as the window would wire it).
    static bool openFromExplore(GuestApp& app, app::ListingPage& page, const QString& city)
    {
        app::ExploreView explore(*app.context);
        QObject::connect(app.context.get(), &app::AppContext::listingRequested, &page, &app::ListingPage::showListing);
        explore.show();
        auto* results = child<QListView>(&explore, "resultsView");
        QTest::keyClicks(child<QLineEdit>(&explore, "searchEdit"), city);
        if (!QTest::qWaitFor([&] { return results->model()->rowCount() == 1; }, kTimeout))
            return false;
        results->setCurrentIndex(results->model()->index(0, 0));
        results->setFocus();
        QTest::keyClick(results, Qt::Key_Return);
        return !page.listingId().isEmpty();
    }

private slots:
    void initTestCase() { QVERIFY(m_api.start()); }

    void signUpSearchBookDeclinedThenPaidAndConfirmedInTrips()
    {
        const TestUser host = m_api.registerUser(QStringLiteral("Journey Host"));
        const QString listingId = m_api
                                      .createListing(host,
                                          { { QStringLiteral("city"), QStringLiteral("Ghent") },
                                              { QStringLiteral("country"), QStringLiteral("BE") },
                                              { QStringLiteral("instant_book"), true } })
                                      .value(QStringLiteral("id"))
                                      .toString();
        QVERIFY(!listingId.isEmpty());
        GuestApp app;
        QString email;
        QString password;
        QVERIFY(signUp(app, email, password));
        QTRY_VERIFY_WITH_TIMEOUT(app.client.has(QStringLiteral("listing"), listingId), kTimeout);
        const QByteArray token
            = m_api.http()
                  .post(QStringLiteral("/api/v1/auth/login"),
                      { { QStringLiteral("email"), email }, { QStringLiteral("password"), password } })
                  .json()
                  .value(QStringLiteral("access_token"))
                  .toString()
                  .toUtf8();
        QVERIFY(!token.isEmpty());

        app::ListingPage page(*app.context);
        page.show();
        QVERIFY(openFromExplore(app, page, QStringLiteral("ghent")));
        QCOMPARE(page.listingId(), listingId);
        page.bookingPanel()->setStay(fromToday(30), fromToday(33), 2);
        auto* book = child<QPushButton>(&page, "bookButton");
        QVERIFY(book->isEnabled());
        QTest::mouseClick(book, Qt::LeftButton);
        const QString bookingId = page.bookingPanel()->bookingId();
        QVERIFY(!bookingId.isEmpty());
        auto* form = child<QWidget>(&page, "paymentForm");
        QTRY_VERIFY_WITH_TIMEOUT(form->isVisible(), kTimeout); // the server holds the dates now
        QVERIFY(child<QLabel>(&page, "bookingStatusLabel")->text().contains(QStringLiteral("held")));

        fillCard(&page, QStringLiteral("4000000000000002"));
        QTest::mouseClick(child<QPushButton>(form, "payButton"), Qt::LeftButton);
        auto* error = child<QLabel>(form, "paymentError");
        QTRY_VERIFY_WITH_TIMEOUT(error->text().contains(QStringLiteral("declined")), kTimeout);
        QVERIFY(error->text().contains(QStringLiteral("Nothing was charged")));
        const QJsonArray attempts
            = m_api.http().get(QStringLiteral("/api/v1/payments?booking_id=") + bookingId, token).items();
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(m_api.http()
                     .get(QStringLiteral("/api/v1/bookings/") + bookingId, token)
                     .json()
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("pending_payment"));

        fillCard(&page, QStringLiteral("4242424242424242"));
        QTest::mouseClick(child<QPushButton>(form, "payButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(&page, "bookingStatusLabel")->text().startsWith(QStringLiteral("Confirmed")), kTimeout);
        QCOMPARE(m_api.http().get(QStringLiteral("/api/v1/payments?booking_id=") + bookingId, token).items().size(), 2);

        app::TripsView trips(*app.context);
        QTRY_COMPARE_WITH_TIMEOUT(trips.upcoming()->rowCount(), 1, kTimeout);
        const QModelIndex trip = trips.upcoming()->index(0, 0);
        QCOMPARE(trip.data(app::TripsModel::BookingIdRole).toString(), bookingId);
        QCOMPARE(trip.data(app::TripsModel::StatusRole).toString(), QStringLiteral("confirmed"));
        QCOMPARE(trips.upcoming()->index(0, app::TripsModel::SyncColumn).data().toString(), QString());
    }

    void aRequestToBookWaitsForTheHost()
    {
        const TestUser host = m_api.registerUser(QStringLiteral("Request Host"));
        const QString listingId = m_api
                                      .createListing(host,
                                          { { QStringLiteral("city"), QStringLiteral("Namur") },
                                              { QStringLiteral("country"), QStringLiteral("BE") },
                                              { QStringLiteral("instant_book"), false } })
                                      .value(QStringLiteral("id"))
                                      .toString();
        GuestApp app;
        QString email;
        QString password;
        QVERIFY(signUp(app, email, password));
        QTRY_VERIFY_WITH_TIMEOUT(app.client.has(QStringLiteral("listing"), listingId), kTimeout);
        app::ListingPage page(*app.context);
        page.show();
        QVERIFY(openFromExplore(app, page, QStringLiteral("Namur")));
        auto* book = child<QPushButton>(&page, "bookButton");
        QCOMPARE(book->text(), QStringLiteral("&Request to book"));
        page.bookingPanel()->setStay(fromToday(60), fromToday(62), 1);
        QTest::mouseClick(book, Qt::LeftButton);
        auto* form = child<QWidget>(&page, "paymentForm");
        QTRY_VERIFY_WITH_TIMEOUT(form->isVisible(), kTimeout);
        fillCard(&page, QStringLiteral("4242424242424242"));
        QTest::mouseClick(child<QPushButton>(form, "payButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(&page, "bookingStatusLabel")->text().contains(QStringLiteral("host's answer (24 h)")),
            kTimeout);
    }
};

QTEST_MAIN(TestGuestJourney)
#include "tst_guestjourney.moc"
