// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "roost/Booking.h"
#include "roost/Stay.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

namespace roost {

namespace ReviewLimits {
constexpr int kMinRating = 1; // the API's 1–5 stars
constexpr int kMaxRating = 5;
/// Days after completion to write a review (the API's 14): memories are still fresh, and the
/// double-blind wait for the other side's review stays short.
constexpr int kWindowDays = 14;
constexpr int kMaxCommentLength = 2000; // a few paragraphs; longer texts stop being read
} // namespace ReviewLimits

/// The window for reviewing a stay: [stayCompletesAt, 00:00 UTC of check_out + 15 days).
QDateTime reviewWindowOpensAt(const Stay& stay);
QDateTime reviewWindowClosesAt(const Stay& stay);

/// Throws Error(ErrorCode::InvalidState) unless a booking in `status` for `stay` may be reviewed
/// at `now`: it must be completed and now must be inside the window (opening instant included,
/// closing instant excluded).
void checkReviewWindow(BookingStatus status, const Stay& stay, const QDateTime& now);

/// Double-blind: a review becomes visible to others once the other side has reviewed too, or once
/// the window has closed (now ≥ reviewWindowClosesAt), so neither side writes in reply to the
/// other's review.
bool isPublished(bool otherSideReviewed, const Stay& stay, const QDateTime& now);

/// The optional per-topic ratings of a review, each 1–5 when given. A host reviewing a guest has
/// no use for "location", so every topic is optional on its own.
struct ReviewCategories
{
    std::optional<int> cleanliness;
    std::optional<int> accuracy;
    std::optional<int> communication;
    std::optional<int> location;
    std::optional<int> checkIn;
    std::optional<int> value;

    friend bool operator==(const ReviewCategories& a, const ReviewCategories& b) = default;
};

/// A `POST /bookings/{id}/reviews` body after validation.
struct ReviewInput
{
    QUuid id; ///< null when the client did not choose one
    int rating = 0; ///< kMinRating–kMaxRating once parsed
    QString comment;
    std::optional<ReviewCategories> categories;

    friend bool operator==(const ReviewInput& a, const ReviewInput& b) = default;
};

/// Parses `{id?, rating, comment, categories?}` with no coercion: rating an integer 1–5;
/// comment a string (required, as the API lists it, but it may be empty: stars alone are a
/// review) of at most kMaxCommentLength characters, line breaks allowed, other control characters
/// not; categories an object whose known keys (cleanliness, accuracy, communication, location,
/// check_in, value) are each an integer 1–5 when present (unknown keys are ignored). Throws
/// Error::validation naming every bad field, nested ones as `categories.cleanliness`.
ReviewInput parseReviewInput(const QJsonObject& json);

/// `{cleanliness, accuracy, communication, location, check_in, value}` with only the topics given.
QJsonObject reviewCategoriesToJson(const ReviewCategories& categories);

} // namespace roost
