// SPDX-License-Identifier: Apache-2.0
// Trips against a real server: a confirmed stay's cancellation shows the refund the rules give
// (a strict policy refunds half a week ahead) before confirming, then cancels on the server with
// that refund; a booking waiting for its payment is paid from Trips.
#include "BookingApi.h"
#include "GuestAppFixture.h"
#include "common/Format.h"
#include "guest/TripsModel.h"
#include "guest/TripsView.h"
#include "roost/Money.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>

using namespace roost;
using namespace roost::test;

namespace {

constexpr int kTimeout = 30'000;

QDialog* openDialog(QWidget* root, const char* name)
{
    QDialog* dialog = nullptr;
    const bool shown
        = QTest::qWaitFor([&] { return (dialog = child<QDialog>(root, name)) && dialog->isVisible(); }, kTimeout);
    return shown ? dialog : nullptr;
}

} // namespace

class TestTripsView : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    QTemporaryDir m_dir;
    TestUser m_host;
    TestUser m_guest;
    QString m_listingId;

    /// A booking of the guest over HTTP, `startIn` days ahead, optionally paid.
    QJsonObject book(int startIn, bool pay)
    {
        BookingApi api(m_api.http());
        const HttpReply booking = api.book(m_guest, m_listingId, fromToday(startIn), fromToday(startIn + 3));
        if (booking.status != 201)
            return {};
        const QString id = booking.json().value(QStringLiteral("id")).toString();
        if (pay && api.pay(m_guest, id).status != 201)
            return {};
        return api.booking(m_guest, id);
    }

    static bool select(app::TripsView& view, const QString& bookingId)
    {
        auto* list = child<QTreeView>(&view, "upcomingTripsView");
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (index.data(app::TripsModel::BookingIdRole).toString() == bookingId) {
                list->setFocus();
                list->setCurrentIndex(index);
                return view.selectedBooking() == bookingId;
            }
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_api.start());
        m_host = m_api.registerUser(QStringLiteral("Trips Host"));
        m_guest = m_api.registerUser(QStringLiteral("Trips Guest"));
        m_listingId = m_api
                          .createListing(m_host,
                              { { QStringLiteral("instant_book"), true },
                                  { QStringLiteral("cancellation_policy"), QStringLiteral("strict") } })
                          .value(QStringLiteral("id"))
                          .toString();
        QVERIFY(!m_listingId.isEmpty());
    }

    void cancelShowsTheRefundThenCancels()
    {
        const QJsonObject booking = book(30, true);
        QCOMPARE(booking.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
        const QString id = booking.value(QStringLiteral("id")).toString();
        const QJsonObject price = booking.value(QStringLiteral("price")).toObject();
        const qint64 total = price.value(QStringLiteral("total")).toInteger();
        const qint64 half = Money::percentHalfUp(total, 50); // strict, more than 7 days ahead

        GuestApp app;
        QVERIFY(app.startSignedIn(m_dir.filePath(QStringLiteral("cancel.sqlite")), m_api.server().baseUrl(), m_guest));
        app::TripsView view(*app.context);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(select(view, id), kTimeout);
        QCOMPARE(
            view.upcoming()->index(0, app::TripsModel::StatusColumn).data().toString(), QStringLiteral("Confirmed"));
        auto* cancel = child<QPushButton>(&view, "cancelTripButton");
        QVERIFY(cancel->isEnabled());
        QVERIFY(!child<QPushButton>(&view, "payTripButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&view, "reviewTripButton")->isEnabled()); // not stayed yet
        QTest::mouseClick(cancel, Qt::LeftButton);

        QDialog* dialog = openDialog(&view, "cancelDialog");
        QVERIFY(dialog);
        auto* refund = child<QLabel>(dialog, "refundLabel");
        QCOMPARE(refund->property("refund").toLongLong(), half);
        QVERIFY(refund->text().contains(app::formatMoney(half, QStringLiteral("EUR"))));
        QTest::keyClicks(child<QLineEdit>(dialog, "cancelReasonEdit"), QStringLiteral("plans changed"));
        QTest::mouseClick(child<QPushButton>(dialog, "confirmCancelButton"), Qt::LeftButton);

        // Cancelled here at once, then on the server once the outbox is through.
        QTRY_VERIFY_WITH_TIMEOUT(app.client.field(QStringLiteral("booking"), id, QStringLiteral("status")).toString()
                    == QLatin1String("cancelled")
                && app.client.stateOf(QStringLiteral("booking"), id) == client::SyncState::Synced,
            kTimeout);
        const QJsonObject onServer
            = m_api.http().get(QStringLiteral("/api/v1/bookings/") + id, m_guest.accessToken).json();
        QCOMPARE(onServer.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(onServer.value(QStringLiteral("refund_amount")).toInteger(), half);
        QTRY_COMPARE_WITH_TIMEOUT(view.upcoming()->index(0, app::TripsModel::StatusColumn).data().toString(),
            QStringLiteral("Cancelled"), kTimeout);
        QVERIFY(!cancel->isEnabled());
    }

    void aBookingAwaitingPaymentIsPaidFromTrips()
    {
        const QJsonObject booking = book(70, false);
        const QString id = booking.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        GuestApp app;
        QVERIFY(app.startSignedIn(m_dir.filePath(QStringLiteral("pay.sqlite")), m_api.server().baseUrl(), m_guest));
        app::TripsView view(*app.context);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(select(view, id), kTimeout);
        auto* pay = child<QPushButton>(&view, "payTripButton");
        QVERIFY(pay->isEnabled());
        QTest::mouseClick(pay, Qt::LeftButton);
        QDialog* dialog = openDialog(&view, "paymentDialog");
        QVERIFY(dialog);
        fillCard(dialog, QStringLiteral("4242424242424242"));
        QTest::mouseClick(child<QPushButton>(dialog, "payButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app.client.field(QStringLiteral("booking"), id, QStringLiteral("status")).toString(),
            QStringLiteral("confirmed"), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!pay->isEnabled(), kTimeout);
    }
};

QTEST_MAIN(TestTripsView)
#include "tst_tripsview.moc"
