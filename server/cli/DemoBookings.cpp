// SPDX-License-Identifier: Apache-2.0
#include "cli/DemoBookings.h"

#include "db/BlockRepository.h"
#include "db/BookingRepository.h"
#include "db/PaymentRepository.h"
#include "db/ReviewRepository.h"
#include "services/BookingLifecycle.h"

#include <roost/Block.h>
#include <roost/Id.h>
#include <roost/Payout.h>
#include <roost/Quote.h>
#include <roost/ReviewRules.h>

#include <algorithm>

namespace roost::server {
namespace {

// The sandbox's test card: what a guest of the demo would have typed.
const QString kDemoCardLast4 = QStringLiteral("4242");
const QString kDemoCardBrand = QStringLiteral("visa");
constexpr int kTriesPerBooking = 6; // weeks to move a stay on when its nights are taken

const char* const kStayComments[] = {
    "Spotless, quiet and exactly as in the photos. The host answered within minutes.",
    "Great location, easy check-in and a comfortable bed. We would stay again.",
    "Lovely place with everything we needed for a relaxed few days.",
    "Bright, clean and well equipped. The neighbourhood has great cafés.",
    "A very warm welcome and useful tips for the area. Highly recommended.",
    "Good value for the city. The kitchen was handy for breakfast.",
};
const char* const kGuestComments[] = {
    "A considerate guest who left the place tidy. Welcome back any time.",
    "Clear communication and a smooth stay. Recommended to other hosts.",
};

} // namespace

void DemoBookings::seed(const QUuid& demoGuest, const QList<QUuid>& otherGuests, const QList<Listing>& hostListings,
                        const QList<Listing>& otherListings)
{
    if (hostListings.size() < 5 || otherListings.size() < 4 || otherGuests.size() < 8)
        return; // a tiny demo (a few listings) has no room for this story
    const QDate today = m_now.date();

    // The demo guest: two past stays (reviewed), one coming up, one request waiting for the
    // host, one cancelled.
    if (const auto past = book(hostListings[1], demoGuest, today.addDays(-40), 3, true)) {
        const Booking done = complete(*past);
        review(done, true, 5);
        review(done, false, 5);
    }
    if (const auto past = book(otherListings[0], demoGuest, today.addDays(-75), 4, true))
        review(complete(*past), true, 4);
    book(hostListings[2], demoGuest, today.addDays(14), 4, true);
    // Paid just now, so the host's 24 h to answer have only begun.
    book(hostListings[3], demoGuest, today.addDays(30), 3, false);
    if (auto cancelled = book(otherListings[1], demoGuest, today.addDays(20), 2, true)) {
        cancelled->cancelReason = QStringLiteral("Our travel dates changed.");
        BookingLifecycle(m_tx).apply(*cancelled, BookingEvent::GuestCancels, Party::Guest, m_now);
    }

    // The demo host travels too, so its Trips page is not empty either.
    const QUuid demoHost = hostListings[0].hostId;
    book(otherListings[2], demoHost, today.addDays(60), 4, true);
    if (const auto past = book(otherListings[3], demoHost, today.addDays(-100), 3, true))
        review(complete(*past), true, 5);

    // A guest who cancelled with the demo host, for the host's Cancellations list.
    if (auto cancelled = book(hostListings[4 % hostListings.size()], otherGuests[7], today.addDays(45), 3, true)) {
        cancelled->cancelReason = QStringLiteral("A family emergency; sorry to cancel.");
        BookingLifecycle(m_tx).apply(*cancelled, BookingEvent::GuestCancels, Party::Guest, m_now);
    }

    // Other guests fill the first listing's calendar this month and next, next to two nights
    // the host kept for themselves.
    const Listing& first = hostListings[0];
    if (const auto stay = book(first, otherGuests[0], today.addDays(-12), 3, true))
        review(complete(*stay), true, 4);
    book(first, otherGuests[1], today.addDays(2), 3, true);
    book(first, otherGuests[2], today.addDays(9), 4, true);
    book(first, otherGuests[3], today.addDays(26), 5, true);
    book(first, otherGuests[4], today.addDays(40), 3, true);
    block(first, today.addDays(18), 2);
    block(first, today.addDays(50), 3);
    // The app's calendar opens on whichever listing it synced first, so every listing of the
    // demo host gets stays this month and next, and a few nights blocked.
    for (qsizetype i = 1; i < hostListings.size(); ++i) {
        const int shift = int(i % 4);
        book(hostListings[i], otherGuests[5 + i % 3], today.addDays(1 + shift), 2 + shift % 2, true);
        book(hostListings[i], otherGuests[(i + 1) % 8], today.addDays(21 + 3 * shift), 3, true);
        if (const auto stay = book(hostListings[i], otherGuests[(i + 2) % 8], today.addDays(-16 + shift), 3, true))
            complete(*stay);
        block(hostListings[i], today.addDays(10 + shift), 2);
    }

    // Half a year of finished stays across the demo host's listings: months of earnings and
    // reviews to answer.
    for (int month = 1; month <= 6; ++month) {
        for (int n = 0; n < 3; ++n) {
            const Listing& listing = hostListings[(month + 4 * n) % hostListings.size()];
            const QDate checkIn = today.addDays(-30 * month - 5 - 7 * n);
            if (const auto stay = book(listing, otherGuests[(month + n) % 8], checkIn, 3 + month % 3, true)) {
                const Booking done = complete(*stay);
                if (n == 0)
                    review(done, true, 3 + (month + 1) % 3);
            }
        }
    }
}

std::optional<Booking> DemoBookings::book(const Listing& listing, const QUuid& guest, QDate checkIn, int nights,
                                          bool instant)
{
    nights = std::max(nights, listing.minNights);
    BookingRepository bookings(m_tx);
    for (int attempt = 0; attempt < kTriesPerBooking; ++attempt, checkIn = checkIn.addDays(7)) {
        const Stay stay = *Stay::make(checkIn, checkIn.addDays(nights));
        Booking booking{.id = newId(),
                        .listingId = listing.id,
                        .guestId = guest,
                        .hostId = listing.hostId,
                        .stay = stay,
                        .guests = std::min(2, listing.maxGuests),
                        .price = quoteStay(listing, stay),
                        .holdExpiresAt = holdDeadline(m_now),
                        .createdAt = m_now,
                        .updatedAt = m_now,
                        .instantBook = instant,
                        .cancellationPolicy = listing.cancellationPolicy};
        if (!bookings.insert(booking, QByteArray()))
            continue; // a seeded block or another stay holds these nights
        Payment payment;
        payment.id = newId();
        payment.bookingId = booking.id;
        payment.amount = booking.price.total;
        payment.currency = booking.price.currency;
        payment.status = QStringLiteral("succeeded");
        payment.cardLast4 = kDemoCardLast4;
        payment.cardBrand = kDemoCardBrand;
        PaymentRepository(m_tx).insertPayment(payment);
        ++m_bookings;
        return BookingLifecycle(m_tx).apply(booking, BookingEvent::PaymentSucceeded, Party::Guest, m_now);
    }
    return std::nullopt;
}

Booking DemoBookings::complete(const Booking& booking)
{
    const Booking done = BookingLifecycle(m_tx).apply(booking, BookingEvent::StayCompleted, Party::Other, m_now);
    // The release job would do this on its first run; the demo shows the money already paid out.
    PaymentRepository payments(m_tx);
    if (const auto payout = payments.payoutOfBooking(booking.id); payout && payout->releaseAt <= m_now)
        payments.setPayoutStatus(payout->id, QStringLiteral("scheduled"), QStringLiteral("released"));
    return done;
}

QStringList DemoBookings::stayComments()
{
    QStringList comments;
    for (const char* comment : kStayComments)
        comments.append(QString::fromUtf8(comment));
    return comments;
}

void DemoBookings::review(const Booking& booking, bool byGuest, int rating)
{
    ReviewCategories categories;
    categories.cleanliness = rating;
    categories.communication = 5;
    categories.checkIn = std::max(rating, 4);
    if (byGuest) {
        categories.accuracy = rating;
        categories.location = 5;
        categories.value = std::max(rating - 1, 3);
    }
    Review review;
    review.id = newId();
    review.bookingId = booking.id;
    review.listingId = booking.listingId;
    review.authorId = byGuest ? booking.guestId : booking.hostId;
    review.subjectId = byGuest ? booking.hostId : booking.guestId;
    review.kind = byGuest ? QStringLiteral("stay") : QStringLiteral("guest");
    review.rating = rating;
    const int pick = int(qHash(booking.id) % 6);
    review.comment = QString::fromUtf8(byGuest ? kStayComments[pick] : kGuestComments[pick % 2]);
    review.categories = reviewCategoriesToJson(categories);
    ReviewRepository reviews(m_tx);
    if (!reviews.insert(review, QByteArray()))
        return;
    ++m_reviews;
    // The review windows of these stays are as good as closed: publish now, and let the
    // listing's rating count them like the publishing job would.
    reviews.publishBooking(booking.id);
    reviews.refreshListingRating(booking.listingId);
}

void DemoBookings::block(const Listing& listing, QDate start, int nights)
{
    Block block;
    block.id = newId();
    block.listingId = listing.id;
    block.startDate = start;
    block.endDate = start.addDays(nights);
    block.note = QStringLiteral("Family visiting");
    BlockRepository(m_tx).insert(block, QByteArray()); // DatesTaken: the calendar is busy enough
}

} // namespace roost::server
