// SPDX-License-Identifier: Apache-2.0
#include "services/AdminService.h"

#include "db/Database.h"

#include <roost/Email.h>
#include <roost/Error.h>

namespace roost::server {
namespace {

QString normalizedEmail(const QString& text)
{
    const auto email = Email::parse(text);
    if (!email)
        throw Error::validation({{QStringLiteral("email"), QStringLiteral("is not an e-mail address")}});
    return email->value();
}

Error noSuchUser(const QString& email)
{
    return Error(ErrorCode::NotFound, QStringLiteral("No user has the e-mail address %1.").arg(email));
}

} // namespace

QList<AdminRepository::UserRow> AdminService::users(const QString& emailPart, int limit)
{
    pqxx::read_transaction tx(m_db.connection());
    return AdminRepository(tx).users(emailPart.trimmed(), limit);
}

qint64 AdminService::disableUser(const QString& email)
{
    const QString normalized = normalizedEmail(email);
    pqxx::work tx(m_db.connection());
    AdminRepository admin(tx);
    if (!admin.setDisabled(normalized, true))
        throw noSuchUser(normalized);
    const qint64 revoked = admin.revokeSessions(normalized);
    tx.commit();
    return revoked;
}

void AdminService::enableUser(const QString& email)
{
    const QString normalized = normalizedEmail(email);
    pqxx::work tx(m_db.connection());
    if (!AdminRepository(tx).setDisabled(normalized, false))
        throw noSuchUser(normalized);
    tx.commit();
}

QList<AdminRepository::JobRow> AdminService::jobs(bool deadOnly, int limit)
{
    pqxx::read_transaction tx(m_db.connection());
    return AdminRepository(tx).jobs(deadOnly, limit);
}

void AdminService::retryJob(qint64 id)
{
    pqxx::work tx(m_db.connection());
    AdminRepository admin(tx);
    const auto state = admin.lockJobState(id);
    if (!state)
        throw Error(ErrorCode::NotFound, QStringLiteral("There is no job %1.").arg(id));
    if (*state != QLatin1String("dead"))
        throw Error(ErrorCode::InvalidState, QStringLiteral("Job %1 is %2, not dead; only dead jobs are retried.").arg(id).arg(*state));
    admin.requeue(id);
    tx.commit();
}

} // namespace roost::server
