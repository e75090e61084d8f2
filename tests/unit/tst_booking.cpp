// SPDX-License-Identifier: Apache-2.0
#include "roost/Booking.h"
#include "roost/Date.h"
#include "roost/Id.h"

#include <QList>
#include <QTest>
#include <QTimeZone>

using namespace roost;

Q_DECLARE_METATYPE(roost::BookingStatus)

namespace {

// QCOMPARE would find roost::toString (which returns QString) through ADL and fail to compile on
// these enums, so tests compare them with QVERIFY(==) or through their wire names.

QDateTime utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

Booking sample(BookingStatus status)
{
    Listing listing;
    listing.nightlyPrice = 10000;
    listing.cleaningFee = 2500;
    listing.weeklyDiscountPct = 10;
    listing.currency = QStringLiteral("EUR");
    const Stay stay = *Stay::make(QDate(2024, 6, 10), QDate(2024, 6, 17));
    return Booking{
        .id = *parseId(QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301")),
        .listingId = *parseId(QStringLiteral("33333333-3333-4333-8333-333333333333")),
        .guestId = *parseId(QStringLiteral("22222222-2222-4222-8222-222222222222")),
        .hostId = *parseId(QStringLiteral("11111111-1111-4111-8111-111111111111")),
        .stay = stay,
        .guests = 3,
        .price = quoteStay(listing, stay),
        .status = status,
        .refundAmount = 1234,
        .holdExpiresAt = utc(2024, 5, 1, 10, 15),
        .message = QStringLiteral("Hello"),
        .createdAt = utc(2024, 5, 1, 10),
        .updatedAt = utc(2024, 5, 1, 10, 5),
        .version = 4,
    };
}

} // namespace

class TestBooking : public QObject
{
    Q_OBJECT

private slots:
    void statusNames_data()
    {
        QTest::addColumn<BookingStatus>("status");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("occupies");
        auto row = [](BookingStatus status, const char* name, bool occupies) {
            QTest::newRow(name) << status << QString::fromLatin1(name) << occupies;
        };
        row(BookingStatus::PendingPayment, "pending_payment", true);
        row(BookingStatus::AwaitingHost, "awaiting_host", true);
        row(BookingStatus::Confirmed, "confirmed", true);
        row(BookingStatus::Declined, "declined", false);
        row(BookingStatus::Expired, "expired", false);
        row(BookingStatus::Cancelled, "cancelled", false);
        row(BookingStatus::Completed, "completed", false);
    }
    void statusNames()
    {
        QFETCH(BookingStatus, status);
        QFETCH(QString, name);
        QFETCH(bool, occupies);
        QCOMPARE(toString(status), name);
        QVERIFY(parseBookingStatus(name) == status);
        QCOMPARE(occupiesDates(status), occupies);
    }

    void unknownStatusNames()
    {
        for (const char* text : {"", "Confirmed", "CONFIRMED", "pending-payment", " confirmed", "canceled"})
            QVERIFY2(!parseBookingStatus(QString::fromLatin1(text)), text);
    }

    void json()
    {
        const QJsonObject json = bookingToJson(sample(BookingStatus::PendingPayment));
        QVERIFY(json.value(QStringLiteral("cancel_reason")).isNull());
        Booking cancelled = sample(BookingStatus::Cancelled);
        cancelled.cancelReason = QStringLiteral("Plans changed");
        QCOMPARE(bookingToJson(cancelled).value(QStringLiteral("cancel_reason")).toString(), QStringLiteral("Plans changed"));
        QCOMPARE(json.keys(),
                 (QStringList{QStringLiteral("cancel_reason"), QStringLiteral("check_in"), QStringLiteral("check_out"), QStringLiteral("created_at"),
                              QStringLiteral("guest_id"), QStringLiteral("guests"), QStringLiteral("hold_expires_at"),
                              QStringLiteral("host_id"), QStringLiteral("id"), QStringLiteral("listing_id"),
                              QStringLiteral("nights"), QStringLiteral("price"), QStringLiteral("refund_amount"),
                              QStringLiteral("status"), QStringLiteral("updated_at"), QStringLiteral("version")}));
        QCOMPARE(json.value(QStringLiteral("id")).toString(), QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301"));
        QCOMPARE(json.value(QStringLiteral("listing_id")).toString(),
                 QStringLiteral("33333333-3333-4333-8333-333333333333"));
        QCOMPARE(json.value(QStringLiteral("guest_id")).toString(),
                 QStringLiteral("22222222-2222-4222-8222-222222222222"));
        QCOMPARE(json.value(QStringLiteral("host_id")).toString(),
                 QStringLiteral("11111111-1111-4111-8111-111111111111"));
        QCOMPARE(json.value(QStringLiteral("check_in")).toString(), QStringLiteral("2024-06-10"));
        QCOMPARE(json.value(QStringLiteral("check_out")).toString(), QStringLiteral("2024-06-17"));
        QCOMPARE(json.value(QStringLiteral("guests")).toInteger(), qint64(3));
        QCOMPARE(json.value(QStringLiteral("nights")).toInteger(), qint64(7));
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("pending_payment"));
        QCOMPARE(json.value(QStringLiteral("refund_amount")).toInteger(), qint64(1234));
        QCOMPARE(json.value(QStringLiteral("hold_expires_at")).toString(), QStringLiteral("2024-05-01T10:15:00.000Z"));
        QCOMPARE(json.value(QStringLiteral("created_at")).toString(), QStringLiteral("2024-05-01T10:00:00.000Z"));
        QCOMPARE(json.value(QStringLiteral("updated_at")).toString(), QStringLiteral("2024-05-01T10:05:00.000Z"));
        QCOMPARE(json.value(QStringLiteral("version")).toInteger(), qint64(4));
        // The guest's message is theirs and the host's; it is not part of the contract's object.
        QVERIFY(!json.contains(QStringLiteral("message")));

        const QJsonObject price = json.value(QStringLiteral("price")).toObject();
        QCOMPARE(price, priceToJson(sample(BookingStatus::PendingPayment).price));
        QCOMPARE(price.value(QStringLiteral("nightly_total")).toInteger(), qint64(70000));
        QCOMPARE(price.value(QStringLiteral("discount")).toInteger(), qint64(7000));
        QCOMPARE(price.value(QStringLiteral("cleaning_fee")).toInteger(), qint64(2500));
        QCOMPARE(price.value(QStringLiteral("service_fee")).toInteger(), qint64(7560));
        QCOMPARE(price.value(QStringLiteral("total")).toInteger(), qint64(73060));
        QCOMPARE(price.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    }

    void holdExpiresAtOnlyWhilePending_data()
    {
        QTest::addColumn<BookingStatus>("status");
        QTest::addColumn<bool>("shown");
        QTest::newRow("pending_payment") << BookingStatus::PendingPayment << true;
        QTest::newRow("awaiting_host") << BookingStatus::AwaitingHost << false;
        QTest::newRow("confirmed") << BookingStatus::Confirmed << false;
        QTest::newRow("expired") << BookingStatus::Expired << false;
        QTest::newRow("cancelled") << BookingStatus::Cancelled << false;
    }
    void holdExpiresAtOnlyWhilePending()
    {
        QFETCH(BookingStatus, status);
        QFETCH(bool, shown);
        const QJsonValue hold = bookingToJson(sample(status)).value(QStringLiteral("hold_expires_at"));
        QCOMPARE(hold.isString(), shown);
        QCOMPARE(hold.isNull(), !shown);
    }

    void unsetTimestampsAreNull()
    {
        Booking booking = sample(BookingStatus::PendingPayment);
        booking.holdExpiresAt = {};
        booking.updatedAt = {};
        const QJsonObject json = bookingToJson(booking);
        QVERIFY(json.value(QStringLiteral("hold_expires_at")).isNull());
        QVERIFY(json.value(QStringLiteral("updated_at")).isNull());
    }

    void deadlines()
    {
        const Stay stay = *Stay::make(QDate(2024, 2, 28), QDate(2024, 2, 29));
        QCOMPARE(holdDeadline(utc(2024, 5, 1, 23, 50)), utc(2024, 5, 2, 0, 5));
        QCOMPARE(hostResponseDeadline(utc(2024, 5, 1, 10)), utc(2024, 5, 2, 10));
        QCOMPARE(stayBeginsAt(stay), utc(2024, 2, 28));
        QCOMPARE(stayCompletesAt(stay), utc(2024, 3, 1)); // leap day is the check-out day
        // A clock in another zone names the same instants.
        const QDateTime paris(QDate(2024, 5, 1), QTime(12, 0), QTimeZone(2 * 3600));
        QCOMPARE(hostResponseDeadline(paris), utc(2024, 5, 2, 10));
        QCOMPARE(hostResponseDeadline(paris).timeSpec(), Qt::UTC);
    }

    void partyOf()
    {
        const Booking booking = sample(BookingStatus::Confirmed);
        QVERIFY(roost::partyOf(booking, booking.guestId) == Party::Guest);
        QVERIFY(roost::partyOf(booking, booking.hostId) == Party::Host);
        QVERIFY(roost::partyOf(booking, QUuid::createUuid()) == Party::Other);
        QVERIFY(roost::partyOf(booking, QUuid()) == Party::Other);
    }

    void worksInContainers()
    {
        // Booking has no default constructor (Stay has none); the usual container use still works.
        QList<Booking> bookings;
        bookings.append(sample(BookingStatus::Confirmed));
        bookings.append(sample(BookingStatus::Cancelled));
        QCOMPARE(bookings.size(), 2);
        QVERIFY(bookings.at(0) != bookings.at(1));
        QVERIFY(bookings.at(1) == sample(BookingStatus::Cancelled));
    }
};

QTEST_APPLESS_MAIN(TestBooking)
#include "tst_booking.moc"
