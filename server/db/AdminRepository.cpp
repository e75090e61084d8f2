// SPDX-License-Identifier: Apache-2.0
#include "db/AdminRepository.h"

#include "db/Rows.h"

namespace roost::server {

void AdminRepository::prepare(pqxx::connection& c)
{
    // strpos rather than LIKE: an operator's '%' or '_' is then just a character.
    c.prepare("admin_users",
              "SELECT u.id, u.email, u.display_name, u.is_admin, u.is_host, u.disabled_at IS NOT NULL, ms(u.created_at), "
              "(SELECT count(*) FROM sessions s WHERE s.user_id = u.id AND s.revoked_at IS NULL) "
              "FROM users u WHERE $1 = '' OR strpos(u.email_normalized, $1) > 0 ORDER BY u.created_at, u.id LIMIT $2");
    // Only a change of state bumps the version, so a repeated disable is a no-op for clients.
    c.prepare("admin_user_disable",
              "UPDATE users SET disabled_at = CASE WHEN $2 THEN coalesce(disabled_at, now()) ELSE NULL END, "
              "version = version + CASE WHEN (disabled_at IS NOT NULL) = $2 THEN 0 ELSE 1 END, "
              "updated_at = CASE WHEN (disabled_at IS NOT NULL) = $2 THEN updated_at ELSE now() END "
              "WHERE email_normalized = $1");
    c.prepare("admin_user_revoke_sessions",
              "UPDATE sessions SET revoked_at = now() WHERE revoked_at IS NULL "
              "AND user_id = (SELECT id FROM users WHERE email_normalized = $1)");
    c.prepare("admin_jobs",
              "SELECT id, kind, state, attempts, max_attempts, ms(run_at), ms(updated_at), last_error FROM jobs "
              "WHERE CASE WHEN $1 THEN state = 'dead' ELSE state <> 'done' END ORDER BY updated_at DESC, id DESC LIMIT $2");
    c.prepare("admin_job_lock", "SELECT state FROM jobs WHERE id = $1 FOR UPDATE");
    c.prepare("admin_job_requeue",
              "UPDATE jobs SET state = 'queued', attempts = 0, run_at = now(), locked_until = NULL, updated_at = now() "
              "WHERE id = $1");
}

QList<AdminRepository::UserRow> AdminRepository::users(const QString& emailPart, int limit)
{
    QList<UserRow> result;
    for (const auto& row : m_tx.exec_prepared("admin_users", rows::param(emailPart.toLower()), limit)) {
        UserRow u;
        u.id = rows::uuid(row[0]);
        u.email = rows::text(row[1]);
        u.displayName = rows::text(row[2]);
        u.isAdmin = row[3].as<bool>();
        u.isHost = row[4].as<bool>();
        u.disabled = row[5].as<bool>();
        u.createdAt = rows::timestamp(row[6]);
        u.activeSessions = row[7].as<qint64>();
        result.append(u);
    }
    return result;
}

bool AdminRepository::setDisabled(const QString& normalizedEmail, bool disabled)
{
    return m_tx.exec_prepared("admin_user_disable", rows::param(normalizedEmail), disabled).affected_rows() == 1;
}

qint64 AdminRepository::revokeSessions(const QString& normalizedEmail)
{
    return qint64(m_tx.exec_prepared("admin_user_revoke_sessions", rows::param(normalizedEmail)).affected_rows());
}

QList<AdminRepository::JobRow> AdminRepository::jobs(bool deadOnly, int limit)
{
    QList<JobRow> result;
    for (const auto& row : m_tx.exec_prepared("admin_jobs", deadOnly, limit)) {
        JobRow j;
        j.id = row[0].as<qint64>();
        j.kind = rows::text(row[1]);
        j.state = rows::text(row[2]);
        j.attempts = row[3].as<int>();
        j.maxAttempts = row[4].as<int>();
        j.runAt = rows::timestamp(row[5]);
        j.updatedAt = rows::timestamp(row[6]);
        j.lastError = rows::text(row[7]);
        result.append(j);
    }
    return result;
}

std::optional<QString> AdminRepository::lockJobState(qint64 id)
{
    const auto r = m_tx.exec_prepared("admin_job_lock", id);
    if (r.empty())
        return std::nullopt;
    return rows::text(r[0][0]);
}

void AdminRepository::requeue(qint64 id)
{
    m_tx.exec_prepared0("admin_job_requeue", id);
}

} // namespace roost::server
