// SPDX-License-Identifier: Apache-2.0
#include "cli/FileTree.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <stdexcept>

namespace roost::server::FileTree {
namespace {

QDirIterator files(const QString& dir)
{
    return QDirIterator(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
}

[[noreturn]] void fail(const QString& what, const QString& path)
{
    throw std::runtime_error(QString(what + QLatin1Char(' ') + path).toStdString());
}

} // namespace

qint64 copy(const QString& from, const QString& to)
{
    if (!QDir().mkpath(to))
        fail(QStringLiteral("cannot create"), to);
    if (!QFileInfo(from).isDir())
        return 0;
    const QDir source(from);
    const QDir target(to);
    qint64 count = 0;
    for (QDirIterator it = files(from); it.hasNext();) {
        const QString file = it.next();
        const QString destination = target.filePath(source.relativeFilePath(file));
        if (!QDir().mkpath(QFileInfo(destination).absolutePath()))
            fail(QStringLiteral("cannot create"), QFileInfo(destination).absolutePath());
        if (!QFile::copy(file, destination))
            fail(QStringLiteral("cannot copy"), file);
        ++count;
    }
    return count;
}

qint64 countFiles(const QString& dir)
{
    qint64 count = 0;
    for (QDirIterator it = files(dir); it.hasNext(); it.next())
        ++count;
    return count;
}

qint64 replace(const QString& from, const QString& to)
{
    const QString fresh = to + QStringLiteral(".restoring");
    const QString old = to + QStringLiteral(".replaced");
    QDir(fresh).removeRecursively();
    QDir(old).removeRecursively();
    const qint64 count = copy(from, fresh);
    if (QFileInfo::exists(to) && !QDir().rename(to, old))
        fail(QStringLiteral("cannot move aside"), to);
    if (!QDir().rename(fresh, to))
        fail(QStringLiteral("cannot move into place"), fresh);
    QDir(old).removeRecursively();
    return count;
}

} // namespace roost::server::FileTree
