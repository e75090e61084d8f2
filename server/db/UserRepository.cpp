// SPDX-License-Identifier: Apache-2.0
#include "db/UserRepository.h"

#include "db/PgArray.h"
#include "db/Rows.h"

namespace roost::server {
namespace {

#define USER_COLUMNS "id, email, display_name, bio, phone, is_host, is_admin, ms(created_at), version"

User toUser(const pqxx::row& r)
{
    User u;
    u.id = rows::uuid(r[0]);
    u.email = rows::text(r[1]);
    u.displayName = rows::text(r[2]);
    u.bio = rows::text(r[3]);
    u.phone = rows::text(r[4]);
    u.isHost = r[5].as<bool>();
    u.isAdmin = r[6].as<bool>();
    u.createdAt = rows::timestamp(r[7]);
    u.version = r[8].as<qint64>();
    return u;
}

UserRepository::WithHash toWithHash(const pqxx::row& r)
{
    return {toUser(r), rows::text(r[9]), r[10].as<bool>()};
}

} // namespace

void UserRepository::prepare(pqxx::connection& c)
{
    c.prepare("user_insert",
              "INSERT INTO users (id, email, email_normalized, password_hash, display_name) VALUES ($1, $2, $2, $3, $4) "
              "ON CONFLICT (email_normalized) DO NOTHING");
    c.prepare("user_find", "SELECT " USER_COLUMNS " FROM users WHERE id = $1");
    c.prepare("user_find_many", "SELECT " USER_COLUMNS " FROM users WHERE id = ANY($1::uuid[])");
    c.prepare("user_find_for_update", "SELECT " USER_COLUMNS " FROM users WHERE id = $1 FOR UPDATE");
    c.prepare("user_find_by_email",
              "SELECT " USER_COLUMNS ", password_hash, disabled_at IS NOT NULL FROM users WHERE email_normalized = $1");
    c.prepare("user_find_with_hash", "SELECT " USER_COLUMNS ", password_hash, disabled_at IS NOT NULL FROM users WHERE id = $1");
    c.prepare("user_update_profile",
              "UPDATE users SET display_name = $2, bio = $3, phone = $4, version = version + 1, updated_at = now() "
              "WHERE id = $1 RETURNING " USER_COLUMNS);
    c.prepare("user_update_password",
              "UPDATE users SET password_hash = $2, version = version + 1, updated_at = now() WHERE id = $1");
    c.prepare("user_mark_host", "UPDATE users SET is_host = true, version = version + 1, updated_at = now() "
                                "WHERE id = $1 AND NOT is_host");
    c.prepare("user_mark_admin", "UPDATE users SET is_admin = true, version = version + 1, updated_at = now() WHERE id = $1");
    // Published guest reviews of the user's listings; the reviews table arrives with bookings,
    // until then a host simply has none.
    c.prepare("user_host_stats",
              "SELECT CASE WHEN sum(rating_count) > 0 THEN sum(rating_avg * rating_count) / sum(rating_count) END, "
              "coalesce(sum(rating_count), 0)::int FROM listings WHERE host_id = $1 AND deleted_at IS NULL");
    c.prepare("user_host_stats_many",
              "SELECT host_id, CASE WHEN sum(rating_count) > 0 THEN sum(rating_avg * rating_count) / sum(rating_count) END, "
              "coalesce(sum(rating_count), 0)::int FROM listings WHERE host_id = ANY($1::uuid[]) AND deleted_at IS NULL "
              "GROUP BY host_id");
}

bool UserRepository::insert(const User& u, const QString& passwordHash)
{
    return m_tx.exec_prepared("user_insert", rows::param(u.id), rows::param(u.email), rows::param(passwordHash),
                              rows::param(u.displayName))
               .affected_rows()
           == 1;
}

std::optional<User> UserRepository::find(const QUuid& id)
{
    const auto r = m_tx.exec_prepared("user_find", rows::param(id));
    return r.empty() ? std::nullopt : std::optional(toUser(r[0]));
}

QList<User> UserRepository::findMany(const QList<QUuid>& ids)
{
    return pgarray::selectByIds(m_tx, "user_find_many", ids, [](const pqxx::row& r) { return toUser(r); });
}

std::optional<User> UserRepository::findForUpdate(const QUuid& id)
{
    const auto r = m_tx.exec_prepared("user_find_for_update", rows::param(id));
    return r.empty() ? std::nullopt : std::optional(toUser(r[0]));
}

std::optional<UserRepository::WithHash> UserRepository::findByEmail(const QString& normalizedEmail)
{
    const auto r = m_tx.exec_prepared("user_find_by_email", rows::param(normalizedEmail));
    return r.empty() ? std::nullopt : std::optional(toWithHash(r[0]));
}

std::optional<UserRepository::WithHash> UserRepository::findWithHash(const QUuid& id)
{
    const auto r = m_tx.exec_prepared("user_find_with_hash", rows::param(id));
    return r.empty() ? std::nullopt : std::optional(toWithHash(r[0]));
}

User UserRepository::updateProfile(const User& u)
{
    return toUser(m_tx.exec_prepared1("user_update_profile", rows::param(u.id), rows::param(u.displayName), rows::param(u.bio),
                                      rows::param(u.phone)));
}

void UserRepository::updatePasswordHash(const QUuid& id, const QString& passwordHash)
{
    m_tx.exec_prepared0("user_update_password", rows::param(id), rows::param(passwordHash));
}

void UserRepository::markHost(const QUuid& id)
{
    m_tx.exec_prepared0("user_mark_host", rows::param(id));
}

void UserRepository::markAdmin(const QUuid& id)
{
    m_tx.exec_prepared0("user_mark_admin", rows::param(id));
}

UserRepository::HostStats UserRepository::hostStats(const QUuid& id)
{
    const auto r = m_tx.exec_prepared1("user_host_stats", rows::param(id));
    return {rows::optional<double>(r[0]), r[1].as<int>()};
}

QHash<QUuid, UserRepository::HostStats> UserRepository::hostStatsMany(const QList<QUuid>& ids)
{
    QHash<QUuid, HostStats> out;
    if (ids.isEmpty())
        return out;
    for (const auto& row : m_tx.exec_prepared("user_host_stats_many", pgarray::idArray(ids)))
        out.insert(rows::uuid(row[0]), {rows::optional<double>(row[1]), row[2].as<int>()});
    return out;
}

} // namespace roost::server
