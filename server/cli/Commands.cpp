// SPDX-License-Identifier: Apache-2.0
#include "cli/Commands.h"

#include "ServerRuntime.h"
#include "cli/AdminCommands.h"
#include "cli/Backup.h"
#include "cli/Bootstrap.h"
#include "cli/SeedDemo.h"
#include "cli/SignalWatcher.h"
#include "observe/Logging.h"
#include "db/Database.h"
#include "services/AuthService.h"

#include <roost/Error.h>

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <cstdlib>

namespace roost::server {
namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

QString usage()
{
    return QStringLiteral(
               "Usage: roost-server [--config FILE] [COMMAND] [OPTIONS]\n\n"
               "Commands:\n"
               "  serve                      serve the HTTP API (default)\n"
               "  migrate                    apply pending database migrations and exit\n"
               "  worker                     run background jobs only (no HTTP); any number may run\n"
               "  create-admin --email E --name N\n"
               "                             create an administrator; the password is read from standard input\n"
               "  seed-demo [--listings N] [--reviews M]\n"
               "                             fill the database with demo hosts, guests and N listings (default 2000),\n"
               "                             and M more past stays with a published review, one per listed listing\n"
               "  backup FILE.tar|FOLDER     save the database and the photo store\n"
               "  restore FILE.tar|FOLDER [--force]\n"
               "                             put a backup back; --force replaces existing data\n")
           + adminUsage() + QStringLiteral("  --help, --version\n\n") + configHelp();
}

/// The value after `--flag`, or an empty string.
QString option(const QStringList& args, const QString& flag)
{
    const qsizetype i = args.indexOf(flag);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : QString();
}

/// After SIGTERM/SIGINT: lets requests and jobs in progress finish within the configured bound.
int stopGracefully(ServerRuntime& runtime, const Config& config, int code)
{
    out() << "shutting down: finishing requests and jobs in progress (at most " << config.shutdownTimeoutSeconds << " s)"
          << Qt::endl;
    if (!runtime.shutdown(std::chrono::seconds(config.shutdownTimeoutSeconds))) {
        // A thread stuck in a handler or a job cannot be joined, and a running QThread cannot be
        // destroyed: leave without running destructors. The database rolls back what was open.
        err() << "shutdown: work still running after " << config.shutdownTimeoutSeconds << " s; exiting anyway" << Qt::endl;
        std::_Exit(1);
    }
    out() << "stopped" << Qt::endl;
    return code;
}

int serve(ServerContext& context)
{
    ServerRuntime runtime(context);
    const quint16 port = runtime.start();
    runtime.startJobWorkers(context.config.jobWorkers);
    out() << "roost-server " << ROOST_VERSION << " listening on " << (context.config.tls ? "https://" : "http://")
          << (context.config.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
                  ? QLatin1Char('[') + context.config.listenAddress.toString() + QLatin1Char(']')
                  : context.config.listenAddress.toString())
          << ':' << port << " with " << context.config.threads << " threads" << Qt::endl;
    SignalWatcher watcher({SIGINT, SIGTERM});
    const int code = QCoreApplication::exec();
    return stopGracefully(runtime, context.config, code);
}

int worker(ServerContext& context)
{
    ServerRuntime runtime(context);
    const int count = std::max(1, context.config.jobWorkers);
    runtime.startJobWorkers(count);
    out() << "roost-server " << ROOST_VERSION << " running " << count << " job worker(s)" << Qt::endl;
    SignalWatcher watcher({SIGINT, SIGTERM});
    const int code = QCoreApplication::exec();
    return stopGracefully(runtime, context.config, code);
}

int createAdmin(ServerContext& context, const QStringList& args)
{
    const QString email = option(args, QStringLiteral("--email"));
    const QString name = option(args, QStringLiteral("--name"));
    if (email.isEmpty() || name.isEmpty()) {
        err() << "create-admin needs --email and --name; the password is read from standard input\n";
        return 2;
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    Database db(context.databaseUrl);
    AuthService auth(db, context);
    try {
        const User admin = auth.createAdmin(email, name, password);
        out() << "created administrator " << admin.email << " (" << admin.id.toString(QUuid::WithoutBraces) << ")" << Qt::endl;
        return 0;
    } catch (const Error& e) {
        err() << "create-admin: " << e.message();
        for (auto it = e.fields().cbegin(); it != e.fields().cend(); ++it)
            err() << "\n  " << it.key() << ": " << it.value();
        err() << Qt::endl;
        return 1;
    }
}

} // namespace

int runCommandLine(const QStringList& arguments)
{
    QStringList args = arguments.mid(1);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out() << usage();
        return 0;
    }
    if (args.contains(QStringLiteral("--version"))) {
        out() << "roost-server " << ROOST_VERSION << Qt::endl;
        return 0;
    }
    QString configFile = qEnvironmentVariable("ROOST_CONFIG");
    if (const qsizetype i = args.indexOf(QStringLiteral("--config")); i >= 0) {
        if (i + 1 >= args.size()) {
            err() << "--config needs a file name\n";
            return 2;
        }
        configFile = args[i + 1];
        args.remove(i, 2);
    }
    const QString command = args.isEmpty() ? QStringLiteral("serve") : args.takeFirst();
    static const QStringList known{QStringLiteral("serve"), QStringLiteral("migrate"), QStringLiteral("create-admin"),
                                   QStringLiteral("seed-demo"), QStringLiteral("worker"), QStringLiteral("backup"),
                                   QStringLiteral("restore"), QStringLiteral("admin")};
    if (!known.contains(command)) {
        err() << "unknown command '" << command << "'\n\n" << usage();
        return 2;
    }

    try {
        ServerContext context(loadConfig(configFile, QProcessEnvironment::systemEnvironment()));
        installLogHandler(context.config.logFormat);
        Bootstrap bootstrap(context);
        bootstrap.openDatabase();
        if (command == QLatin1String("migrate")) {
            out() << "applied " << bootstrap.migrate() << " migration(s)" << Qt::endl;
            return 0;
        }
        // A backup is a faithful copy of what is there; a restore brings an older backup's
        // schema up to date afterwards.
        if (command == QLatin1String("backup"))
            return runBackup(context, args, out(), err());
        if (command == QLatin1String("restore")) {
            const int code = runRestore(context, args, out(), err());
            if (code == 0)
                out() << "applied " << bootstrap.migrate() << " migration(s)" << Qt::endl;
            return code;
        }
        bootstrap.migrate();
        bootstrap.resolveSecrets();
        if (command == QLatin1String("worker"))
            return worker(context);
        if (command == QLatin1String("admin"))
            return runAdmin(context, args, out(), err());
        if (command == QLatin1String("create-admin"))
            return createAdmin(context, args);
        if (command == QLatin1String("seed-demo")) {
            bool ok = true;
            const QString n = option(args, QStringLiteral("--listings"));
            const int listings = n.isEmpty() ? 2000 : n.toInt(&ok);
            if (!ok || listings < 0 || listings > 10'000'000) {
                err() << "--listings: expected a number of listings, got '" << n << "'\n";
                return 2;
            }
            const QString r = option(args, QStringLiteral("--reviews"));
            const int reviews = r.isEmpty() ? 0 : r.toInt(&ok);
            if (!ok || reviews < 0 || reviews > 10'000'000) {
                err() << "--reviews: expected a number of reviewed stays, got '" << r << "'\n";
                return 2;
            }
            return runSeedDemo(context, listings, reviews, out());
        }
        return serve(context);
    } catch (const ConfigError& e) {
        err() << "configuration error: " << e.what() << Qt::endl;
        return 2;
    } catch (const Error& e) {
        err() << "error: " << e.message() << Qt::endl;
        return 1;
    } catch (const std::exception& e) {
        err() << "error: " << e.what() << Qt::endl;
        return 1;
    }
}

} // namespace roost::server
