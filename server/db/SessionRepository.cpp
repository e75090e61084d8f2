// SPDX-License-Identifier: Apache-2.0
#include "db/SessionRepository.h"

#include "db/Rows.h"

namespace roost::server {
namespace {

pqxx::binarystring bytes(const QByteArray& b)
{
    return pqxx::binarystring(b.constData(), size_t(b.size()));
}

} // namespace

void SessionRepository::prepare(pqxx::connection& c)
{
    c.prepare("session_create", "INSERT INTO sessions (id, user_id) VALUES ($1, $2)");
    c.prepare("refresh_add", "INSERT INTO refresh_tokens (token_hash, session_id, expires_at) VALUES ($1, $2, from_ms($3))");
    c.prepare("refresh_lock",
              "SELECT t.session_id, s.user_id, t.spent_at IS NOT NULL, t.expires_at <= now(), s.revoked_at IS NOT NULL, "
              "u.disabled_at IS NOT NULL "
              "FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id JOIN users u ON u.id = s.user_id "
              "WHERE t.token_hash = $1 FOR UPDATE OF t");
    c.prepare("refresh_spend", "UPDATE refresh_tokens SET spent_at = now() WHERE token_hash = $1");
    c.prepare("session_revoke", "UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL");
    c.prepare("session_revoke_others",
              "UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL");
    c.prepare("session_active",
              "SELECT 1 FROM sessions s JOIN users u ON u.id = s.user_id "
              "WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND u.disabled_at IS NULL");
    c.prepare("login_failure_add", "INSERT INTO login_failures (email_normalized, ip) VALUES ($1, $2)");
    c.prepare("login_failure_clear", "DELETE FROM login_failures WHERE email_normalized = $1");
    // The n-th most recent failure inside the window: once it leaves the window the caller is
    // under the limit again, so its expiry is the honest Retry-After.
    c.prepare("login_failure_email_nth",
              "SELECT ms(failed_at) FROM login_failures WHERE email_normalized = $1 "
              "AND failed_at > now() - make_interval(secs => $2) ORDER BY failed_at DESC OFFSET $3 - 1 LIMIT 1");
    c.prepare("login_failure_ip_nth",
              "SELECT ms(failed_at) FROM login_failures WHERE ip = $1 "
              "AND failed_at > now() - make_interval(secs => $2) ORDER BY failed_at DESC OFFSET $3 - 1 LIMIT 1");
    c.prepare("db_now_ms", "SELECT ms(now())");
}

void SessionRepository::createSession(const QUuid& sessionId, const QUuid& userId)
{
    m_tx.exec_prepared0("session_create", rows::param(sessionId), rows::param(userId));
}

void SessionRepository::addRefreshToken(const QByteArray& digest, const QUuid& sessionId, const QDateTime& expiresAt)
{
    m_tx.exec_prepared0("refresh_add", bytes(digest), rows::param(sessionId), rows::param(expiresAt));
}

std::optional<SessionRepository::RefreshState> SessionRepository::lockRefreshToken(const QByteArray& digest)
{
    const auto r = m_tx.exec_prepared("refresh_lock", bytes(digest));
    if (r.empty())
        return std::nullopt;
    const auto row = r[0];
    return RefreshState{rows::uuid(row[0]), rows::uuid(row[1]), row[2].as<bool>(), row[3].as<bool>(), row[4].as<bool>(),
                        row[5].as<bool>()};
}

void SessionRepository::spendRefreshToken(const QByteArray& digest)
{
    m_tx.exec_prepared0("refresh_spend", bytes(digest));
}

void SessionRepository::revokeSession(const QUuid& sessionId)
{
    m_tx.exec_prepared0("session_revoke", rows::param(sessionId));
}

void SessionRepository::revokeOtherSessions(const QUuid& userId, const QUuid& keepSessionId)
{
    m_tx.exec_prepared0("session_revoke_others", rows::param(userId), rows::param(keepSessionId));
}

bool SessionRepository::isSessionActive(const QUuid& sessionId, const QUuid& userId)
{
    return !m_tx.exec_prepared("session_active", rows::param(sessionId), rows::param(userId)).empty();
}

void SessionRepository::recordLoginFailure(const QString& email, const QString& ip)
{
    m_tx.exec_prepared0("login_failure_add", rows::param(email), rows::param(ip));
}

void SessionRepository::clearLoginFailures(const QString& email)
{
    m_tx.exec_prepared0("login_failure_clear", rows::param(email));
}

int SessionRepository::loginRetryAfter(const QString& email, const QString& ip, int maxPerEmail, int maxPerIp, int windowSeconds)
{
    const qint64 now = m_tx.exec_prepared1("db_now_ms")[0].as<qint64>();
    qint64 until = 0;
    const auto byEmail = m_tx.exec_prepared("login_failure_email_nth", rows::param(email), windowSeconds, maxPerEmail);
    if (!byEmail.empty())
        until = std::max(until, byEmail[0][0].as<qint64>() + windowSeconds * 1000LL);
    const auto byIp = m_tx.exec_prepared("login_failure_ip_nth", rows::param(ip), windowSeconds, maxPerIp);
    if (!byIp.empty())
        until = std::max(until, byIp[0][0].as<qint64>() + windowSeconds * 1000LL);
    if (until <= now)
        return 0;
    return int((until - now + 999) / 1000);
}

} // namespace roost::server
