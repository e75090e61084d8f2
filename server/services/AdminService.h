// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/AdminRepository.h"

namespace roost::server {

class Database;

/// What an operator does from the command line (`roost-server admin`): look up accounts,
/// disable or re-enable them, inspect the job queue and give dead jobs another run.
class AdminService
{
public:
    explicit AdminService(Database& db) : m_db(db) {}

    QList<AdminRepository::UserRow> users(const QString& emailPart, int limit);

    /// Disables the account and revokes its sessions in one transaction, so no token issued
    /// before keeps working (a disabled account cannot sign in either). Returns the number of
    /// sessions revoked. Throws Error(NotFound) for an unknown email, ValidationFailed for a
    /// malformed one.
    qint64 disableUser(const QString& email);
    void enableUser(const QString& email);

    QList<AdminRepository::JobRow> jobs(bool deadOnly, int limit);
    /// Throws Error(NotFound), or Error(InvalidState) unless the job is dead.
    void retryJob(qint64 id);

private:
    Database& m_db;
};

} // namespace roost::server
