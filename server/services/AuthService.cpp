// SPDX-License-Identifier: Apache-2.0
#include "services/AuthService.h"

#include "ServerContext.h"
#include "db/Database.h"
#include "db/SessionRepository.h"
#include "db/UserRepository.h"

#include <roost/Error.h>
#include <roost/Id.h>
#include <roost/JsonReader.h>

#include <QCryptographicHash>

#include <openssl/rand.h>

namespace roost::server {
namespace {

// API.md: after 5 failures for one email, or 20 from one address, within 15 minutes → 429.
constexpr int kMaxFailuresPerEmail = 5;
constexpr int kMaxFailuresPerIp = 20;
constexpr int kThrottleWindowSeconds = 15 * 60;
// A login stays renewable for 30 days without being used.
constexpr qint64 kRefreshLifetimeSeconds = 30LL * 24 * 3600;
constexpr int kRefreshTokenBytes = 32;

QByteArray randomToken()
{
    QByteArray raw(kRefreshTokenBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), kRefreshTokenBytes) != 1)
        throw std::runtime_error("no randomness for a token");
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray digest(const QByteArray& token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

QByteArray refreshTokenFrom(const QJsonObject& body)
{
    FieldErrors errors;
    JsonReader reader(body, errors);
    const auto token = reader.string(QStringLiteral("refresh_token"), Presence::Required);
    if (!errors.isEmpty())
        throw Error::validation(errors);
    return token->toUtf8();
}

Error invalidCredentials()
{
    return Error(ErrorCode::InvalidCredentials, QStringLiteral("The email or password is wrong."));
}

} // namespace

QJsonObject AuthService::Session::toJson() const
{
    return {{QStringLiteral("user"), userToJson(user)},
            {QStringLiteral("access_token"), QString::fromLatin1(accessToken)},
            {QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken)},
            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
            {QStringLiteral("expires_in"), expiresIn}};
}

AuthService::AuthService(Database& db, ServerContext& context)
    : m_db(db), m_hasher(context.config.scrypt, context.hashSlots), m_signer(context.jwtSecret)
{
}

AuthService::Session AuthService::registerUser(const QJsonObject& body)
{
    const Registration registration = parseRegistration(body);
    User user;
    user.id = newId();
    user.email = registration.email.value();
    user.displayName = registration.displayName;
    // Hash outside the transaction: it is slow and needs no database.
    const QString hash = m_hasher.hash(registration.password);

    pqxx::work tx(m_db.connection());
    UserRepository users(tx);
    if (!users.insert(user, hash))
        throw Error(ErrorCode::EmailTaken, QStringLiteral("An account with this email already exists."));
    user = *users.find(user.id);
    Session session = startSession(tx, user);
    tx.commit();
    return session;
}

User AuthService::createAdmin(const QString& email, const QString& displayName, const QString& password)
{
    const Registration registration = parseRegistration({{QStringLiteral("email"), email},
                                                         {QStringLiteral("password"), password},
                                                         {QStringLiteral("display_name"), displayName}});
    User user;
    user.id = newId();
    user.email = registration.email.value();
    user.displayName = registration.displayName;
    user.isAdmin = true;
    const QString hash = m_hasher.hash(registration.password);
    pqxx::work tx(m_db.connection());
    UserRepository users(tx);
    if (!users.insert(user, hash))
        throw Error(ErrorCode::EmailTaken, QStringLiteral("An account with this email already exists."));
    users.markAdmin(user.id);
    user = *users.find(user.id);
    tx.commit();
    return user;
}

AuthService::Session AuthService::login(const QJsonObject& body, const QString& ip)
{
    const Credentials credentials = parseCredentials(body);
    std::optional<UserRepository::WithHash> found;
    {
        pqxx::work tx(m_db.connection());
        SessionRepository sessions(tx);
        if (const int wait = sessions.loginRetryAfter(credentials.email, ip, kMaxFailuresPerEmail, kMaxFailuresPerIp,
                                                      kThrottleWindowSeconds))
            throw Error(ErrorCode::RateLimited, QStringLiteral("Too many failed sign-ins; try again later.")).retryAfter(wait);
        found = UserRepository(tx).findByEmail(credentials.email);
        tx.commit();
    }

    const bool ok = found ? m_hasher.verify(credentials.password, found->passwordHash)
                          : (m_hasher.verifyDummy(credentials.password), false);

    pqxx::work tx(m_db.connection());
    SessionRepository sessions(tx);
    if (!ok || found->disabled) {
        sessions.recordLoginFailure(credentials.email, ip);
        tx.commit();
        throw invalidCredentials();
    }
    sessions.clearLoginFailures(credentials.email);
    Session session = startSession(tx, found->user);
    tx.commit();
    return session;
}

AuthService::Session AuthService::refresh(const QJsonObject& body)
{
    const QByteArray presented = digest(refreshTokenFrom(body));
    pqxx::work tx(m_db.connection());
    SessionRepository sessions(tx);
    const auto state = sessions.lockRefreshToken(presented);
    if (!state || state->sessionRevoked || state->userDisabled)
        throw Error(ErrorCode::Unauthenticated, QStringLiteral("This refresh token is not valid; sign in again."));
    if (state->spent) {
        // A spent token presented again means two parties hold it: end the whole login, so the
        // thief's tokens die with the victim's (OAuth 2.0 Security BCP, refresh token rotation).
        sessions.revokeSession(state->sessionId);
        tx.commit();
        throw Error(ErrorCode::TokenReused, QStringLiteral("This refresh token was already used; the login has been ended."));
    }
    if (state->expired)
        throw Error(ErrorCode::TokenExpired, QStringLiteral("This login has expired; sign in again."));
    sessions.spendRefreshToken(presented);
    const auto user = UserRepository(tx).find(state->userId);
    Session session = issue(tx, *user, state->sessionId);
    tx.commit();
    return session;
}

void AuthService::logout(const QJsonObject& body)
{
    const QByteArray presented = digest(refreshTokenFrom(body));
    pqxx::work tx(m_db.connection());
    SessionRepository sessions(tx);
    if (const auto state = sessions.lockRefreshToken(presented))
        sessions.revokeSession(state->sessionId);
    tx.commit(); // an unknown token is already logged out: 204 all the same
}

AuthUser AuthService::authenticate(const QByteArray& accessToken)
{
    const auto verified = m_signer.verify(accessToken, m_clock.now());
    if (!verified.user) {
        if (verified.failure == TokenSigner::Failure::Expired)
            throw Error(ErrorCode::TokenExpired, QStringLiteral("The access token has expired; refresh it."));
        throw Error(ErrorCode::Unauthenticated, QStringLiteral("The access token is not valid."));
    }
    // Signed tokens cannot be recalled, so each request checks that their login still stands
    // (revoked on refresh-token reuse, logout or password change): one primary-key lookup.
    pqxx::read_transaction tx(m_db.connection());
    if (!SessionRepository(tx).isSessionActive(verified.user->sessionId, verified.user->userId))
        throw Error(ErrorCode::Unauthenticated, QStringLiteral("This login has ended; sign in again."));
    return *verified.user;
}

AuthService::Session AuthService::startSession(pqxx::transaction_base& tx, const User& user)
{
    const QUuid sessionId = newId();
    SessionRepository(tx).createSession(sessionId, user.id);
    return issue(tx, user, sessionId);
}

AuthService::Session AuthService::issue(pqxx::transaction_base& tx, const User& user, const QUuid& sessionId)
{
    const QDateTime now = m_clock.now();
    Session session;
    session.user = user;
    session.refreshToken = randomToken();
    SessionRepository(tx).addRefreshToken(digest(session.refreshToken), sessionId, now.addSecs(kRefreshLifetimeSeconds));
    session.accessToken = m_signer.issue({user.id, sessionId}, now);
    return session;
}

} // namespace roost::server
