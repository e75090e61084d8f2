// SPDX-License-Identifier: Apache-2.0
#include "services/UserService.h"

#include "auth/PasswordHasher.h"
#include "db/Database.h"
#include "db/SessionRepository.h"
#include "db/UserRepository.h"
#include "services/ExpectedVersion.h"

#include <roost/Error.h>

namespace roost::server {

UserService::UserService(Database& db, const PasswordHasher& hasher) : m_db(db), m_hasher(hasher) {}

User UserService::me(const AuthUser& caller)
{
    pqxx::read_transaction tx(m_db.connection());
    if (auto user = UserRepository(tx).find(caller.userId))
        return *user;
    throw Error::notFound(QStringLiteral("User"));
}

User UserService::updateMe(const AuthUser& caller, const QJsonObject& body, std::optional<qint64> expectedVersion)
{
    const ProfileChanges changes = parseProfileChanges(body);
    expectedVersion = server::expectedVersion(body, expectedVersion);

    std::optional<QString> newHash;
    if (changes.newPassword) {
        std::optional<UserRepository::WithHash> stored;
        {
            pqxx::read_transaction tx(m_db.connection());
            stored = UserRepository(tx).findWithHash(caller.userId);
        }
        if (!stored || !m_hasher.verify(*changes.currentPassword, stored->passwordHash))
            throw Error::validation({{QStringLiteral("current_password"), QStringLiteral("is not your current password")}});
        newHash = m_hasher.hash(*changes.newPassword);
    }

    pqxx::work tx(m_db.connection());
    UserRepository users(tx);
    auto user = users.find(caller.userId);
    if (!user)
        throw Error::notFound(QStringLiteral("User"));
    if (expectedVersion && *expectedVersion != user->version)
        throw Error(ErrorCode::VersionConflict, QStringLiteral("The profile was changed elsewhere; reload it."))
            .with(QStringLiteral("current"), userToJson(*user));
    applyProfileChanges(*user, changes);
    User stored = users.updateProfile(*user);
    if (newHash) {
        users.updatePasswordHash(caller.userId, *newHash);
        SessionRepository(tx).revokeOtherSessions(caller.userId, caller.sessionId);
        stored = *users.find(caller.userId);
    }
    tx.commit();
    return stored;
}

User UserService::updateProfileIn(pqxx::work& tx, const AuthUser& caller, const QJsonObject& body)
{
    const ProfileChanges changes = parseProfileChanges(body);
    if (changes.newPassword)
        throw Error::validation({{QStringLiteral("new_password"), QStringLiteral("change the password with PATCH /me")}});
    UserRepository users(tx);
    auto user = users.findForUpdate(caller.userId);
    if (!user)
        throw Error::notFound(QStringLiteral("User"));
    applyProfileChanges(*user, changes);
    return users.updateProfile(*user);
}

std::optional<QJsonObject> publicProfileOf(UserRepository& users, const QUuid& id)
{
    const auto user = users.find(id);
    if (!user)
        return std::nullopt;
    const auto stats = users.hostStats(id);
    return publicProfileToJson(*user, stats.rating, stats.reviewCount);
}

QJsonObject UserService::publicProfile(const QUuid& id)
{
    pqxx::read_transaction tx(m_db.connection());
    UserRepository users(tx);
    if (auto profile = publicProfileOf(users, id))
        return *profile;
    throw Error::notFound(QStringLiteral("User"));
}

} // namespace roost::server
