// SPDX-License-Identifier: Apache-2.0
#include "db/PgClientTools.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryFile>
#include <QUrl>
#include <QUrlQuery>

#include <pqxx/pqxx>

namespace roost::server {
namespace {
// A dump or restore of a large database takes a while; an hour bounds a hung tool.
constexpr int kToolTimeoutMs = 60 * 60 * 1000;

QString pgPasswordVariable()
{
    return QStringLiteral("PGPASSWORD");
}
} // namespace

PgClientTools::PgClientTools(const std::string& databaseUrl, QString binDir) : m_binDir(std::move(binDir))
{
    QUrl url(QString::fromStdString(databaseUrl), QUrl::StrictMode);
    if (!url.isValid())
        throw std::runtime_error("the database URL is not a valid URL");
    m_password = url.password(QUrl::FullyDecoded);
    url.setPassword(QString());
    // libpq also takes the password as a query parameter; move that one out of sight too.
    QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("password"))) {
        m_password = query.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
        query.removeAllQueryItems(QStringLiteral("password"));
        url.setQuery(query);
    }
    m_url = url.toString(QUrl::FullyEncoded);
}

QString PgClientTools::run(const QString& tool, const QStringList& args) const
{
    const QString program = m_binDir + QLatin1Char('/') + tool;
    if (!QFileInfo(program).isExecutable())
        throw std::runtime_error(QStringLiteral("%1 not found (install postgresql-client-15, or set ROOST_PG_BINDIR)")
                                     .arg(program)
                                     .toStdString());
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(pgPasswordVariable());
    if (!m_password.isEmpty())
        env.insert(pgPasswordVariable(), m_password);
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(30'000))
        throw std::runtime_error(QStringLiteral("cannot run %1: %2").arg(program, p.errorString()).toStdString());
    // No stdin: a tool asking for a password must fail, not hang.
    p.closeWriteChannel();
    if (!p.waitForFinished(kToolTimeoutMs)) {
        p.kill();
        p.waitForFinished(5'000);
        throw std::runtime_error(QStringLiteral("%1 did not finish within an hour").arg(tool).toStdString());
    }
    const QString errors = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        throw std::runtime_error(QStringLiteral("%1 failed: %2").arg(tool, errors.isEmpty() ? p.errorString() : errors).toStdString());
    return QString::fromLocal8Bit(p.readAllStandardOutput());
}

void PgClientTools::dump(const QString& file) const
{
    run(QStringLiteral("pg_dump"), {QStringLiteral("--format=custom"), QStringLiteral("--no-password"),
                                    QStringLiteral("--file=") + file, QStringLiteral("--dbname=") + m_url});
}

void PgClientTools::restore(const QString& file) const
{
    // A role that is not superuser may create the trusted extensions we use but not comment on
    // them, so the restore skips extension comments (they are PostgreSQL's own text anyway).
    const QString contents = run(QStringLiteral("pg_restore"), {QStringLiteral("--list"), file});
    QTemporaryFile list;
    if (!list.open())
        throw std::runtime_error("cannot write a temporary file for pg_restore");
    for (const QString& line : contents.split(QLatin1Char('\n')))
        if (!line.contains(QLatin1String(" COMMENT - EXTENSION ")))
            list.write(line.toUtf8() + '\n');
    list.flush();
    run(QStringLiteral("pg_restore"),
        {QStringLiteral("--clean"), QStringLiteral("--if-exists"), QStringLiteral("--single-transaction"),
         QStringLiteral("--exit-on-error"), QStringLiteral("--no-owner"), QStringLiteral("--no-acl"), QStringLiteral("--no-password"),
         QStringLiteral("--use-list=") + list.fileName(), QStringLiteral("--dbname=") + m_url, file});
}

bool PgClientTools::hasData(const std::string& databaseUrl)
{
    pqxx::connection connection(databaseUrl);
    pqxx::read_transaction tx(connection);
    // to_regclass: a database that was never migrated has no tables to look into.
    const auto tables = tx.exec1("SELECT to_regclass('public.users') IS NOT NULL, to_regclass('public.listings') IS NOT NULL");
    if (tables[0].as<bool>() && tx.exec1("SELECT EXISTS (SELECT 1 FROM users)")[0].as<bool>())
        return true;
    return tables[1].as<bool>() && tx.exec1("SELECT EXISTS (SELECT 1 FROM listings)")[0].as<bool>();
}

} // namespace roost::server
