// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/AuthUser.h"

#include <roost/User.h>

#include <QJsonObject>

#include <optional>

#include <pqxx/pqxx>

namespace roost::server {

class Database;
class PasswordHasher;
class UserRepository;

/// `GET /users/{id}`'s public profile of `id`, read through `users`; nothing if there is no such user.
std::optional<QJsonObject> publicProfileOf(UserRepository& users, const QUuid& id);

/// Profiles: the caller's own, and the public view of anyone.
class UserService
{
public:
    UserService(Database& db, const PasswordHasher& hasher);

    User me(const AuthUser& caller);
    /// Applies `PATCH /me`; a password change ends every other login of the user.
    User updateMe(const AuthUser& caller, const QJsonObject& body, std::optional<qint64> expectedVersion);
    QJsonObject publicProfile(const QUuid& id);
    /// `PATCH /me` without a password change, inside the caller's transaction (sync push);
    /// a password in `body` is 422 (passwords change through PATCH /me only).
    User updateProfileIn(pqxx::work& tx, const AuthUser& caller, const QJsonObject& body);

private:
    Database& m_db;
    const PasswordHasher& m_hasher;
};

} // namespace roost::server
