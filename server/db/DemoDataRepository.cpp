// SPDX-License-Identifier: Apache-2.0
#include "db/DemoDataRepository.h"

#include "db/PgArray.h"
#include "db/Rows.h"

#include <roost/Date.h>
#include <roost/Id.h>

#include <string>

namespace roost::server {
namespace {

/// One array parameter, built element by element: `{a,b,c}`. Text elements are quoted by
/// pgarray::quoted, so no value can break out of the literal.
class Column
{
public:
    void text(const QString& value) { next(pgarray::quoted(value)); }
    void raw(const std::string& value) { next(value); }
    void integer(qint64 value) { next(std::to_string(value)); }
    void number(double value) { next(QString::number(value, 'g', 17).toStdString()); }
    void boolean(bool value) { next(value ? "t" : "f"); }
    void optionalNumber(const std::optional<double>& value) { next(value ? QString::number(*value, 'g', 17).toStdString() : "NULL"); }
    std::string literal() const { return m_text + '}'; }

private:
    void next(const std::string& element)
    {
        m_text += m_text.size() == 1 ? "" : ",";
        m_text += element;
    }
    std::string m_text = "{";
};

} // namespace

bool DemoDataRepository::userExists(const QString& normalizedEmail)
{
    return !m_tx.exec_params("SELECT 1 FROM users WHERE email_normalized = $1", rows::param(normalizedEmail)).empty();
}

bool DemoDataRepository::hasListings()
{
    return !m_tx.exec("SELECT 1 FROM listings LIMIT 1").empty();
}

QStringList DemoDataRepository::dropListingIndexes()
{
    // Every index of listings except those behind constraints (the primary key): their
    // definitions come from the catalog, so whatever later migrations add is rebuilt as it is.
    const auto r = m_tx.exec("SELECT format('DROP INDEX %I.%I', schemaname, indexname), indexdef FROM pg_indexes "
                             "WHERE schemaname = current_schema() AND tablename = 'listings' AND indexname NOT IN "
                             "(SELECT conname FROM pg_constraint WHERE conrelid = 'listings'::regclass)");
    QStringList definitions;
    for (const auto& row : r) {
        m_tx.exec0(row[0].c_str());
        definitions.append(rows::text(row[1]));
    }
    return definitions;
}

void DemoDataRepository::createIndexes(const QStringList& definitions)
{
    // Index builds sort in memory; the default 64 MB would spill the trigram index to disk.
    // LOCAL: only for this transaction.
    m_tx.exec0("SET LOCAL maintenance_work_mem = '512MB'");
    for (const QString& definition : definitions)
        m_tx.exec0(definition.toStdString());
}

void DemoDataRepository::insertUsers(const QList<User>& users, const QString& passwordHash)
{
    Column id, email, name, bio, host, created;
    for (const User& u : users) {
        id.raw(idToString(u.id).toStdString());
        email.text(u.email);
        name.text(u.displayName);
        bio.text(u.bio);
        host.boolean(u.isHost);
        created.integer(u.createdAt.toMSecsSinceEpoch());
    }
    m_tx.exec_params("INSERT INTO users (id, email, email_normalized, password_hash, display_name, bio, is_host, "
                     "created_at, updated_at) "
                     "SELECT u.id, u.email, u.email, $7, u.name, u.bio, u.host, from_ms(u.created), from_ms(u.created) "
                     "FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::bool[], $6::bigint[]) "
                     "AS u(id, email, name, bio, host, created)",
                     id.literal(), email.literal(), name.literal(), bio.literal(), host.literal(), created.literal(),
                     rows::param(passwordHash));
}

void DemoDataRepository::insertListings(const QList<Listing>& listings)
{
    Column id, hostId, title, description, type, address, city, country, lat, lng, guests, bedrooms, beds, baths,
        amenities, price, cleaning, currency, weekly, monthly, minNights, maxNights, instant, policy, status, rating,
        ratingCount, created;
    for (const Listing& l : listings) {
        id.raw(idToString(l.id).toStdString());
        hostId.raw(idToString(l.hostId).toStdString());
        title.text(l.title);
        description.text(l.description);
        type.text(toString(l.propertyType));
        address.text(l.address);
        city.text(l.city);
        country.text(l.country);
        lat.number(l.latitude);
        lng.number(l.longitude);
        guests.integer(l.maxGuests);
        bedrooms.integer(l.bedrooms);
        beds.integer(l.beds);
        baths.number(l.bathrooms);
        // unnest cannot yield one array per row, so amenities travel comma-joined (their names
        // are lower snake case, never containing a comma) and are split again in SQL.
        amenities.text(l.amenities.join(QLatin1Char(',')));
        price.integer(l.nightlyPrice);
        cleaning.integer(l.cleaningFee);
        currency.text(l.currency);
        weekly.integer(l.weeklyDiscountPct);
        monthly.integer(l.monthlyDiscountPct);
        minNights.integer(l.minNights);
        maxNights.integer(l.maxNights);
        instant.boolean(l.instantBook);
        policy.text(toString(l.cancellationPolicy));
        status.text(toString(l.status));
        rating.optionalNumber(l.ratingAvg);
        ratingCount.integer(l.ratingCount);
        created.integer(l.createdAt.toMSecsSinceEpoch());
    }
    // The create fingerprint is empty: no API request created these, so no re-sent create can
    // ever match one (it answers 409 duplicate).
    m_tx.exec_params(
        "INSERT INTO listings (id, host_id, title, description, property_type, address, city, country, latitude, "
        "longitude, max_guests, bedrooms, beds, bathrooms, amenities, nightly_price, cleaning_fee, currency, "
        "weekly_discount_pct, monthly_discount_pct, min_nights, max_nights, instant_book, cancellation_policy, status, "
        "rating_avg, rating_count, create_fingerprint, created_at, updated_at) "
        "SELECT id, host_id, title, description, property_type, address, city, country, latitude, longitude, "
        "max_guests, bedrooms, beds, bathrooms, string_to_array(nullif(amenities, ''), ','), nightly_price, "
        "cleaning_fee, currency, weekly, monthly, min_nights, max_nights, instant_book, policy, status, rating, "
        "rating_count, ''::bytea, from_ms(created), from_ms(created) "
        "FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], "
        "$9::float8[], $10::float8[], $11::int[], $12::int[], $13::int[], $14::numeric[], $15::text[], $16::bigint[], "
        "$17::bigint[], $18::text[], $19::int[], $20::int[], $21::int[], $22::int[], $23::bool[], $24::text[], "
        "$25::text[], $26::float8[], $27::int[], $28::bigint[]) "
        "AS l(id, host_id, title, description, property_type, address, city, country, latitude, longitude, max_guests, "
        "bedrooms, beds, bathrooms, amenities, nightly_price, cleaning_fee, currency, weekly, monthly, min_nights, "
        "max_nights, instant_book, policy, status, rating, rating_count, created)",
        pqxx::prepare::make_dynamic_params(std::vector<std::string>{
            id.literal(), hostId.literal(), title.literal(), description.literal(), type.literal(), address.literal(),
            city.literal(), country.literal(), lat.literal(), lng.literal(), guests.literal(), bedrooms.literal(),
            beds.literal(), baths.literal(), amenities.literal(), price.literal(), cleaning.literal(),
            currency.literal(), weekly.literal(), monthly.literal(), minNights.literal(), maxNights.literal(),
            instant.literal(), policy.literal(), status.literal(), rating.literal(), ratingCount.literal(),
            created.literal()}));
}

void DemoDataRepository::insertBlocks(const QList<Block>& blocks)
{
    if (blocks.isEmpty())
        return;
    Column id, listingId, start, end, note;
    for (const Block& b : blocks) {
        id.raw(idToString(b.id).toStdString());
        listingId.raw(idToString(b.listingId).toStdString());
        start.raw(dateToString(b.startDate).toStdString());
        end.raw(dateToString(b.endDate).toStdString());
        note.text(b.note);
    }
    m_tx.exec_params("INSERT INTO blocks (id, listing_id, stay, note, create_fingerprint) "
                     "SELECT id, listing_id, daterange(s, e), note, ''::bytea "
                     "FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::date[], $5::text[]) AS b(id, listing_id, s, e, note)",
                     id.literal(), listingId.literal(), start.literal(), end.literal(), note.literal());
    // Same rows as the blocks just written; the exclusion constraint checks them like any other.
    m_tx.exec_params("INSERT INTO calendar_claims (listing_id, stay, block_id) "
                     "SELECT listing_id, stay, id FROM blocks WHERE id = ANY($1::uuid[])",
                     id.literal());
}

int DemoDataRepository::insertReviewedStays(int count, const QList<QUuid>& guests, const QUuid& skipHost,
                                            const QDate& today, const QStringList& comments)
{
    if (count <= 0 || guests.isEmpty() || comments.isEmpty())
        return 0;
    // Set-based: a hundred thousand stays through the booking service would take an hour. The
    // stays end between a month and a year ago, so no calendar or review window is open.
    const pqxx::row written = m_tx.exec_params1(
        "WITH picked AS ("
        "  SELECT l.id AS listing_id, l.host_id, l.nightly_price, l.cleaning_fee, l.currency, l.instant_book, "
        "         l.cancellation_policy, row_number() OVER (ORDER BY l.id) AS n "
        "  FROM listings l WHERE l.status = 'listed' AND l.deleted_at IS NULL AND l.host_id <> $2 "
        "  ORDER BY l.id LIMIT $1), "
        "stays AS ("
        "  SELECT gen_random_uuid() AS id, p.*, ($3::uuid[])[1 + p.n % cardinality($3::uuid[])] AS guest_id, "
        "         $4::date - 34 - (p.n % 330)::int AS check_in FROM picked p), "
        "booked AS ("
        "  INSERT INTO bookings (id, listing_id, guest_id, host_id, stay, guests, nightly_total, discount, "
        "                        cleaning_fee, service_fee, total, currency, status, instant_book, "
        "                        cancellation_policy, hold_expires_at, create_fingerprint, created_at, updated_at) "
        "  SELECT id, listing_id, guest_id, host_id, daterange(check_in, check_in + 3), 2, 3 * nightly_price, 0, "
        "         cleaning_fee, 3 * nightly_price / 10, 3 * nightly_price + cleaning_fee + 3 * nightly_price / 10, "
        "         currency, 'completed', instant_book, cancellation_policy, check_in - 20, ''::bytea, "
        "         check_in - 21, check_in + 3 "
        "  FROM stays "
        "  RETURNING id, listing_id, guest_id, host_id, upper(stay) AS check_out), "
        "reviewed AS ("
        "  INSERT INTO reviews (id, booking_id, listing_id, author_id, subject_id, kind, rating, comment, "
        "                     published_at, create_fingerprint, created_at, updated_at) "
        "SELECT gen_random_uuid(), b.id, b.listing_id, b.guest_id, b.host_id, 'stay', "
        "       3 + abs(hashtext(b.id::text)) % 3, ($5::text[])[1 + abs(hashtext(b.listing_id::text)) % cardinality($5::text[])], "
        "       b.check_out + 2, ''::bytea, b.check_out + 1, b.check_out + 2 "
        "  FROM booked b RETURNING 1) "
        "SELECT count(*)::int FROM reviewed",
        count, rows::param(skipHost), pgarray::idArray(guests), dateToString(today).toStdString(),
        pgarray::textArray(comments));
    return written[0].as<int>();
}

void DemoDataRepository::settle(pqxx::connection& connection)
{
    pqxx::nontransaction tx(connection); // VACUUM runs outside a transaction
    tx.exec0("VACUUM (ANALYZE) users, listings, photos, blocks, calendar_claims, bookings, payments, reviews, change_log");
}

} // namespace roost::server
