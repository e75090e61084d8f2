// SPDX-License-Identifier: Apache-2.0
#include "services/BookingService.h"

#include "db/BookingRepository.h"
#include "db/Database.h"
#include "db/ListingRepository.h"
#include "services/BookingLifecycle.h"
#include "services/Fingerprint.h"
#include "services/KeysetPage.h"

#include <roost/BookingRequest.h>
#include <roost/Error.h>
#include <roost/Id.h>
#include <roost/Quote.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace roost::server {
namespace {

/// A listing that may be booked: listed and not deleted (anything else is "not found").
Listing bookableListing(pqxx::transaction_base& tx, const QUuid& id)
{
    const auto listing = ListingRepository(tx).find(id);
    if (!listing || listing->status != ListingStatus::Listed)
        throw Error::notFound(QStringLiteral("Listing"));
    return *listing;
}

/// The booking if the caller is its guest or host; to anyone else it does not exist.
Booking visibleBooking(const std::optional<Booking>& booking, const AuthUser& caller)
{
    if (!booking || partyOf(*booking, caller.userId) == Party::Other)
        throw Error::notFound(QStringLiteral("Booking"));
    return *booking;
}

} // namespace

BookingService::BookingService(Database& db) : m_db(db) {}

QJsonObject BookingService::quote(const QUuid& listingId, const QJsonObject& body, const Clock& clock)
{
    const QuoteRequest request = parseQuoteRequest(body);
    pqxx::read_transaction tx(m_db.connection());
    const Listing listing = bookableListing(tx, listingId);
    FieldErrors errors = checkBookingRules(listing, request.stay, request.guests, QUuid(), clock.today());
    errors.remove(QStringLiteral("listing_id")); // anyone may ask for a price, hosts included
    if (!errors.isEmpty())
        throw Error::validation(errors);
    const auto claims = ListingRepository(tx).claimsBetween(listingId, request.stay.checkIn(), request.stay.checkOut());
    return quoteToJson(quoteStay(listing, request.stay), claims.isEmpty());
}

BookingService::Created BookingService::create(const AuthUser& caller, const QJsonObject& body, const Clock& clock)
{
    pqxx::work tx(m_db.connection());
    auto result = createIn(tx, caller, body, clock);
    tx.commit();
    return result;
}

BookingService::Created BookingService::createIn(pqxx::work& tx, const AuthUser& caller, const QJsonObject& body,
                                                 const Clock& clock)
{
    const BookingRequest request = parseBookingRequest(body);
    const QByteArray digest = fingerprint(body);
    const QDateTime now = clock.now();

    BookingRepository bookings(tx);
    // A create re-sent with an id that exists answers the stored booking, or 409 duplicate.
    const auto replay = [&]() -> std::optional<Created> {
        const auto record = request.id.isNull() ? std::nullopt : bookings.findCreateRecord(request.id);
        if (!record)
            return std::nullopt;
        if (record->guestId != caller.userId || record->fingerprint != digest)
            throw Error(ErrorCode::Duplicate, QStringLiteral("A booking with this id already exists; send a new id."));
        return Created{*bookings.find(request.id), false};
    };
    if (auto again = replay())
        return *again;
    const Listing listing = bookableListing(tx, request.listingId);
    if (const FieldErrors errors = checkBookingRules(listing, request.stay, request.guests, caller.userId, clock.today());
        !errors.isEmpty())
        throw Error::validation(errors);

    Booking booking;
    booking.id = request.id.isNull() ? newId() : request.id;
    booking.listingId = listing.id;
    booking.guestId = caller.userId;
    booking.hostId = listing.hostId;
    booking.stay = request.stay;
    booking.guests = request.guests;
    booking.price = quoteStay(listing, request.stay);
    booking.status = BookingStatus::PendingPayment;
    booking.holdExpiresAt = holdDeadline(now);
    booking.message = request.message;
    booking.instantBook = listing.instantBook;
    booking.cancellationPolicy = listing.cancellationPolicy;
    if (!bookings.insert(booking, digest)) {
        // Losing the race to a concurrent create of the same id (a client's retry) is a replay.
        if (auto again = replay())
            return *again;
        throw Error(ErrorCode::DatesUnavailable, QStringLiteral("Some of these nights are already taken."));
    }
    BookingLifecycle(tx).created(booking);
    const Booking stored = *bookings.find(booking.id);
    return {stored, true};
}

Booking BookingService::get(const AuthUser& caller, const QUuid& id)
{
    pqxx::read_transaction tx(m_db.connection());
    return visibleBooking(BookingRepository(tx).find(id), caller);
}

QJsonObject BookingService::list(const AuthUser& caller, const QUrlQuery& query)
{
    FieldErrors errors;
    const QString role = query.queryItemValue(QStringLiteral("role"));
    if (!role.isEmpty() && role != QLatin1String("guest") && role != QLatin1String("host"))
        errors.insert(QStringLiteral("role"), QStringLiteral("must be guest or host"));
    std::optional<BookingStatus> status;
    if (query.hasQueryItem(QStringLiteral("status"))) {
        status = parseBookingStatus(query.queryItemValue(QStringLiteral("status")));
        if (!status)
            errors.insert(QStringLiteral("status"), QStringLiteral("is not a booking status"));
    }
    const KeysetPage page = KeysetPage::parse(query, errors);
    if (!errors.isEmpty())
        throw Error::validation(errors);

    pqxx::read_transaction tx(m_db.connection());
    const auto rows = BookingRepository(tx).list(caller.userId,
                                                 role == QLatin1String("host") ? BookingRepository::Role::Host
                                                                               : BookingRepository::Role::Guest,
                                                 status, page.after, page.limit + 1);
    QJsonArray items;
    for (qsizetype i = 0; i < std::min<qsizetype>(rows.size(), page.limit); ++i)
        items.append(bookingToJson(rows[i].first));
    const auto& last = rows.value(page.limit - 1);
    const QJsonValue next = rows.size() > page.limit ? QJsonValue(KeysetPage::cursor(last.second, last.first.id))
                                                     : QJsonValue(QJsonValue::Null);
    return {{QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), next}};
}

Booking BookingService::accept(const AuthUser& caller, const QUuid& id, const Clock& clock)
{
    return act(caller, id, BookingEvent::HostAccepts, clock);
}

Booking BookingService::decline(const AuthUser& caller, const QUuid& id, const Clock& clock)
{
    return act(caller, id, BookingEvent::HostDeclines, clock);
}

Booking BookingService::cancel(const AuthUser& caller, const QUuid& id, const Clock& clock)
{
    pqxx::work tx(m_db.connection());
    auto result = cancelIn(tx, caller, id, clock);
    tx.commit();
    return result;
}

Booking BookingService::cancelIn(pqxx::work& tx, const AuthUser& caller, const QUuid& id, const Clock& clock)
{
    const Booking booking = visibleBooking(BookingRepository(tx).findForUpdate(id), caller);
    const Party party = partyOf(booking, caller.userId);
    const Booking stored = BookingLifecycle(tx).apply(
        booking, party == Party::Host ? BookingEvent::HostCancels : BookingEvent::GuestCancels, party, clock.now());
    return stored;
}

Booking BookingService::act(const AuthUser& caller, const QUuid& id, BookingEvent event, const Clock& clock)
{
    pqxx::work tx(m_db.connection());
    auto result = actIn(tx, caller, id, event, clock);
    tx.commit();
    return result;
}

Booking BookingService::actIn(pqxx::work& tx, const AuthUser& caller, const QUuid& id, BookingEvent event,
                              const Clock& clock)
{
    const Booking booking = visibleBooking(BookingRepository(tx).findForUpdate(id), caller);
    const Party party = partyOf(booking, caller.userId);
    if (!mayTrigger(party, event))
        throw Error(ErrorCode::Forbidden, QStringLiteral("Only the host of this listing may do that."));
    const Booking stored = BookingLifecycle(tx).apply(booking, event, party, clock.now());
    return stored;
}

} // namespace roost::server
