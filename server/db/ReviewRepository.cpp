// SPDX-License-Identifier: Apache-2.0
#include "db/ReviewRepository.h"

#include "db/PgArray.h"
#include "db/Rows.h"

#include <roost/Date.h>

#include <QJsonDocument>

namespace roost::server {
namespace {

#define REVIEW_COLUMNS                                                                                                 \
    "id, booking_id, listing_id, author_id, subject_id, kind, rating, comment, categories::text, response, "          \
    "ms(response_at), ms(published_at), ms(created_at), version, (extract(epoch FROM created_at) * 1000000)::bigint"

Review toReview(const pqxx::row& r)
{
    Review v;
    v.id = rows::uuid(r[0]);
    v.bookingId = rows::uuid(r[1]);
    v.listingId = rows::uuid(r[2]);
    v.authorId = rows::uuid(r[3]);
    v.subjectId = rows::uuid(r[4]);
    v.kind = rows::text(r[5]);
    v.rating = r[6].as<int>();
    v.comment = rows::text(r[7]);
    v.categories = QJsonDocument::fromJson(rows::text(r[8]).toUtf8()).object();
    v.response = rows::text(r[9]);
    v.responseAt = rows::timestamp(r[10]);
    v.publishedAt = rows::timestamp(r[11]);
    v.createdAt = rows::timestamp(r[12]);
    v.version = r[13].as<qint64>();
    v.createdMicros = r[14].as<qint64>();
    return v;
}

std::optional<std::string> afterMicros(const std::optional<std::pair<qint64, QUuid>>& after)
{
    return after ? std::optional<std::string>(std::to_string(after->first)) : std::nullopt;
}

std::optional<std::string> afterId(const std::optional<std::pair<qint64, QUuid>>& after)
{
    return after ? std::optional<std::string>(rows::param(after->second)) : std::nullopt;
}

} // namespace

void Review::writeJson(JsonSink& out) const
{
    out.beginObject();
    out.field("id", idToString(id));
    out.field("booking_id", idToString(bookingId));
    out.field("listing_id", idToString(listingId));
    out.field("author_id", idToString(authorId));
    out.field("subject_id", idToString(subjectId));
    out.field("kind", kind);
    out.field("rating", rating);
    out.field("comment", comment);
    out.key("categories");
    out.value(categories);
    if (response.isEmpty())
        out.nullField("response");
    else
        out.field("response", response);
    out.field("published", publishedAt.isValid());
    out.key("published_at");
    out.value(timestampToJson(publishedAt));
    out.key("created_at");
    out.value(timestampToJson(createdAt));
    out.field("version", version);
    out.endObject();
}

QJsonObject Review::toJson() const
{
    return buildJsonObject([this](JsonSink& sink) { writeJson(sink); });
}

void ReviewRepository::prepare(pqxx::connection& c)
{
    c.prepare("review_insert",
              "INSERT INTO reviews (id, booking_id, listing_id, author_id, subject_id, kind, rating, comment, categories, "
              "create_fingerprint) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10) "
              "ON CONFLICT (booking_id, author_id) DO NOTHING");
    c.prepare("review_find", "SELECT " REVIEW_COLUMNS " FROM reviews WHERE id = $1");
    c.prepare("review_find_many", "SELECT " REVIEW_COLUMNS " FROM reviews WHERE id = ANY($1::uuid[])");
    c.prepare("review_create_record", "SELECT author_id, create_fingerprint FROM reviews WHERE id = $1");
    c.prepare("review_count_booking", "SELECT count(*)::int FROM reviews WHERE booking_id = $1");
    c.prepare("review_publish_booking",
              "UPDATE reviews SET published_at = now(), version = version + 1, updated_at = now() "
              "WHERE booking_id = $1 AND published_at IS NULL");
    // The listing's rating counts published stay reviews only (API.md); the listing's version
    // grows because its visible data changed.
    c.prepare("review_refresh_listing",
              "UPDATE listings l SET rating_avg = s.avg, rating_count = s.n, version = l.version + 1, updated_at = now() "
              "FROM (SELECT avg(rating)::float8 AS avg, count(*)::int AS n FROM reviews "
              "      WHERE listing_id = $1 AND kind = 'stay' AND published_at IS NOT NULL) s WHERE l.id = $1");
    c.prepare("review_respond",
              "UPDATE reviews SET response = $2, response_at = now(), version = version + 1, updated_at = now() "
              "WHERE id = $1 AND response IS NULL");
    c.prepare("review_of_listing",
              "SELECT " REVIEW_COLUMNS " FROM reviews WHERE listing_id = $1 AND kind = 'stay' AND published_at IS NOT NULL "
              "AND ($3::bigint IS NULL OR ((extract(epoch FROM created_at) * 1000000)::bigint, id) < ($3::bigint, $4::uuid)) "
              "ORDER BY created_at DESC, id DESC LIMIT $2");
    c.prepare("review_about_guest",
              "SELECT " REVIEW_COLUMNS " FROM reviews WHERE subject_id = $1 AND kind = 'guest' AND published_at IS NOT NULL "
              "AND ($3::bigint IS NULL OR ((extract(epoch FROM created_at) * 1000000)::bigint, id) < ($3::bigint, $4::uuid)) "
              "ORDER BY created_at DESC, id DESC LIMIT $2");
}

bool ReviewRepository::insert(const Review& v, const QByteArray& fingerprint)
{
    return m_tx.exec_prepared("review_insert", rows::param(v.id), rows::param(v.bookingId), rows::param(v.listingId),
                              rows::param(v.authorId), rows::param(v.subjectId), rows::param(v.kind), v.rating,
                              rows::param(v.comment),
                              QJsonDocument(v.categories).toJson(QJsonDocument::Compact).toStdString(),
                              pqxx::binarystring(fingerprint.constData(), size_t(fingerprint.size())))
               .affected_rows()
           == 1;
}

std::optional<Review> ReviewRepository::find(const QUuid& id)
{
    const auto r = m_tx.exec_prepared("review_find", rows::param(id));
    return r.empty() ? std::nullopt : std::optional(toReview(r[0]));
}

QList<Review> ReviewRepository::findMany(const QList<QUuid>& ids)
{
    return pgarray::selectByIds(m_tx, "review_find_many", ids, [](const pqxx::row& r) { return toReview(r); });
}

std::optional<std::pair<QUuid, QByteArray>> ReviewRepository::createRecord(const QUuid& id)
{
    const auto r = m_tx.exec_prepared("review_create_record", rows::param(id));
    if (r.empty())
        return std::nullopt;
    const pqxx::binarystring fp(r[0][1]);
    return std::pair{rows::uuid(r[0][0]), QByteArray(fp.get(), int(fp.size()))};
}

int ReviewRepository::countForBooking(const QUuid& bookingId)
{
    return m_tx.exec_prepared1("review_count_booking", rows::param(bookingId))[0].as<int>();
}

int ReviewRepository::publishBooking(const QUuid& bookingId)
{
    return int(m_tx.exec_prepared("review_publish_booking", rows::param(bookingId)).affected_rows());
}

void ReviewRepository::refreshListingRating(const QUuid& listingId)
{
    m_tx.exec_prepared0("review_refresh_listing", rows::param(listingId));
}

bool ReviewRepository::respond(const QUuid& id, const QString& text)
{
    return m_tx.exec_prepared("review_respond", rows::param(id), rows::param(text)).affected_rows() == 1;
}

QList<Review> ReviewRepository::publishedOfListing(const QUuid& listingId, int limit,
                                                   const std::optional<std::pair<qint64, QUuid>>& after)
{
    QList<Review> result;
    for (const auto& row : m_tx.exec_prepared("review_of_listing", rows::param(listingId), limit, afterMicros(after), afterId(after)))
        result.append(toReview(row));
    return result;
}

QList<Review> ReviewRepository::publishedAboutGuest(const QUuid& userId, int limit,
                                                    const std::optional<std::pair<qint64, QUuid>>& after)
{
    QList<Review> result;
    for (const auto& row : m_tx.exec_prepared("review_about_guest", rows::param(userId), limit, afterMicros(after), afterId(after)))
        result.append(toReview(row));
    return result;
}

} // namespace roost::server
