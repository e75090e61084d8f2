// SPDX-License-Identifier: Apache-2.0
#include "services/PhotoStore.h"

#include <roost/Id.h>

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <stdexcept>

namespace roost::server {
namespace {

void writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw std::runtime_error("cannot write photo file " + path.toStdString() + ": " +
                                 file.errorString().toStdString());
}

std::optional<QByteArray> readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

} // namespace

PhotoStore::PhotoStore(const QString& dataDir) : m_root(QDir(dataDir).filePath(QStringLiteral("photos"))) {}

QString PhotoStore::folder(const QUuid& listingId) const
{
    return m_root + QLatin1Char('/') + idToString(listingId);
}

QString PhotoStore::originalPath(const QUuid& listingId, const QUuid& photoId) const
{
    return folder(listingId) + QLatin1Char('/') + idToString(photoId);
}

QString PhotoStore::thumbnailPath(const QUuid& listingId, const QUuid& photoId) const
{
    return originalPath(listingId, photoId) + QStringLiteral(".thumb.jpg");
}

void PhotoStore::write(const QUuid& listingId, const QUuid& photoId, const QByteArray& original,
                       const QByteArray& thumbnail)
{
    if (!QDir().mkpath(folder(listingId)))
        throw std::runtime_error("cannot create photo folder " + folder(listingId).toStdString());
    try {
        writeAtomically(originalPath(listingId, photoId), original);
        if (!thumbnail.isEmpty())
            writeAtomically(thumbnailPath(listingId, photoId), thumbnail);
    } catch (...) {
        remove(listingId, photoId);
        throw;
    }
}

void PhotoStore::remove(const QUuid& listingId, const QUuid& photoId)
{
    QFile::remove(originalPath(listingId, photoId));
    QFile::remove(thumbnailPath(listingId, photoId));
    // The listing's folder stays even when empty: removing it could race with another upload
    // to the same listing that has just created it.
}

std::optional<QByteArray> PhotoStore::readOriginal(const QUuid& listingId, const QUuid& photoId) const
{
    return readAll(originalPath(listingId, photoId));
}

std::optional<QByteArray> PhotoStore::readThumbnail(const QUuid& listingId, const QUuid& photoId) const
{
    return readAll(thumbnailPath(listingId, photoId));
}

} // namespace roost::server
