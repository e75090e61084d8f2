// SPDX-License-Identifier: Apache-2.0
#include "cli/Backup.h"

#include "cli/FileTree.h"
#include "db/PgClientTools.h"

#include <roost/Date.h>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <optional>

namespace roost::server {
namespace {

constexpr int kFormatVersion = 1;
// tar of a large photo store takes a while; an hour bounds a hung process.
constexpr int kTarTimeoutMs = 60 * 60 * 1000;

QString manifestName()
{
    return QStringLiteral("manifest.json");
}
QString dumpName()
{
    return QStringLiteral("database.dump");
}
QString photosName()
{
    return QStringLiteral("photos");
}

bool isTarFile(const QString& path)
{
    return path.endsWith(QLatin1String(".tar"));
}

void runTar(const QStringList& args)
{
    QProcess tar;
    tar.start(QStringLiteral("tar"), args);
    if (!tar.waitForStarted(30'000))
        throw std::runtime_error("cannot run tar: " + tar.errorString().toStdString());
    tar.closeWriteChannel();
    if (!tar.waitForFinished(kTarTimeoutMs) || tar.exitStatus() != QProcess::NormalExit || tar.exitCode() != 0) {
        const QString why = QString::fromLocal8Bit(tar.readAllStandardError()).trimmed();
        throw std::runtime_error("tar failed: " + (why.isEmpty() ? tar.errorString() : why).toStdString());
    }
}

void writeManifest(const QString& dir, qint64 photoFiles)
{
    const QJsonObject manifest{{QStringLiteral("format"), QStringLiteral("roost-backup")},
                               {QStringLiteral("format_version"), kFormatVersion},
                               {QStringLiteral("roost_version"), QStringLiteral(ROOST_VERSION)},
                               {QStringLiteral("created_at"), timestampToString(QDateTime::currentDateTimeUtc())},
                               {QStringLiteral("photo_files"), photoFiles}};
    QFile f(QDir(dir).filePath(manifestName()));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(QJsonDocument(manifest).toJson()) < 0)
        throw std::runtime_error("cannot write " + f.fileName().toStdString());
}

/// Checks that `dir` holds a backup this version can read; throws otherwise.
void checkManifest(const QString& dir)
{
    QFile f(QDir(dir).filePath(manifestName()));
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("not a Roost backup: " + f.fileName().toStdString() + " is missing");
    const QJsonObject m = QJsonDocument::fromJson(f.readAll()).object();
    if (m.value(QStringLiteral("format")).toString() != QLatin1String("roost-backup"))
        throw std::runtime_error("not a Roost backup: " + f.fileName().toStdString() + " says otherwise");
    if (m.value(QStringLiteral("format_version")).toInt() != kFormatVersion)
        throw std::runtime_error("this backup's format version is not " + std::to_string(kFormatVersion)
                                 + "; restore it with the roost-server version that made it");
    if (!QFileInfo(QDir(dir).filePath(dumpName())).isFile())
        throw std::runtime_error("the backup has no " + dumpName().toStdString());
}

QString photoStore(const ServerContext& context)
{
    return QDir(context.config.dataDir).filePath(photosName());
}

/// The single positional argument, the rest being the allowed flags; empty on bad usage.
QString target(const QStringList& args, const QStringList& flags)
{
    QStringList positional;
    for (const QString& a : args) {
        if (flags.contains(a))
            continue;
        if (a.startsWith(QLatin1String("--")))
            return {};
        positional << a;
    }
    return positional.size() == 1 ? positional.constFirst() : QString();
}

void backup(const ServerContext& context, const QString& target, QTextStream& out)
{
    const QFileInfo info(target);
    std::optional<QTemporaryDir> staging;
    QString dir = target;
    if (isTarFile(target)) {
        if (info.exists())
            throw std::runtime_error(target.toStdString() + " already exists; choose a new name");
        // Next to the target, so the archive is assembled on the file system it will live on.
        staging.emplace(QDir(info.absolutePath()).filePath(QStringLiteral(".roost-backup-XXXXXX")));
        if (!staging->isValid())
            throw std::runtime_error("cannot create a working folder next to " + target.toStdString());
        dir = staging->path();
    } else if (info.exists() && !(info.isDir() && QDir(target).isEmpty())) {
        throw std::runtime_error(target.toStdString() + " exists and is not an empty folder; choose a new name");
    } else if (!QDir().mkpath(target)) {
        throw std::runtime_error("cannot create " + target.toStdString());
    }

    PgClientTools(context.databaseUrl, context.config.pgBinDir).dump(QDir(dir).filePath(dumpName()));
    out << "database saved (" << QFileInfo(QDir(dir).filePath(dumpName())).size() << " bytes)" << Qt::endl;
    const qint64 photos = FileTree::copy(photoStore(context), QDir(dir).filePath(photosName()));
    out << "photo store saved (" << photos << " files)" << Qt::endl;
    writeManifest(dir, photos);

    if (isTarFile(target)) {
        // Written under a temporary name and renamed: a half-written archive never has the name.
        const QString partial = target + QStringLiteral(".partial");
        QFile::remove(partial);
        runTar({QStringLiteral("-cf"), partial, QStringLiteral("-C"), dir, QStringLiteral(".")});
        if (!QFile::rename(partial, target))
            throw std::runtime_error("cannot rename " + partial.toStdString() + " to " + target.toStdString());
    }
    out << "backup written to " << target << Qt::endl;
}

void restore(const ServerContext& context, const QString& source, bool force, QTextStream& out)
{
    const QFileInfo info(source);
    if (!info.exists())
        throw std::runtime_error(source.toStdString() + " does not exist");
    QTemporaryDir unpacked;
    QString dir = source;
    if (info.isFile()) {
        if (!unpacked.isValid())
            throw std::runtime_error("cannot create a temporary folder to unpack the backup");
        runTar({QStringLiteral("-xf"), source, QStringLiteral("-C"), unpacked.path(), QStringLiteral("--no-same-owner")});
        dir = unpacked.path();
    }
    checkManifest(dir);

    const QString store = photoStore(context);
    if (!force) {
        if (PgClientTools::hasData(context.databaseUrl))
            throw std::runtime_error("the database already holds accounts or listings; restore with --force to replace them");
        if (FileTree::countFiles(store) > 0)
            throw std::runtime_error(store.toStdString() + " already holds photos; restore with --force to replace them");
    }

    PgClientTools(context.databaseUrl, context.config.pgBinDir).restore(QDir(dir).filePath(dumpName()));
    out << "database restored" << Qt::endl;
    const qint64 photos = FileTree::replace(QDir(dir).filePath(photosName()), store);
    out << "photo store restored (" << photos << " files)" << Qt::endl;
}

} // namespace

int runBackup(ServerContext& context, const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString path = target(args, {});
    if (path.isEmpty()) {
        err << "usage: roost-server backup FILE.tar|FOLDER" << Qt::endl;
        return 2;
    }
    try {
        backup(context, path, out);
        return 0;
    } catch (const std::exception& e) {
        err << "backup failed: " << e.what() << Qt::endl;
        return 1;
    }
}

int runRestore(ServerContext& context, const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString path = target(args, {QStringLiteral("--force")});
    if (path.isEmpty()) {
        err << "usage: roost-server restore FILE.tar|FOLDER [--force]" << Qt::endl;
        return 2;
    }
    try {
        restore(context, path, args.contains(QStringLiteral("--force")), out);
        return 0;
    } catch (const std::exception& e) {
        err << "restore failed: " << e.what() << Qt::endl;
        return 1;
    }
}

} // namespace roost::server
