// SPDX-License-Identifier: Apache-2.0
// The host's calendar against a real roost-server: a range chosen with the keyboard is blocked
// on the server and unblocked again; a booking's day shows its details.
#include "HostViewFixture.h"
#include "host/HostCalendarView.h"
#include "host/MonthGrid.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace roost;
using namespace roost::test;
using namespace roost::app;

class TestHostCalendarView : public QObject
{
    Q_OBJECT

private:
    HostWorld m_world;
    QString m_listingId;

    /// The server's availability of each day of [from, from + days).
    QList<bool> available(const QDate& from, int days)
    {
        const HttpReply reply = m_world.api.http().get(
            QStringLiteral("/api/v1/listings/%1/availability?from=%2&to=%3")
                .arg(m_listingId, BookingApi::text(from), BookingApi::text(from.addDays(days))));
        QList<bool> out;
        for (const QJsonValue& day : reply.json().value(QStringLiteral("days")).toArray())
            out.append(day.toObject().value(QStringLiteral("available")).toBool());
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_world.start(QStringLiteral("Calendar Host")));
        m_listingId = m_world.api.createListing(m_world.host).value(QStringLiteral("id")).toString();
        QVERIFY(!m_listingId.isEmpty());
        // A sync that was already running when the listing was made may finish without it.
        QVERIFY(m_world.app.client.sync());
        QTRY_VERIFY_WITH_TIMEOUT(m_world.app.client.has(QStringLiteral("listing"), m_listingId), kTimeout);
    }

    void blockAndUnblockARange()
    {
        HostCalendarView view(*m_world.app.context);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showListing(m_listingId);
        QCOMPARE(view.listingId(), m_listingId);

        // Ten days ahead, then Shift+Right twice: three days selected, the month turning if needed.
        const QDate first = m_world.app.clock.today().addDays(10);
        MonthGrid* grid = view.grid();
        grid->setFocus();
        grid->select(first.addDays(-1), first.addDays(-1));
        QTest::keyClick(grid, Qt::Key_Right);
        QTest::keyClick(grid, Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(grid, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(grid->selectionStart(), first);
        QCOMPARE(grid->selectionEnd(), first.addDays(2));

        QTest::keyClicks(child<QLineEdit>(&view, "blockNoteEdit"), QStringLiteral("Painters"));
        QTest::mouseClick(child<QPushButton>(&view, "blockButton"), Qt::LeftButton);
        QVERIFY(grid->blockOn(first));
        QCOMPARE(grid->blockOn(first)->label, QStringLiteral("Painters"));
        QVERIFY(m_world.app.client.sync());
        QTRY_COMPARE_WITH_TIMEOUT(
            available(first.addDays(-1), 5), (QList<bool> { true, false, false, false, true }), kTimeout);

        // Selecting one day of the block and unblocking frees the whole block.
        grid->select(first.addDays(1), first.addDays(1));
        QTest::mouseClick(child<QPushButton>(&view, "unblockButton"), Qt::LeftButton);
        QVERIFY(!grid->blockOn(first));
        QVERIFY(m_world.app.client.sync());
        QTRY_COMPARE_WITH_TIMEOUT(
            available(first.addDays(-1), 5), (QList<bool> { true, true, true, true, true }), kTimeout);
    }

    void clickingABookingShowsIt()
    {
        const TestUser guest = m_world.api.registerUser(QStringLiteral("Calendar Guest"));
        BookingApi bookings(m_world.api.http());
        const QDate checkIn = BookingApi::today().addDays(20);
        const HttpReply booked = bookings.book(guest, m_listingId, checkIn, checkIn.addDays(2), 2);
        QCOMPARE(booked.status, 201);
        QCOMPARE(bookings.pay(guest, booked.json().value(QStringLiteral("id")).toString()).status, 201);

        HostCalendarView view(*m_world.app.context);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showListing(m_listingId);
        QVERIFY(m_world.app.client.sync());
        MonthGrid* grid = view.grid();
        QTRY_VERIFY_WITH_TIMEOUT(grid->bookingOn(checkIn), kTimeout);
        QVERIFY(!grid->bookingOn(checkIn.addDays(2))); // check-out day is free

        grid->setMonth(checkIn);
        QTest::mouseClick(grid, Qt::LeftButton, {}, grid->cellRect(checkIn).center());
        const QString details = child<QLabel>(&view, "bookingDetails")->text();
        QVERIFY2(details.contains(QStringLiteral("Calendar Guest")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("2")), qPrintable(details));

        // Previous and next turn the month.
        const QDate month = grid->month();
        QTest::mouseClick(child<QPushButton>(&view, "nextMonthButton"), Qt::LeftButton);
        QCOMPARE(grid->month(), month.addMonths(1));
        QTest::mouseClick(child<QPushButton>(&view, "previousMonthButton"), Qt::LeftButton);
        QCOMPARE(grid->month(), month);
    }
};

QTEST_MAIN(TestHostCalendarView)
#include "tst_hostcalendarview.moc"
