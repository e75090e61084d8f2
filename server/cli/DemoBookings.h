// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <roost/Booking.h>
#include <roost/Listing.h>

#include <QDateTime>
#include <QList>
#include <QUuid>

#include <pqxx/pqxx>

#include <optional>

namespace roost::server {

/// The trips, reservations, payouts and reviews of the demo accounts, so every page of the
/// desktop app has something to show. Bookings go through the same repositories and booking
/// lifecycle as the API (payment, confirmation, completion, cancellation), so payouts, refunds,
/// jobs and ratings follow the real rules; only the clock is the seeder's.
class DemoBookings
{
public:
    DemoBookings(pqxx::transaction_base& tx, const QDateTime& now) : m_tx(tx), m_now(now) {}

    /// `hostListings`: the demo host's listings (at least 5); `otherListings`: listed listings of
    /// other hosts (at least 4); `otherGuests`: generated guests (at least 8). With fewer, nothing
    /// is written.
    void seed(const QUuid& demoGuest, const QList<QUuid>& otherGuests, const QList<Listing>& hostListings,
              const QList<Listing>& otherListings);

    int bookings() const { return m_bookings; }
    int reviews() const { return m_reviews; }

    /// What the demo's guests say of their stays.
    static QStringList stayComments();

private:
    /// A paid booking of `nights` (at least the listing's minimum) from `checkIn`, moved on by a
    /// week while its nights are taken; nullopt when no free week was found.
    std::optional<Booking> book(const Listing& listing, const QUuid& guest, QDate checkIn, int nights, bool instant);
    /// The stay is over: completes it and releases its payout.
    Booking complete(const Booking& booking);
    void review(const Booking& booking, bool byGuest, int rating);
    void block(const Listing& listing, QDate start, int nights);

    pqxx::transaction_base& m_tx;
    QDateTime m_now;
    int m_bookings = 0;
    int m_reviews = 0;
};

} // namespace roost::server
