// SPDX-License-Identifier: Apache-2.0
#include "roost/ReviewRules.h"

#include "roost/Date.h"
#include "roost/Error.h"
#include "roost/JsonReader.h"
#include "roost/Text.h"

namespace roost {

namespace {

// The categories' wire names and where each lands, in the API's order.
struct CategoryField
{
    const char16_t* name;
    std::optional<int> ReviewCategories::*member;
};

constexpr CategoryField kCategoryFields[] = {
    {u"cleanliness", &ReviewCategories::cleanliness}, {u"accuracy", &ReviewCategories::accuracy},
    {u"communication", &ReviewCategories::communication}, {u"location", &ReviewCategories::location},
    {u"check_in", &ReviewCategories::checkIn}, {u"value", &ReviewCategories::value},
};

std::optional<int> readRating(JsonReader& reader, const QString& key, Presence presence)
{
    const auto rating = reader.integer(key, presence, ReviewLimits::kMinRating, ReviewLimits::kMaxRating);
    if (!rating)
        return std::nullopt;
    return static_cast<int>(*rating);
}

ReviewCategories readCategories(const QJsonObject& json, FieldErrors& errors)
{
    FieldErrors nested;
    JsonReader reader(json, nested);
    ReviewCategories categories;
    for (const CategoryField& field : kCategoryFields)
        categories.*field.member = readRating(reader, QString::fromUtf16(field.name), Presence::Optional);
    for (auto it = nested.cbegin(); it != nested.cend(); ++it)
        errors.insert(QStringLiteral("categories.") + it.key(), it.value());
    return categories;
}

} // namespace

QDateTime reviewWindowOpensAt(const Stay& stay)
{
    return stayCompletesAt(stay);
}

QDateTime reviewWindowClosesAt(const Stay& stay)
{
    return reviewWindowOpensAt(stay).addDays(ReviewLimits::kWindowDays);
}

void checkReviewWindow(BookingStatus status, const Stay& stay, const QDateTime& now)
{
    if (status != BookingStatus::Completed)
        throw Error(ErrorCode::InvalidState,
                    QStringLiteral("Only a completed stay can be reviewed; this booking is %1.").arg(toString(status)));
    if (now < reviewWindowOpensAt(stay))
        throw Error(ErrorCode::InvalidState, QStringLiteral("The stay is not over yet."));
    if (now >= reviewWindowClosesAt(stay))
        throw Error(ErrorCode::InvalidState, QStringLiteral("The review window closed at %1.")
                                                 .arg(timestampToString(reviewWindowClosesAt(stay))));
}

bool isPublished(bool otherSideReviewed, const Stay& stay, const QDateTime& now)
{
    return otherSideReviewed || now >= reviewWindowClosesAt(stay);
}

ReviewInput parseReviewInput(const QJsonObject& json)
{
    const QString commentKey = QStringLiteral("comment");

    FieldErrors errors;
    JsonReader reader(json, errors);
    ReviewInput input;
    if (const auto id = reader.id(QStringLiteral("id")))
        input.id = *id;
    if (const auto rating = readRating(reader, QStringLiteral("rating"), Presence::Required))
        input.rating = *rating;
    if (const auto comment = reader.string(commentKey, Presence::Required, ReviewLimits::kMaxCommentLength)) {
        if (hasControlCharacters(*comment, true))
            reader.fail(commentKey, QStringLiteral("must not contain control characters"));
        input.comment = *comment;
    }
    if (const auto categories = reader.object(QStringLiteral("categories")))
        input.categories = readCategories(*categories, errors);
    if (!errors.isEmpty())
        throw Error::validation(errors);
    return input;
}

QJsonObject reviewCategoriesToJson(const ReviewCategories& categories)
{
    QJsonObject json;
    for (const CategoryField& field : kCategoryFields) {
        if (const auto rating = categories.*field.member)
            json.insert(QString::fromUtf16(field.name), *rating);
    }
    return json;
}

} // namespace roost
