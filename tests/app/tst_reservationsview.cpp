// SPDX-License-Identifier: Apache-2.0
// The host's reservations against a real roost-server: a paid request to book waits with the
// time left to answer it; accepting confirms the guest's booking, declining declines it; the
// confirmed stay is upcoming, and a guest's cancellation shows with its reason.
#include "HostViewFixture.h"
#include "host/ObjectTableModel.h"
#include "host/ReservationsView.h"
#include "roost/Booking.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QTableView>

using namespace roost;
using namespace roost::test;
using namespace roost::app;

class TestReservationsView : public QObject
{
    Q_OBJECT

private:
    HostWorld m_world;
    TestUser m_guest;
    QString m_listingId;
    std::unique_ptr<BookingApi> m_bookings;
    int m_week = 0;

    /// A paid request to book (the listing is not instant book): awaiting the host.
    QString request()
    {
        const QDate in = BookingApi::today().addDays(14 + 7 * m_week++);
        const HttpReply booked = m_bookings->book(m_guest, m_listingId, in, in.addDays(3), 2);
        const QString id = booked.json().value(QStringLiteral("id")).toString();
        if (booked.status != 201 || m_bookings->pay(m_guest, id).status != 201)
            return {};
        return id;
    }

    QString guestSees(const QString& id)
    {
        return m_bookings->booking(m_guest, id).value(QStringLiteral("status")).toString();
    }

    void answer(ReservationsView& view, const QString& id, const char* button)
    {
        auto* table = child<QTableView>(&view, "requestsTable");
        QTRY_VERIFY_WITH_TIMEOUT(view.requests()->rowOf(id) >= 0, kTimeout);
        table->selectRow(view.requests()->rowOf(id));
        auto* b = child<QPushButton>(&view, button);
        QVERIFY(b->isEnabled());
        QTest::mouseClick(b, Qt::LeftButton);
        QVERIFY(!b->isEnabled()); // queued: no second answer
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_world.start(QStringLiteral("Answering Host")));
        m_guest = m_world.api.registerUser(QStringLiteral("Asking Guest"));
        m_listingId = m_world.api.createListing(m_world.host).value(QStringLiteral("id")).toString();
        m_bookings = std::make_unique<BookingApi>(m_world.api.http());
    }

    void acceptConfirmsTheGuestsBooking()
    {
        const QString id = request();
        QVERIFY(!id.isEmpty());
        ReservationsView view(*m_world.app.context);
        QAbstractItemModelTester tester(view.requests(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester upcomingTester(
            view.upcoming(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.show();
        QVERIFY(m_world.app.client.sync());
        QTRY_VERIFY_WITH_TIMEOUT(view.requests()->rowOf(id) >= 0, kTimeout);

        // The time left is libroost's 24 h from the payment, so a fresh request has 23–24 h.
        const int row = view.requests()->rowOf(id);
        const QString left = view.requests()->index(row, 5).data().toString();
        QVERIFY2(left.startsWith(QStringLiteral("23 h")) || left.startsWith(QStringLiteral("24 h")), qPrintable(left));
        const QDateTime deadline = ReservationsView::respondBy(*view.requests()->objectAt(row));
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(deadline) - BookingTimes::kHostResponseSeconds) < 600);
        QCOMPARE(view.requests()->index(row, 0).data().toString(), QStringLiteral("Asking Guest"));

        answer(view, id, "acceptButton");
        QVERIFY(m_world.app.client.sync());
        QTRY_COMPARE_WITH_TIMEOUT(guestSees(id), QStringLiteral("confirmed"), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(view.requests()->rowOf(id), -1, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(view.upcoming()->rowOf(id) >= 0, kTimeout);
    }

    void declineDeclinesIt()
    {
        const QString id = request();
        QVERIFY(!id.isEmpty());
        ReservationsView view(*m_world.app.context);
        view.show();
        QVERIFY(m_world.app.client.sync());
        answer(view, id, "declineButton");
        QVERIFY(m_world.app.client.sync());
        QTRY_COMPARE_WITH_TIMEOUT(guestSees(id), QStringLiteral("declined"), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(view.requests()->rowOf(id), -1, kTimeout);
        QCOMPARE(view.upcoming()->rowOf(id), -1);
    }

    void cancellationsShowTheirReason()
    {
        const QString id = request();
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_bookings->act(m_world.host, id, QStringLiteral("accept")).status, 200);
        const HttpReply cancelled = m_world.api.http().post(QStringLiteral("/api/v1/bookings/%1/cancel").arg(id),
            { { QStringLiteral("reason"), QStringLiteral("Flight cancelled") } }, m_guest.accessToken);
        QCOMPARE(cancelled.status, 200);
        ReservationsView view(*m_world.app.context);
        QAbstractItemModelTester tester(view.cancellations(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_world.app.client.sync());
        QTRY_VERIFY_WITH_TIMEOUT(view.cancellations()->rowOf(id) >= 0, kTimeout);
        QCOMPARE(view.cancellations()->index(view.cancellations()->rowOf(id), 3).data().toString(),
            QStringLiteral("Flight cancelled"));
        QCOMPARE(view.upcoming()->rowOf(id), -1);
    }
};

QTEST_MAIN(TestReservationsView)
#include "tst_reservationsview.moc"
