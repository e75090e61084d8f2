// SPDX-License-Identifier: Apache-2.0
#include "services/ReviewService.h"

#include "db/BookingRepository.h"
#include "db/Database.h"
#include "db/ListingRepository.h"
#include "db/ReviewRepository.h"
#include "services/Fingerprint.h"
#include "services/KeysetPage.h"

#include <roost/Error.h>
#include <roost/Id.h>
#include <roost/JsonReader.h>
#include <roost/ReviewRules.h>

#include <QJsonArray>

namespace roost::server {
namespace {

// A host's answer to a review: a few paragraphs at most.
constexpr qsizetype kMaxResponseLength = 2000;

template<typename Fetch>
QJsonObject page(const QUrlQuery& query, Fetch fetch)
{
    FieldErrors errors;
    const KeysetPage page = KeysetPage::parse(query, errors);
    if (!errors.isEmpty())
        throw Error::validation(errors);
    const QList<Review> rows = fetch(page.limit + 1, page.after);
    QJsonArray items;
    for (qsizetype i = 0; i < std::min<qsizetype>(rows.size(), page.limit); ++i)
        items.append(rows[i].toJson());
    const QJsonValue next = rows.size() > page.limit
                                ? QJsonValue(KeysetPage::cursor(rows[page.limit - 1].createdMicros, rows[page.limit - 1].id))
                                : QJsonValue(QJsonValue::Null);
    return {{QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), next}};
}

} // namespace

ReviewService::ReviewService(Database& db) : m_db(db) {}

ReviewService::Created ReviewService::create(const AuthUser& caller, const QUuid& bookingId, const QJsonObject& body,
                                             const Clock& clock)
{
    pqxx::work tx(m_db.connection());
    auto result = createIn(tx, caller, bookingId, body, clock);
    tx.commit();
    return result;
}

ReviewService::Created ReviewService::createIn(pqxx::work& tx, const AuthUser& caller, const QUuid& bookingId,
                                               const QJsonObject& body, const Clock& clock)
{
    const ReviewInput input = parseReviewInput(body);
    const QByteArray digest = fingerprint(body, idToString(bookingId).toLatin1());
    ReviewRepository reviews(tx);
    if (!input.id.isNull()) {
        if (const auto record = reviews.createRecord(input.id)) {
            if (record->first != caller.userId || record->second != digest)
                throw Error(ErrorCode::Duplicate, QStringLiteral("A review with this id already exists; send a new id."));
            return {reviews.find(input.id)->toJson(), false};
        }
    }
    const auto booking = BookingRepository(tx).findForUpdate(bookingId); // serialises the two sides
    const Party party = booking ? partyOf(*booking, caller.userId) : Party::Other;
    if (party == Party::Other)
        throw Error::notFound(QStringLiteral("Booking"));
    checkReviewWindow(booking->status, booking->stay, clock.now());

    Review review;
    review.id = input.id.isNull() ? newId() : input.id;
    review.bookingId = booking->id;
    review.listingId = booking->listingId;
    review.authorId = caller.userId;
    review.subjectId = party == Party::Guest ? booking->hostId : booking->guestId;
    review.kind = party == Party::Guest ? QStringLiteral("stay") : QStringLiteral("guest");
    review.rating = input.rating;
    review.comment = input.comment;
    if (input.categories && party == Party::Guest)
        review.categories = reviewCategoriesToJson(*input.categories);
    if (!reviews.insert(review, digest))
        throw Error(ErrorCode::Duplicate, QStringLiteral("You have already reviewed this booking."));
    // Double-blind: both sides reviewed → both become visible now.
    if (reviews.countForBooking(booking->id) == 2 && reviews.publishBooking(booking->id) > 0)
        reviews.refreshListingRating(booking->listingId);
    const QJsonObject stored = reviews.find(review.id)->toJson();
    return {stored, true};
}

QJsonObject ReviewService::get(const std::optional<AuthUser>& caller, const QUuid& id)
{
    pqxx::read_transaction tx(m_db.connection());
    const auto review = ReviewRepository(tx).find(id);
    if (!review || (!review->publishedAt.isValid() && (!caller || caller->userId != review->authorId)))
        throw Error::notFound(QStringLiteral("Review"));
    return review->toJson();
}

QJsonObject ReviewService::respond(const AuthUser& caller, const QUuid& id, const QJsonObject& body)
{
    FieldErrors errors;
    JsonReader reader(body, errors);
    const auto text = reader.trimmedString(QStringLiteral("text"), Presence::Required, 1, kMaxResponseLength);
    if (!errors.isEmpty())
        throw Error::validation(errors);
    pqxx::work tx(m_db.connection());
    ReviewRepository reviews(tx);
    const auto review = reviews.find(id);
    if (!review || !review->publishedAt.isValid())
        throw Error::notFound(QStringLiteral("Review"));
    const auto listing = ListingRepository(tx).find(review->listingId);
    if (review->kind != QLatin1String("stay") || !listing || listing->hostId != caller.userId)
        throw Error(ErrorCode::Forbidden, QStringLiteral("Only the host of this listing may answer its reviews."));
    if (!reviews.respond(id, *text))
        throw Error(ErrorCode::Duplicate, QStringLiteral("This review already has a response."));
    const QJsonObject stored = reviews.find(id)->toJson();
    tx.commit();
    return stored;
}

QJsonObject ReviewService::ofListing(const QUuid& listingId, const QUrlQuery& query)
{
    pqxx::read_transaction tx(m_db.connection());
    ReviewRepository reviews(tx);
    return page(query, [&](int limit, const auto& after) { return reviews.publishedOfListing(listingId, limit, after); });
}

QJsonObject ReviewService::aboutGuest(const QUuid& userId, const QUrlQuery& query)
{
    pqxx::read_transaction tx(m_db.connection());
    ReviewRepository reviews(tx);
    return page(query, [&](int limit, const auto& after) { return reviews.publishedAboutGuest(userId, limit, after); });
}

} // namespace roost::server
