// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <pqxx/pqxx>

#include <optional>

namespace roost::server {

/// The operator's view of accounts and the job queue, for `roost-server admin`.
class AdminRepository
{
public:
    static void prepare(pqxx::connection& c);

    explicit AdminRepository(pqxx::transaction_base& tx) : m_tx(tx) {}

    struct UserRow {
        QUuid id;
        QString email;
        QString displayName;
        bool isAdmin = false;
        bool isHost = false;
        bool disabled = false;
        QDateTime createdAt;
        qint64 activeSessions = 0;
    };
    /// Users whose normalised email contains `emailPart` (all when empty), oldest first.
    QList<UserRow> users(const QString& emailPart, int limit);

    /// Sets or clears `disabled_at` of the user with this normalised email; false when none.
    bool setDisabled(const QString& normalizedEmail, bool disabled);
    /// Revokes every live session of that user (their refresh and access tokens die with them);
    /// returns how many.
    qint64 revokeSessions(const QString& normalizedEmail);

    struct JobRow {
        qint64 id = 0;
        QString kind;
        QString state;
        int attempts = 0;
        int maxAttempts = 0;
        QDateTime runAt;
        QDateTime updatedAt;
        QString lastError;
    };
    /// Jobs not yet done (or only the dead ones), newest change first.
    QList<JobRow> jobs(bool deadOnly, int limit);
    /// The state of job `id`, locked for update; nullopt when there is none.
    std::optional<QString> lockJobState(qint64 id);
    /// Puts a dead job back in the queue, due now, with a fresh set of attempts.
    void requeue(qint64 id);

private:
    pqxx::transaction_base& m_tx;
};

} // namespace roost::server
