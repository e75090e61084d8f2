// SPDX-License-Identifier: Apache-2.0
#include "db/BookingRepository.h"

#include "db/Database.h"
#include "db/Rows.h"

#include <roost/Date.h>

namespace roost::server {
namespace {

#define BOOKING_COLUMNS                                                                                                \
    "id, listing_id, guest_id, host_id, lower(stay)::text, upper(stay)::text, guests, nightly_total, discount, "       \
    "cleaning_fee, service_fee, total, currency, status, instant_book, cancellation_policy, refund_amount, message, "  \
    "ms(hold_expires_at), ms(respond_by), ms(created_at), ms(updated_at), version, "                                   \
    "(extract(epoch FROM created_at) * 1000000)::bigint, coalesce(cancel_reason, '')"

Booking toBooking(const pqxx::row& r)
{
    Booking b;
    b.id = rows::uuid(r[0]);
    b.listingId = rows::uuid(r[1]);
    b.guestId = rows::uuid(r[2]);
    b.hostId = rows::uuid(r[3]);
    b.stay = *Stay::make(*parseDate(rows::text(r[4])), *parseDate(rows::text(r[5])));
    b.guests = r[6].as<int>();
    b.price.nights = b.stay.nights();
    b.price.nightlyTotal = r[7].as<qint64>();
    b.price.discount = r[8].as<qint64>();
    b.price.cleaningFee = r[9].as<qint64>();
    b.price.serviceFee = r[10].as<qint64>();
    b.price.total = r[11].as<qint64>();
    b.price.currency = rows::text(r[12]);
    b.status = parseBookingStatus(rows::text(r[13])).value_or(BookingStatus::Expired);
    b.instantBook = r[14].as<bool>();
    b.cancellationPolicy = parseCancellationPolicy(rows::text(r[15])).value_or(CancellationPolicy::Strict);
    b.refundAmount = r[16].as<qint64>();
    b.message = rows::text(r[17]);
    b.holdExpiresAt = rows::timestamp(r[18]);
    b.respondBy = rows::timestamp(r[19]);
    b.createdAt = rows::timestamp(r[20]);
    b.updatedAt = rows::timestamp(r[21]);
    b.version = r[22].as<qint64>();
    b.cancelReason = rows::text(r[24]);
    return b;
}

// Nullable numbers travel as optional text: g++ 12 misreads std::optional<qint64> inside
// libpqxx's parameter code as possibly uninitialised.
std::optional<std::string> optionalMs(const QDateTime& t)
{
    return t.isValid() ? std::optional<std::string>(std::to_string(t.toMSecsSinceEpoch())) : std::nullopt;
}

} // namespace

void BookingRepository::prepare(pqxx::connection& c)
{
    c.prepare("booking_insert",
              "INSERT INTO bookings (id, listing_id, guest_id, host_id, stay, guests, nightly_total, discount, cleaning_fee, "
              "service_fee, total, currency, status, instant_book, cancellation_policy, message, hold_expires_at, "
              "create_fingerprint) VALUES ($1, $2, $3, $4, daterange($5::date, $6::date), $7, $8, $9, $10, $11, $12, $13, "
              "$14, $15, $16, $17, from_ms($18), $19)");
    c.prepare("booking_claim",
              "INSERT INTO calendar_claims (listing_id, stay, booking_id) VALUES ($1, daterange($2::date, $3::date), $4)");
    c.prepare("booking_create_record", "SELECT guest_id, create_fingerprint FROM bookings WHERE id = $1");
    c.prepare("booking_find", "SELECT " BOOKING_COLUMNS " FROM bookings WHERE id = $1");
    c.prepare("booking_find_for_update", "SELECT " BOOKING_COLUMNS " FROM bookings WHERE id = $1 FOR UPDATE");
    c.prepare("booking_update_state",
              "UPDATE bookings SET status = $2, refund_amount = $3, respond_by = from_ms($4::bigint), "
              "cancel_reason = NULLIF($5, ''), version = version + 1, updated_at = now() WHERE id = $1 RETURNING " BOOKING_COLUMNS);
    c.prepare("booking_release_claim", "DELETE FROM calendar_claims WHERE booking_id = $1");
    // Keyset pages: (created_at, id) descending, with an optional status filter.
    c.prepare("booking_list_guest",
              "SELECT " BOOKING_COLUMNS " FROM bookings WHERE guest_id = $1 AND ($2::text IS NULL OR status = $2) "
              "AND ($3::bigint IS NULL OR ((extract(epoch FROM created_at) * 1000000)::bigint, id) < ($3, $4::uuid)) "
              "ORDER BY created_at DESC, id DESC LIMIT $5");
    c.prepare("booking_list_host",
              "SELECT " BOOKING_COLUMNS " FROM bookings WHERE host_id = $1 AND ($2::text IS NULL OR status = $2) "
              "AND ($3::bigint IS NULL OR ((extract(epoch FROM created_at) * 1000000)::bigint, id) < ($3, $4::uuid)) "
              "ORDER BY created_at DESC, id DESC LIMIT $5");
    c.prepare("booking_future_confirmed",
              "SELECT EXISTS (SELECT 1 FROM bookings WHERE listing_id = $1 AND status = 'confirmed' "
              "AND upper(stay) > $2::date)");
}

bool BookingRepository::insert(const Booking& b, const QByteArray& fingerprint)
{
    // A savepoint, so that losing the race leaves the caller's transaction usable. Written out in
    // SQL: libpqxx 6's subtransaction sends its SAVEPOINT only on a plain exec(), never before an
    // exec_prepared(), so a failed prepared statement would abort the whole transaction.
    m_tx.exec0("SAVEPOINT booking_insert");
    try {
        const std::string in = dateToString(b.stay.checkIn()).toStdString();
        const std::string out = dateToString(b.stay.checkOut()).toStdString();
        m_tx.exec_prepared0("booking_insert", rows::param(b.id), rows::param(b.listingId), rows::param(b.guestId),
                            rows::param(b.hostId), in, out, b.guests, b.price.nightlyTotal, b.price.discount,
                            b.price.cleaningFee, b.price.serviceFee, b.price.total, rows::param(b.price.currency),
                            rows::param(toString(b.status)), b.instantBook, rows::param(toString(b.cancellationPolicy)),
                            rows::param(b.message), b.holdExpiresAt.toMSecsSinceEpoch(),
                            pqxx::binarystring(fingerprint.constData(), size_t(fingerprint.size())));
        m_tx.exec_prepared0("booking_claim", rows::param(b.listingId), in, out, rows::param(b.id));
        m_tx.exec0("RELEASE SAVEPOINT booking_insert");
        return true;
    } catch (const pqxx::sql_error& e) {
        // Exclusion: a night is taken. Unique: a concurrent create of the same id committed first
        // (the caller tells a replay from a conflict).
        if (e.sqlstate() != sqlstate::kExclusionViolation && e.sqlstate() != sqlstate::kUniqueViolation)
            throw;
        m_tx.exec0("ROLLBACK TO SAVEPOINT booking_insert");
        return false;
    }
}

std::optional<BookingRepository::CreateRecord> BookingRepository::findCreateRecord(const QUuid& id)
{
    const auto r = m_tx.exec_prepared("booking_create_record", rows::param(id));
    if (r.empty())
        return std::nullopt;
    const pqxx::binarystring fp(r[0][1]);
    return CreateRecord{rows::uuid(r[0][0]), QByteArray(fp.get(), int(fp.size()))};
}

std::optional<Booking> BookingRepository::find(const QUuid& id)
{
    const auto r = m_tx.exec_prepared("booking_find", rows::param(id));
    return r.empty() ? std::nullopt : std::optional(toBooking(r[0]));
}

std::optional<Booking> BookingRepository::findForUpdate(const QUuid& id)
{
    const auto r = m_tx.exec_prepared("booking_find_for_update", rows::param(id));
    return r.empty() ? std::nullopt : std::optional(toBooking(r[0]));
}

Booking BookingRepository::updateState(const Booking& b)
{
    const auto row = m_tx.exec_prepared1("booking_update_state", rows::param(b.id), rows::param(toString(b.status)),
                                         b.refundAmount, optionalMs(b.respondBy), rows::param(b.cancelReason));
    if (!occupiesDates(b.status))
        m_tx.exec_prepared0("booking_release_claim", rows::param(b.id));
    return toBooking(row);
}

QList<std::pair<Booking, qint64>> BookingRepository::list(const QUuid& userId, Role role,
                                                          const std::optional<BookingStatus>& status,
                                                          const std::optional<std::pair<qint64, QUuid>>& after, int limit)
{
    const std::optional<std::string> statusText =
        status ? std::optional<std::string>(toString(*status).toStdString()) : std::nullopt;
    const std::optional<std::string> afterMicros = after ? std::optional<std::string>(std::to_string(after->first)) : std::nullopt;
    const std::optional<std::string> afterId = after ? std::optional<std::string>(rows::param(after->second)) : std::nullopt;
    const auto r = m_tx.exec_prepared(role == Role::Guest ? "booking_list_guest" : "booking_list_host", rows::param(userId),
                                      statusText, afterMicros, afterId, limit);
    QList<std::pair<Booking, qint64>> result;
    for (const auto& row : r)
        result.append({toBooking(row), row[23].as<qint64>()});
    return result;
}

bool BookingRepository::hasFutureConfirmed(const QUuid& listingId, const QDate& today)
{
    return m_tx.exec_prepared1("booking_future_confirmed", rows::param(listingId), dateToString(today).toStdString())[0]
        .as<bool>();
}

} // namespace roost::server
