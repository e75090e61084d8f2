// SPDX-License-Identifier: Apache-2.0
#include "roost/Booking.h"
#include "roost/Date.h"
#include "roost/Error.h"

#include <QTest>
#include <QTimeZone>

#include <optional>

using namespace roost;

Q_DECLARE_METATYPE(roost::BookingStatus)
Q_DECLARE_METATYPE(roost::BookingEvent)
Q_DECLARE_METATYPE(roost::Party)

namespace {

// QCOMPARE would find roost::toString (which returns QString) through ADL and fail to compile on
// these enums, so tests compare them with QVERIFY(==) or through their wire names.

QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

// The timeline every test shares: booked 1 May 10:00 UTC for 10–15 June.
const QDateTime kCreated = utc(2024, 5, 1, 10);
const QDateTime kHoldEnds = utc(2024, 5, 1, 10, 15);
const QDateTime kRespondBy = utc(2024, 5, 2, 10, 5);
const QDateTime kStayBegins = utc(2024, 6, 10);
const QDateTime kStayCompletes = utc(2024, 6, 16);

Booking booking(BookingStatus status, bool instantBook = false)
{
    return Booking{
        .id = QUuid::createUuid(),
        .listingId = QUuid::createUuid(),
        .guestId = QUuid::createUuid(),
        .hostId = QUuid::createUuid(),
        .stay = *Stay::make(QDate(2024, 6, 10), QDate(2024, 6, 15)),
        .status = status,
        .holdExpiresAt = kHoldEnds,
        .respondBy = kRespondBy,
        .createdAt = kCreated,
        .instantBook = instantBook,
    };
}

// A moment at which the event's own time rule holds, so the pair table tests the states alone.
QDateTime nowFor(BookingEvent event)
{
    switch (event) {
    case BookingEvent::PaymentSucceeded: return kCreated.addSecs(5 * 60);
    case BookingEvent::HoldExpired: return kHoldEnds;
    case BookingEvent::RequestExpired: return kRespondBy;
    case BookingEvent::StayCompleted: return kStayCompletes;
    case BookingEvent::HostAccepts:
    case BookingEvent::HostDeclines:
    case BookingEvent::GuestCancels:
    case BookingEvent::HostCancels: return kCreated.addSecs(60 * 60);
    }
    return {};
}

const char* name(BookingEvent event)
{
    switch (event) {
    case BookingEvent::PaymentSucceeded: return "PaymentSucceeded";
    case BookingEvent::HostAccepts: return "HostAccepts";
    case BookingEvent::HostDeclines: return "HostDeclines";
    case BookingEvent::HoldExpired: return "HoldExpired";
    case BookingEvent::RequestExpired: return "RequestExpired";
    case BookingEvent::GuestCancels: return "GuestCancels";
    case BookingEvent::HostCancels: return "HostCancels";
    case BookingEvent::StayCompleted: return "StayCompleted";
    }
    return "?";
}

constexpr BookingStatus kStatuses[] = {
    BookingStatus::PendingPayment, BookingStatus::AwaitingHost, BookingStatus::Confirmed, BookingStatus::Declined,
    BookingStatus::Expired,        BookingStatus::Cancelled,    BookingStatus::Completed,
};
constexpr BookingEvent kEvents[] = {
    BookingEvent::PaymentSucceeded, BookingEvent::HostAccepts,  BookingEvent::HostDeclines,
    BookingEvent::HoldExpired,      BookingEvent::RequestExpired, BookingEvent::GuestCancels,
    BookingEvent::HostCancels,      BookingEvent::StayCompleted,
};

// The API's state diagram; nullopt = not allowed.
std::optional<BookingStatus> expected(BookingStatus from, BookingEvent event, bool instantBook)
{
    using S = BookingStatus;
    using E = BookingEvent;
    const bool cancellable = from == S::PendingPayment || from == S::AwaitingHost || from == S::Confirmed;
    switch (event) {
    case E::PaymentSucceeded:
        return from == S::PendingPayment ? std::optional(instantBook ? S::Confirmed : S::AwaitingHost) : std::nullopt;
    case E::HostAccepts: return from == S::AwaitingHost ? std::optional(S::Confirmed) : std::nullopt;
    case E::HostDeclines:
    case E::RequestExpired: return from == S::AwaitingHost ? std::optional(S::Declined) : std::nullopt;
    case E::HoldExpired: return from == S::PendingPayment ? std::optional(S::Expired) : std::nullopt;
    case E::GuestCancels:
    case E::HostCancels: return cancellable ? std::optional(S::Cancelled) : std::nullopt;
    case E::StayCompleted: return from == S::Confirmed ? std::optional(S::Completed) : std::nullopt;
    }
    return std::nullopt;
}

// The status transition() gives, or nullopt when it throws invalid_state.
std::optional<BookingStatus> attempt(const Booking& b, BookingEvent event, const QDateTime& now)
{
    try {
        return transition(b, event, now).status;
    } catch (const Error& error) {
        if (error.code() != ErrorCode::InvalidState || error.message().isEmpty())
            throw;
        return std::nullopt;
    }
}

} // namespace

class TestBookingState : public QObject
{
    Q_OBJECT

private slots:
    void everyPair_data()
    {
        QTest::addColumn<BookingStatus>("from");
        QTest::addColumn<BookingEvent>("event");
        QTest::addColumn<bool>("instantBook");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<BookingStatus>("to");
        for (const bool instantBook : {false, true}) {
            for (const BookingStatus from : kStatuses) {
                for (const BookingEvent event : kEvents) {
                    const auto to = expected(from, event, instantBook);
                    QTest::addRow("%s %s%s", qPrintable(toString(from)), name(event),
                                  instantBook ? " (instant)" : "")
                        << from << event << instantBook << to.has_value() << to.value_or(from);
                }
            }
        }
    }
    void everyPair()
    {
        QFETCH(BookingStatus, from);
        QFETCH(BookingEvent, event);
        QFETCH(bool, instantBook);
        QFETCH(bool, allowed);
        QFETCH(BookingStatus, to);
        const Booking b = booking(from, instantBook);
        const QDateTime now = nowFor(event);
        if (!allowed) {
            QVERIFY_THROWS_EXCEPTION(Error, transition(b, event, now));
            QVERIFY(!attempt(b, event, now));
            return;
        }
        const BookingTransition result = transition(b, event, now);
        QCOMPARE(toString(result.status), toString(to));
        // Only a request to book gets an answer deadline, 24 h after the payment.
        if (to == BookingStatus::AwaitingHost)
            QCOMPARE(result.respondBy, now.addSecs(24 * 60 * 60));
        else
            QVERIFY(!result.respondBy.isValid());
    }

    void timeRules_data()
    {
        QTest::addColumn<BookingStatus>("from");
        QTest::addColumn<BookingEvent>("event");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("allowed");
        using S = BookingStatus;
        using E = BookingEvent;
        auto row = [](const char* name, S from, E event, const QDateTime& now, bool allowed) {
            QTest::newRow(name) << from << event << now << allowed;
        };
        row("pay 1 ms before hold ends", S::PendingPayment, E::PaymentSucceeded, kHoldEnds.addMSecs(-1), true);
        row("pay as hold ends", S::PendingPayment, E::PaymentSucceeded, kHoldEnds, false);
        row("pay after hold", S::PendingPayment, E::PaymentSucceeded, kHoldEnds.addSecs(1), false);
        row("expire hold 1 s early", S::PendingPayment, E::HoldExpired, kHoldEnds.addSecs(-1), false);
        row("expire hold on time", S::PendingPayment, E::HoldExpired, kHoldEnds, true);
        row("expire hold late", S::PendingPayment, E::HoldExpired, kHoldEnds.addSecs(3600), true);
        row("accept 1 s before deadline", S::AwaitingHost, E::HostAccepts, kRespondBy.addSecs(-1), true);
        row("accept at deadline", S::AwaitingHost, E::HostAccepts, kRespondBy, false);
        row("decline after deadline", S::AwaitingHost, E::HostDeclines, kRespondBy.addSecs(1), true);
        row("expire request 1 s early", S::AwaitingHost, E::RequestExpired, kRespondBy.addSecs(-1), false);
        row("expire request on time", S::AwaitingHost, E::RequestExpired, kRespondBy, true);
        for (const S from : {S::PendingPayment, S::AwaitingHost, S::Confirmed}) {
            for (const E event : {E::GuestCancels, E::HostCancels}) {
                const QByteArray prefix = toString(from).toLatin1() + ' ' + name(event);
                const char* p = prefix.constData();
                QTest::addRow("%s 1 s before stay", p) << from << event << kStayBegins.addSecs(-1) << true;
                QTest::addRow("%s as stay begins", p) << from << event << kStayBegins << false;
                QTest::addRow("%s 1 s into stay", p) << from << event << kStayBegins.addSecs(1) << false;
                QTest::addRow("%s after check-out", p) << from << event << kStayCompletes << false;
            }
        }
        row("cancel as stay begins, +02:00 clock", S::Confirmed, E::GuestCancels,
            QDateTime(QDate(2024, 6, 10), QTime(2, 0), QTimeZone(2 * 3600)), false);
        row("cancel 1 s before, +02:00 clock", S::Confirmed, E::GuestCancels,
            QDateTime(QDate(2024, 6, 10), QTime(1, 59, 59), QTimeZone(2 * 3600)), true);
        row("complete on check-out day", S::Confirmed, E::StayCompleted, utc(2024, 6, 15, 12), false);
        row("complete 1 s early", S::Confirmed, E::StayCompleted, kStayCompletes.addSecs(-1), false);
        row("complete at 00:00 UTC next day", S::Confirmed, E::StayCompleted, kStayCompletes, true);
        row("complete a month later", S::Confirmed, E::StayCompleted, kStayCompletes.addDays(30), true);
    }
    void timeRules()
    {
        QFETCH(BookingStatus, from);
        QFETCH(BookingEvent, event);
        QFETCH(QDateTime, now);
        QFETCH(bool, allowed);
        QCOMPARE(attempt(booking(from), event, now).has_value(), allowed);
    }

    void unsetDeadlinesHoldNothingBack()
    {
        Booking pending = booking(BookingStatus::PendingPayment);
        pending.holdExpiresAt = {};
        QVERIFY(transition(pending, BookingEvent::PaymentSucceeded, kCreated).status == BookingStatus::AwaitingHost);
        QVERIFY(transition(pending, BookingEvent::HoldExpired, kCreated).status == BookingStatus::Expired);
        Booking awaiting = booking(BookingStatus::AwaitingHost);
        awaiting.respondBy = {};
        QVERIFY(transition(awaiting, BookingEvent::HostAccepts, kCreated).status == BookingStatus::Confirmed);
        QVERIFY(transition(awaiting, BookingEvent::RequestExpired, kCreated).status == BookingStatus::Declined);
    }

    void errorMessages()
    {
        try {
            transition(booking(BookingStatus::Declined), BookingEvent::HostAccepts, kCreated);
            QFAIL("no exception");
        } catch (const Error& error) {
            QCOMPARE(error.code(), ErrorCode::InvalidState);
            QCOMPARE(error.message(), QStringLiteral("Cannot accept a booking that is declined."));
        }
        try {
            transition(booking(BookingStatus::Confirmed), BookingEvent::GuestCancels, kStayBegins);
            QFAIL("no exception");
        } catch (const Error& error) {
            QCOMPARE(error.code(), ErrorCode::InvalidState);
            QCOMPARE(error.message(), QStringLiteral("The stay has already begun."));
        }
    }

    void mayTrigger_data()
    {
        QTest::addColumn<Party>("party");
        QTest::addColumn<BookingEvent>("event");
        QTest::addColumn<bool>("allowed");
        using E = BookingEvent;
        const QList<E> guestEvents{E::PaymentSucceeded, E::GuestCancels};
        const QList<E> hostEvents{E::HostAccepts, E::HostDeclines, E::HostCancels};
        const std::pair<Party, const char*> parties[] = {
            {Party::Guest, "guest"}, {Party::Host, "host"}, {Party::Other, "other"}};
        for (const auto& [party, partyName] : parties) {
            for (const E event : kEvents) {
                const bool allowed = (party == Party::Guest && guestEvents.contains(event))
                    || (party == Party::Host && hostEvents.contains(event));
                QTest::addRow("%s %s", partyName, name(event)) << party << event << allowed;
            }
        }
    }
    void mayTrigger()
    {
        QFETCH(Party, party);
        QFETCH(BookingEvent, event);
        QFETCH(bool, allowed);
        QCOMPARE(roost::mayTrigger(party, event), allowed);
    }
};

QTEST_APPLESS_MAIN(TestBookingState)
#include "tst_bookingstate.moc"
