// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QUuid>

#include <pqxx/pqxx>

#include <optional>

namespace roost::server {

/// Logins (sessions), their refresh tokens (as digests) and failed-login records.
class SessionRepository
{
public:
    static void prepare(pqxx::connection& c);

    explicit SessionRepository(pqxx::transaction_base& tx) : m_tx(tx) {}

    void createSession(const QUuid& sessionId, const QUuid& userId);
    void addRefreshToken(const QByteArray& digest, const QUuid& sessionId, const QDateTime& expiresAt);

    struct RefreshState {
        QUuid sessionId;
        QUuid userId;
        bool spent = false;
        bool expired = false;
        bool sessionRevoked = false;
        bool userDisabled = false;
    };
    /// Locks the token's row, so two refreshes with one token are serialised.
    std::optional<RefreshState> lockRefreshToken(const QByteArray& digest);
    void spendRefreshToken(const QByteArray& digest);

    void revokeSession(const QUuid& sessionId);
    void revokeOtherSessions(const QUuid& userId, const QUuid& keepSessionId);
    /// True when the session is live and its user is not disabled.
    bool isSessionActive(const QUuid& sessionId, const QUuid& userId);

    void recordLoginFailure(const QString& email, const QString& ip);
    void clearLoginFailures(const QString& email);
    /// Seconds until the caller may try again, or 0 when not throttled.
    int loginRetryAfter(const QString& email, const QString& ip, int maxPerEmail, int maxPerIp, int windowSeconds);

private:
    pqxx::transaction_base& m_tx;
};

} // namespace roost::server
