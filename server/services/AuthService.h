// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/AuthUser.h"
#include "auth/PasswordHasher.h"
#include "auth/TokenSigner.h"

#include <roost/Clock.h>
#include <roost/User.h>

#include <QJsonObject>

#include <pqxx/pqxx>

namespace roost::server {

class Database;
struct ServerContext;

/// Accounts and logins: registration, login (throttled), refresh-token rotation with reuse
/// detection, logout, and checking access tokens for every request.
class AuthService final : public Authenticator
{
public:
    AuthService(Database& db, ServerContext& context);

    /// What register, login and refresh answer.
    struct Session {
        User user;
        QByteArray accessToken;
        QByteArray refreshToken;
        int expiresIn = TokenSigner::kAccessLifetimeSeconds;
        QJsonObject toJson() const;
    };

    Session registerUser(const QJsonObject& body);
    Session login(const QJsonObject& body, const QString& ip);
    Session refresh(const QJsonObject& body);
    void logout(const QJsonObject& body);

    AuthUser authenticate(const QByteArray& accessToken) override;

    /// For `roost-server create-admin`: an administrator account (same rules as registration).
    User createAdmin(const QString& email, const QString& displayName, const QString& password);

    const PasswordHasher& hasher() const { return m_hasher; }

private:
    Session startSession(pqxx::transaction_base& tx, const User& user);
    Session issue(pqxx::transaction_base& tx, const User& user, const QUuid& sessionId);

    Database& m_db;
    PasswordHasher m_hasher;
    TokenSigner m_signer;
    SystemClock m_clock; // credentials always use the real clock, never the testing hook
};

} // namespace roost::server
