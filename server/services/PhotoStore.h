// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QUuid>

#include <optional>

namespace roost::server {

/// Photo files under `<dataDir>/photos/<listing_id>/`: `<photo_id>` (the original) and
/// `<photo_id>.thumb.jpg`. Paths are built only from parsed UUIDs, never from request text, so
/// no request can reach outside this folder.
class PhotoStore
{
public:
    explicit PhotoStore(const QString& dataDir);

    /// Writes both files, each atomically (a reader sees the old state or the whole file).
    /// Throws on I/O failure, leaving no file of this photo behind. An empty thumbnail is skipped.
    void write(const QUuid& listingId, const QUuid& photoId, const QByteArray& original, const QByteArray& thumbnail);
    /// Removes both files; missing ones are fine.
    void remove(const QUuid& listingId, const QUuid& photoId);

    std::optional<QByteArray> readOriginal(const QUuid& listingId, const QUuid& photoId) const;
    std::optional<QByteArray> readThumbnail(const QUuid& listingId, const QUuid& photoId) const;

private:
    QString folder(const QUuid& listingId) const;
    QString originalPath(const QUuid& listingId, const QUuid& photoId) const;
    QString thumbnailPath(const QUuid& listingId, const QUuid& photoId) const;

    QString m_root;
};

} // namespace roost::server
