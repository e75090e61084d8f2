// SPDX-License-Identifier: Apache-2.0
#include "cli/AdminCommands.h"

#include "cli/TextTable.h"
#include "db/Database.h"
#include "services/AdminService.h"

#include <roost/Date.h>
#include <roost/Error.h>
#include <roost/Id.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

namespace roost::server {
namespace {

// A listing for a person at a terminal; scripts wanting everything page with --limit.
constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 100'000;

/// The words of one admin command: flags, `--name value` options and positional arguments.
class Arguments
{
public:
    explicit Arguments(QStringList args) : m_args(std::move(args)) {}

    bool flag(const QString& name) { return m_args.removeAll(name) > 0; }

    /// The value after `name` (removed from the list); nullopt when absent; throws when the
    /// value is missing.
    std::optional<QString> option(const QString& name)
    {
        const qsizetype i = m_args.indexOf(name);
        if (i < 0)
            return std::nullopt;
        if (i + 1 >= m_args.size())
            throw Error(ErrorCode::BadRequest, QStringLiteral("%1 needs a value.").arg(name));
        const QString value = m_args[i + 1];
        m_args.remove(i, 2);
        return value;
    }

    int limit()
    {
        const auto text = option(QStringLiteral("--limit"));
        if (!text)
            return kDefaultLimit;
        bool ok = false;
        const int n = text->toInt(&ok);
        if (!ok || n < 1 || n > kMaxLimit)
            throw Error(ErrorCode::BadRequest, QStringLiteral("--limit: expected 1 to %1, got '%2'.").arg(kMaxLimit).arg(*text));
        return n;
    }

    /// The single remaining positional argument, `what` naming it in the error.
    QString single(const QString& what)
    {
        if (m_args.size() != 1 || m_args.constFirst().startsWith(QLatin1String("--")))
            throw Error(ErrorCode::BadRequest, QStringLiteral("expected one argument, the %1.").arg(what));
        return m_args.constFirst();
    }

    /// Refuses leftovers: unknown options or stray arguments.
    void finish()
    {
        if (!m_args.isEmpty())
            throw Error(ErrorCode::BadRequest, m_args.constFirst().startsWith(QLatin1String("--"))
                                                   ? QStringLiteral("unknown option %1.").arg(m_args.constFirst())
                                                   : QStringLiteral("unexpected argument %1.").arg(m_args.constFirst()));
    }

private:
    QStringList m_args;
};

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

void printJson(QTextStream& out, const QJsonValue& value)
{
    out << (value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject())).toJson(QJsonDocument::Compact)
        << '\n';
    out.flush();
}

int listUsers(AdminService& admin, Arguments& a, QTextStream& out)
{
    const bool json = a.flag(QStringLiteral("--json"));
    const QString email = a.option(QStringLiteral("--email")).value_or(QString());
    const int limit = a.limit();
    a.finish();
    const auto users = admin.users(email, limit);
    if (json) {
        QJsonArray array;
        for (const auto& u : users)
            array.append(QJsonObject{{QStringLiteral("id"), idToString(u.id)},
                                     {QStringLiteral("email"), u.email},
                                     {QStringLiteral("display_name"), u.displayName},
                                     {QStringLiteral("is_admin"), u.isAdmin},
                                     {QStringLiteral("is_host"), u.isHost},
                                     {QStringLiteral("disabled"), u.disabled},
                                     {QStringLiteral("active_sessions"), u.activeSessions},
                                     {QStringLiteral("created_at"), timestampToJson(u.createdAt)}});
        printJson(out, array);
        return 0;
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("EMAIL"), QStringLiteral("NAME"), QStringLiteral("ADMIN"),
                     QStringLiteral("HOST"), QStringLiteral("DISABLED"), QStringLiteral("SESSIONS"), QStringLiteral("CREATED")});
    for (const auto& u : users)
        table.addRow({idToString(u.id), u.email, u.displayName, yesNo(u.isAdmin), yesNo(u.isHost), yesNo(u.disabled),
                      QString::number(u.activeSessions), timestampToString(u.createdAt)});
    table.print(out);
    out << users.size() << " user(s)" << Qt::endl;
    return 0;
}

int listJobs(AdminService& admin, Arguments& a, QTextStream& out)
{
    const bool json = a.flag(QStringLiteral("--json"));
    const bool dead = a.flag(QStringLiteral("--dead"));
    const int limit = a.limit();
    a.finish();
    const auto jobs = admin.jobs(dead, limit);
    if (json) {
        QJsonArray array;
        for (const auto& j : jobs)
            array.append(QJsonObject{{QStringLiteral("id"), j.id},
                                     {QStringLiteral("kind"), j.kind},
                                     {QStringLiteral("state"), j.state},
                                     {QStringLiteral("attempts"), j.attempts},
                                     {QStringLiteral("max_attempts"), j.maxAttempts},
                                     {QStringLiteral("run_at"), timestampToJson(j.runAt)},
                                     {QStringLiteral("updated_at"), timestampToJson(j.updatedAt)},
                                     {QStringLiteral("last_error"), j.lastError.isNull() ? QJsonValue() : QJsonValue(j.lastError)}});
        printJson(out, array);
        return 0;
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("KIND"), QStringLiteral("STATE"), QStringLiteral("ATTEMPTS"),
                     QStringLiteral("RUN AT"), QStringLiteral("UPDATED"), QStringLiteral("LAST ERROR")});
    for (const auto& j : jobs)
        table.addRow({QString::number(j.id), j.kind, j.state, QStringLiteral("%1/%2").arg(j.attempts).arg(j.maxAttempts),
                      timestampToString(j.runAt), timestampToString(j.updatedAt), j.lastError});
    table.print(out);
    out << jobs.size() << (dead ? " dead job(s)" : " job(s) not done") << Qt::endl;
    return 0;
}

int run(AdminService& admin, const QString& command, Arguments& a, QTextStream& out)
{
    if (command == QLatin1String("users"))
        return listUsers(admin, a, out);
    if (command == QLatin1String("jobs"))
        return listJobs(admin, a, out);
    if (command == QLatin1String("disable-user")) {
        const QString email = a.single(QStringLiteral("email"));
        const qint64 revoked = admin.disableUser(email);
        out << "disabled " << email.trimmed() << "; revoked " << revoked << " session(s)" << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("enable-user")) {
        const QString email = a.single(QStringLiteral("email"));
        admin.enableUser(email);
        out << "enabled " << email.trimmed() << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("retry-job")) {
        const QString text = a.single(QStringLiteral("job id"));
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0)
            throw Error(ErrorCode::BadRequest, QStringLiteral("retry-job: expected a job id, got '%1'.").arg(text));
        admin.retryJob(id);
        out << "job " << id << " queued again" << Qt::endl;
        return 0;
    }
    throw Error(ErrorCode::BadRequest, QStringLiteral("unknown admin command '%1'.").arg(command));
}

} // namespace

QString adminUsage()
{
    return QStringLiteral(
        "  admin users [--email PART] [--limit N] [--json]\n"
        "                             list accounts (filtered by a part of the e-mail address)\n"
        "  admin disable-user EMAIL   stop an account signing in and revoke its sessions\n"
        "  admin enable-user EMAIL    let a disabled account sign in again\n"
        "  admin jobs [--dead] [--limit N] [--json]\n"
        "                             list background jobs not done (or only the dead ones)\n"
        "  admin retry-job ID         queue a dead job again with fresh attempts\n");
}

int runAdmin(ServerContext& context, const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args.isEmpty()) {
        err << "admin needs a command:\n" << adminUsage();
        err.flush();
        return 2;
    }
    Arguments arguments(args.mid(1));
    try {
        Database db(context.databaseUrl);
        AdminService admin(db);
        return run(admin, args.constFirst(), arguments, out);
    } catch (const Error& e) {
        err << "admin " << args.constFirst() << ": " << e.message();
        for (auto it = e.fields().cbegin(); it != e.fields().cend(); ++it)
            err << ' ' << it.key() << ' ' << it.value();
        err << Qt::endl;
        return e.code() == ErrorCode::BadRequest ? 2 : 1;
    }
}

} // namespace roost::server
