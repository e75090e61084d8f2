// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <roost/User.h>

#include <QHash>

#include <pqxx/pqxx>

#include <optional>

namespace roost::server {

/// Users and their password hashes.
class UserRepository
{
public:
    static void prepare(pqxx::connection& c);

    struct WithHash {
        User user;
        QString passwordHash;
        bool disabled = false;
    };

    explicit UserRepository(pqxx::transaction_base& tx) : m_tx(tx) {}

    /// False when the (normalised) email is taken.
    bool insert(const User& user, const QString& passwordHash);
    std::optional<User> find(const QUuid& id);
    /// find() for many ids in one statement; absent ones are left out.
    QList<User> findMany(const QList<QUuid>& ids);
    /// find(), locking the row until the transaction ends.
    std::optional<User> findForUpdate(const QUuid& id);
    std::optional<WithHash> findByEmail(const QString& normalizedEmail);
    std::optional<WithHash> findWithHash(const QUuid& id);
    /// Writes profile fields and bumps the version; returns the stored user.
    User updateProfile(const User& user);
    void updatePasswordHash(const QUuid& id, const QString& passwordHash);
    void markHost(const QUuid& id);
    void markAdmin(const QUuid& id);

    struct HostStats {
        std::optional<double> rating;
        int reviewCount = 0;
    };
    HostStats hostStats(const QUuid& id);
    /// hostStats() of many users in one statement; users hosting nothing are left out (their
    /// stats are the defaults).
    QHash<QUuid, HostStats> hostStatsMany(const QList<QUuid>& ids);

private:
    pqxx::transaction_base& m_tx;
};

} // namespace roost::server
