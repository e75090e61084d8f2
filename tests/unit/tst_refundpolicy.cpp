// SPDX-License-Identifier: Apache-2.0
#include "roost/Booking.h"
#include "roost/Error.h"
#include "roost/RefundPolicy.h"

#include <QTest>

using namespace roost;

Q_DECLARE_METATYPE(roost::BookingStatus)
Q_DECLARE_METATYPE(roost::CancellationPolicy)
Q_DECLARE_METATYPE(roost::Party)

namespace {

QDateTime utc(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

// Check-in 10 June: the stay begins 2024-06-10T00:00Z.
const QDateTime kStayBegins = utc(2024, 6, 10);
const QDateTime kFlexibleDeadline = utc(2024, 6, 9); // 24 h before
const QDateTime kModerateDeadline = utc(2024, 6, 5); // 5 days before
const QDateTime kStrictDeadline = utc(2024, 6, 3);   // 7 days before

// An odd total, so half of it shows the rounding: 10001 / 2 = 5000.5 → 5001.
constexpr qint64 kTotal = 10001;
constexpr qint64 kHalf = 5001;

Booking booking(BookingStatus status, CancellationPolicy policy, qint64 total = kTotal)
{
    Booking b{
        .stay = *Stay::make(QDate(2024, 6, 10), QDate(2024, 6, 15)),
        .status = status,
        .cancellationPolicy = policy,
    };
    b.price.total = total;
    return b;
}

} // namespace

class TestRefundPolicy : public QObject
{
    Q_OBJECT

private slots:
    void refund_data()
    {
        QTest::addColumn<BookingStatus>("status");
        QTest::addColumn<CancellationPolicy>("policy");
        QTest::addColumn<Party>("party");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<qint64>("expected");
        using S = BookingStatus;
        using P = CancellationPolicy;
        auto row = [](const char* name, S status, P policy, Party party, const QDateTime& now, qint64 expected) {
            QTest::newRow(name) << status << policy << party << now << expected;
        };
        const QDateTime longBefore = utc(2024, 5, 1);
        const QDateTime lastSecond = kStayBegins.addSecs(-1);

        // Guest cancels a confirmed stay: the policy decides; at the deadline instant the later
        // (smaller) refund applies.
        row("flexible long before", S::Confirmed, P::Flexible, Party::Guest, longBefore, kTotal);
        row("flexible deadline - 1 s", S::Confirmed, P::Flexible, Party::Guest, kFlexibleDeadline.addSecs(-1), kTotal);
        row("flexible at deadline", S::Confirmed, P::Flexible, Party::Guest, kFlexibleDeadline, 0);
        row("flexible deadline + 1 s", S::Confirmed, P::Flexible, Party::Guest, kFlexibleDeadline.addSecs(1), 0);
        row("flexible last second", S::Confirmed, P::Flexible, Party::Guest, lastSecond, 0);
        row("moderate long before", S::Confirmed, P::Moderate, Party::Guest, longBefore, kTotal);
        row("moderate deadline - 1 s", S::Confirmed, P::Moderate, Party::Guest, kModerateDeadline.addSecs(-1), kTotal);
        row("moderate at deadline", S::Confirmed, P::Moderate, Party::Guest, kModerateDeadline, kHalf);
        row("moderate deadline + 1 s", S::Confirmed, P::Moderate, Party::Guest, kModerateDeadline.addSecs(1), kHalf);
        row("moderate last second", S::Confirmed, P::Moderate, Party::Guest, lastSecond, kHalf);
        row("strict long before", S::Confirmed, P::Strict, Party::Guest, longBefore, kHalf);
        row("strict deadline - 1 s", S::Confirmed, P::Strict, Party::Guest, kStrictDeadline.addSecs(-1), kHalf);
        row("strict at deadline", S::Confirmed, P::Strict, Party::Guest, kStrictDeadline, 0);
        row("strict deadline + 1 s", S::Confirmed, P::Strict, Party::Guest, kStrictDeadline.addSecs(1), 0);
        row("strict last second", S::Confirmed, P::Strict, Party::Guest, lastSecond, 0);

        // The host (or anyone acting for the platform) cancelling: always full.
        for (const auto& [policy, name] : {std::pair{P::Flexible, "flexible"}, std::pair{P::Moderate, "moderate"},
                                           std::pair{P::Strict, "strict"}}) {
            QTest::addRow("host cancels %s long before", name)
                << S::Confirmed << policy << Party::Host << longBefore << kTotal;
            QTest::addRow("host cancels %s last second", name)
                << S::Confirmed << policy << Party::Host << lastSecond << kTotal;
            QTest::addRow("host cancels %s request", name)
                << S::AwaitingHost << policy << Party::Host << lastSecond << kTotal;
            QTest::addRow("other cancels %s last second", name)
                << S::Confirmed << policy << Party::Other << lastSecond << kTotal;
            // A guest withdrawing a request the host has not accepted: full, whatever the policy.
            QTest::addRow("guest withdraws %s request last second", name)
                << S::AwaitingHost << policy << Party::Guest << lastSecond << kTotal;
            // Nothing was paid yet.
            QTest::addRow("guest cancels %s unpaid hold", name)
                << S::PendingPayment << policy << Party::Guest << longBefore << qint64(0);
            QTest::addRow("host cancels %s unpaid hold", name)
                << S::PendingPayment << policy << Party::Host << longBefore << qint64(0);
        }
    }
    void refund()
    {
        QFETCH(BookingStatus, status);
        QFETCH(CancellationPolicy, policy);
        QFETCH(Party, party);
        QFETCH(QDateTime, now);
        QFETCH(qint64, expected);
        QCOMPARE(refundAmount(booking(status, policy), party, now), expected);
    }

    void halfRoundsHalfUp_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("half");
        QTest::newRow("0") << qint64(0) << qint64(0);
        QTest::newRow("1 -> 0.5 -> 1") << qint64(1) << qint64(1);
        QTest::newRow("2 -> 1") << qint64(2) << qint64(1);
        QTest::newRow("3 -> 1.5 -> 2") << qint64(3) << qint64(2);
        QTest::newRow("73060 -> 36530") << qint64(73060) << qint64(36530);
        QTest::newRow("huge odd") << qint64(6'550'800'000'001) << qint64(3'275'400'000'001);
    }
    void halfRoundsHalfUp()
    {
        QFETCH(qint64, total);
        QFETCH(qint64, half);
        const QDateTime late = kStayBegins.addSecs(-1);
        QCOMPARE(refundAmount(booking(BookingStatus::Confirmed, CancellationPolicy::Moderate, total), Party::Guest,
                              late),
                 half);
    }

    void noRefundForImpossibleCancellations_data()
    {
        QTest::addColumn<BookingStatus>("status");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<Party>("party");
        QTest::newRow("stay has begun (guest)") << BookingStatus::Confirmed << kStayBegins << Party::Guest;
        QTest::newRow("stay has begun (host)") << BookingStatus::Confirmed << kStayBegins << Party::Host;
        QTest::newRow("mid-stay") << BookingStatus::Confirmed << utc(2024, 6, 12, 9) << Party::Guest;
        QTest::newRow("request, stay begun") << BookingStatus::AwaitingHost << kStayBegins << Party::Guest;
        QTest::newRow("completed") << BookingStatus::Completed << utc(2024, 5, 1) << Party::Guest;
        QTest::newRow("cancelled twice") << BookingStatus::Cancelled << utc(2024, 5, 1) << Party::Host;
        QTest::newRow("declined") << BookingStatus::Declined << utc(2024, 5, 1) << Party::Guest;
        QTest::newRow("expired") << BookingStatus::Expired << utc(2024, 5, 1) << Party::Guest;
    }
    void noRefundForImpossibleCancellations()
    {
        QFETCH(BookingStatus, status);
        QFETCH(QDateTime, now);
        QFETCH(Party, party);
        try {
            refundAmount(booking(status, CancellationPolicy::Flexible), party, now);
            QFAIL("no exception");
        } catch (const Error& error) {
            QCOMPARE(error.code(), ErrorCode::InvalidState);
        }
    }

    void deadlines()
    {
        const Stay stay = *Stay::make(QDate(2024, 6, 10), QDate(2024, 6, 15));
        QCOMPARE(refundDeadline(CancellationPolicy::Flexible, stay), kFlexibleDeadline);
        QCOMPARE(refundDeadline(CancellationPolicy::Moderate, stay), kModerateDeadline);
        QCOMPARE(refundDeadline(CancellationPolicy::Strict, stay), kStrictDeadline);
        // Counted in UTC hours, so a DST change in any zone never moves a deadline.
        const Stay spring = *Stay::make(QDate(2024, 3, 31), QDate(2024, 4, 2));
        QCOMPARE(refundDeadline(CancellationPolicy::Strict, spring), utc(2024, 3, 24));
    }
};

QTEST_APPLESS_MAIN(TestRefundPolicy)
#include "tst_refundpolicy.moc"
