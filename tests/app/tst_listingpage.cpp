// SPDX-License-Identifier: Apache-2.0
// A listing's page against a real server: its quote is the server's quote, taken nights come
// from the cache (blocks) and from the server (other guests' bookings), the host's profile and
// photos show, a booking made offline waits for the network, and a payment retried with the
// same card reuses its Idempotency-Key.
#include "GuestAppFixture.h"
#include "guest/BookingPanel.h"
#include "guest/ListingPage.h"
#include "guest/PaymentForm.h"
#include "roost/Quote.h"

#include <QBuffer>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace roost;
using namespace roost::test;

namespace {

constexpr int kTimeout = 30'000;

QByteArray pngBytes(Qt::GlobalColor color)
{
    QImage image(60, 40, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestListingPage : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    QTemporaryDir m_dir;
    TestUser m_host;
    TestUser m_guest;
    QString m_listingId;
    GuestApp m_app;

private slots:
    void initTestCase()
    {
        QVERIFY(m_api.start());
        m_host = m_api.registerUser(QStringLiteral("Quote Host"));
        m_guest = m_api.registerUser(QStringLiteral("Quote Guest"));
        // Odd amounts and both discounts, so every rounding of the quote is exercised.
        m_listingId
            = m_api
                  .createListing(m_host,
                      { { QStringLiteral("nightly_price"), 12345 }, { QStringLiteral("cleaning_fee"), 2999 },
                          { QStringLiteral("weekly_discount_pct"), 7 }, { QStringLiteral("monthly_discount_pct"), 13 },
                          { QStringLiteral("instant_book"), true } })
                  .value(QStringLiteral("id"))
                  .toString();
        QVERIFY(!m_listingId.isEmpty());
        for (Qt::GlobalColor color : { Qt::red, Qt::blue }) {
            const HttpReply photo
                = m_api.http().send("POST", QStringLiteral("/api/v1/listings/%1/photos").arg(m_listingId),
                    pngBytes(color), "image/png", m_host.accessToken);
            QCOMPARE(photo.status, 201);
        }
        QCOMPARE(m_api.http()
                     .post(QStringLiteral("/api/v1/listings/%1/blocks").arg(m_listingId),
                         { { QStringLiteral("start_date"), dateFromToday(40) },
                             { QStringLiteral("end_date"), dateFromToday(42) } },
                         m_host.accessToken)
                     .status,
            201);
        // Another guest's booking: private to them and the host, so only the server's availability knows it.
        const TestUser other = m_api.registerUser(QStringLiteral("Other Guest"));
        QCOMPARE(
            m_api.http()
                .post(QStringLiteral("/api/v1/bookings"),
                    { { QStringLiteral("listing_id"), m_listingId }, { QStringLiteral("check_in"), dateFromToday(50) },
                        { QStringLiteral("check_out"), dateFromToday(52) }, { QStringLiteral("guests"), 1 } },
                    other.accessToken)
                .status,
            201);

        QVERIFY(m_app.startSignedIn(m_dir.filePath(QStringLiteral("guest.sqlite")), m_api.server().baseUrl(), m_guest));
        QTRY_VERIFY_WITH_TIMEOUT(m_app.client.has(QStringLiteral("listing"), m_listingId), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_app.client.has(QStringLiteral("user"), m_host.id), kTimeout);
    }

    void quoteEqualsTheServersQuote_data()
    {
        QTest::addColumn<int>("startIn");
        QTest::addColumn<int>("nights");
        QTest::addColumn<int>("guests");
        QTest::newRow("two nights") << 10 << 2 << 1;
        QTest::newRow("a week: weekly discount") << 60 << 7 << 2;
        QTest::newRow("a month: monthly discount") << 100 << 30 << 4;
    }

    void quoteEqualsTheServersQuote()
    {
        QFETCH(int, startIn);
        QFETCH(int, nights);
        QFETCH(int, guests);
        app::ListingPage page(*m_app.context);
        page.showListing(m_listingId);
        auto* panel = page.bookingPanel();
        panel->setStay(fromToday(startIn), fromToday(startIn + nights), guests);
        QVERIFY(panel->quote());

        const HttpReply server = m_api.http().post(QStringLiteral("/api/v1/listings/%1/quote").arg(m_listingId),
            { { QStringLiteral("check_in"), dateFromToday(startIn) },
                { QStringLiteral("check_out"), dateFromToday(startIn + nights) },
                { QStringLiteral("guests"), guests } });
        QCOMPARE(server.status, 200);
        QJsonObject expected = server.json();
        expected.remove(QStringLiteral("available"));
        QJsonObject shown = quoteToJson(*panel->quote(), true);
        shown.remove(QStringLiteral("available"));
        QCOMPARE(shown, expected);
        QVERIFY(child<QLabel>(&page, "quoteLabel")->text().contains(QStringLiteral("Total")));
    }

    void showsDetailsHostPhotosAndTakenNights()
    {
        app::ListingPage page(*m_app.context);
        QSignalSpy availability(&page, &app::ListingPage::availabilityLoaded);
        page.show();
        page.showListing(m_listingId);
        QVERIFY(child<QLabel>(&page, "listingHost")->text().contains(QStringLiteral("Quote Host")));
        QVERIFY(child<QLabel>(&page, "listingAmenities")->text().contains(QStringLiteral("Wi-Fi")));
        QCOMPARE(child<QPushButton>(&page, "bookButton")->text(), QStringLiteral("&Book"));
        QCOMPARE(child<QLabel>(&page, "photoPosition")->text(), QStringLiteral("1 / 2"));
        QTest::mouseClick(child<QPushButton>(&page, "nextPhotoButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(&page, "photoPosition")->text(), QStringLiteral("2 / 2"));
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(&page, "galleryImage")->pixmap().isNull(), kTimeout);

        auto* calendar = child<QCalendarWidget>(&page, "availabilityCalendar");
        QVERIFY(calendar->dateTextFormat(fromToday(40)).fontStrikeOut()); // the host's block, from the cache
        QVERIFY(!calendar->dateTextFormat(fromToday(42)).fontStrikeOut()); // the block's end is free
        QTRY_VERIFY_WITH_TIMEOUT(!availability.isEmpty(), kTimeout); // it may have come while the photo loaded
        QCOMPARE(availability.first().first().toBool(), true);
        QVERIFY(calendar->dateTextFormat(fromToday(51)).fontStrikeOut()); // another guest's, from the server

        page.bookingPanel()->setStay(fromToday(49), fromToday(51), 1);
        QVERIFY(!child<QPushButton>(&page, "bookButton")->isEnabled());
        QVERIFY(child<QLabel>(&page, "quoteLabel")->text().contains(QStringLiteral("not available")));
    }

    void offlineBookingWaitsAndPaymentRetriesKeepTheirKey()
    {
        GuestApp offline;
        QVERIFY(
            offline.startSignedIn(m_dir.filePath(QStringLiteral("offline.sqlite")), m_api.server().baseUrl(), m_guest));
        QTRY_VERIFY_WITH_TIMEOUT(offline.client.has(QStringLiteral("listing"), m_listingId), kTimeout);
        QVERIFY(offline.start(urlOfPort(closedPort())));
        app::ListingPage page(*offline.context);
        page.show();
        page.showListing(m_listingId);
        page.bookingPanel()->setStay(fromToday(20), fromToday(23), 2);
        QTest::mouseClick(child<QPushButton>(&page, "bookButton"), Qt::LeftButton);
        QVERIFY(!page.bookingPanel()->bookingId().isEmpty());
        QVERIFY(child<QLabel>(&page, "bookingStatusLabel")
                    ->text()
                    .contains(QStringLiteral("payment follows once you are online")));
        QVERIFY(offline.client.has(QStringLiteral("booking"), page.bookingPanel()->bookingId()));

        // The form itself, offline: every attempt fails on the network, and the same card is the
        // same attempt (one key) until the card changes.
        app::PaymentForm form(*offline.context);
        form.setBooking(page.bookingPanel()->bookingId());
        fillCard(&form, QStringLiteral("4242 4242 4242 4242"));
        auto* error = child<QLabel>(&form, "paymentError");
        form.pay();
        QTRY_VERIFY_WITH_TIMEOUT(error->text().contains(QStringLiteral("never charged twice")), kTimeout);
        const QString firstKey = form.attemptKey();
        QVERIFY(!firstKey.isEmpty());
        form.pay();
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(&form, "payButton")->isEnabled(), kTimeout);
        QCOMPARE(form.attemptKey(), firstKey);
        child<QLineEdit>(&form, "cardNumberEdit")->setText(QStringLiteral("5555555555554444"));
        form.pay();
        QVERIFY(form.attemptKey() != firstKey);

        // The card rules are libroost's: a failed Luhn check never leaves the form.
        child<QLineEdit>(&form, "cardNumberEdit")->setText(QStringLiteral("4242424242424241"));
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(&form, "payButton")->isEnabled(), kTimeout);
        const QString lastKey = form.attemptKey();
        form.pay();
        QVERIFY(error->text().contains(QStringLiteral("card_number")));
        QCOMPARE(form.attemptKey(), lastKey);
    }
};

QTEST_MAIN(TestListingPage)
#include "tst_listingpage.moc"
