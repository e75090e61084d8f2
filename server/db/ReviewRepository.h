// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <roost/JsonSink.h>
#include <roost/ReviewRules.h>

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

#include <pqxx/pqxx>

#include <optional>

namespace roost::server {

struct Review {
    QUuid id;
    QUuid bookingId;
    QUuid listingId;
    QUuid authorId;
    QUuid subjectId;
    QString kind; ///< stay | guest
    int rating = 0;
    QString comment;
    QJsonObject categories;
    QString response;
    QDateTime responseAt;
    QDateTime publishedAt;
    QDateTime createdAt;
    qint64 version = 1;
    qint64 createdMicros = 0; ///< keyset position in lists (newest first)

    /// The API's review object (API.md, Reviews), written into `out`; toJson() builds it.
    void writeJson(JsonSink& out) const;
    QJsonObject toJson() const;
};

/// Reviews, their publication and the listing ratings they feed.
class ReviewRepository
{
public:
    static void prepare(pqxx::connection& c);

    explicit ReviewRepository(pqxx::transaction_base& tx) : m_tx(tx) {}

    /// False when this author already reviewed this booking.
    bool insert(const Review& review, const QByteArray& fingerprint);
    std::optional<Review> find(const QUuid& id);
    /// find() for many ids in one statement; absent ones are left out.
    QList<Review> findMany(const QList<QUuid>& ids);
    std::optional<std::pair<QUuid, QByteArray>> createRecord(const QUuid& id); ///< author, fingerprint
    int countForBooking(const QUuid& bookingId);
    /// Publishes every unpublished review of the booking; returns how many.
    int publishBooking(const QUuid& bookingId);
    /// Recomputes rating_avg/rating_count of the listing from its published stay reviews.
    void refreshListingRating(const QUuid& listingId);
    /// False when a response was already given.
    bool respond(const QUuid& id, const QString& text);

    QList<Review> publishedOfListing(const QUuid& listingId, int limit, const std::optional<std::pair<qint64, QUuid>>& after);
    QList<Review> publishedAboutGuest(const QUuid& userId, int limit, const std::optional<std::pair<qint64, QUuid>>& after);

private:
    pqxx::transaction_base& m_tx;
};

} // namespace roost::server
