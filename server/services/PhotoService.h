// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/AuthUser.h"
#include "services/PhotoStore.h"

#include <roost/Photo.h>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace roost::server {

class Database;
struct ServerContext;

/// Listing photos: upload (checked by content, thumbnailed), serving, deletion.
class PhotoService
{
public:
    PhotoService(Database& db, ServerContext& context);

    /// The host adds a photo after the listing's others. 415 unless the bytes are a JPEG, PNG or
    /// WebP image that decodes; 413 above the configured size; 422 for a caption over
    /// kMaxCaptionLength characters.
    Photo upload(const AuthUser& caller, const QUuid& listingId, const QByteArray& bytes, const QString& caption);
    void remove(const AuthUser& caller, const QUuid& listingId, const QUuid& photoId);
    /// The host puts the listing's photos in a new order: `body` is `{photo_ids: [...]}` naming
    /// each of the listing's photos exactly once (422 otherwise). Bumps the listing's version,
    /// so the new order syncs. Returns the photos in their new order.
    QList<Photo> reorder(const AuthUser& caller, const QUuid& listingId, const QJsonObject& body);

    struct Image {
        QByteArray bytes;
        QByteArray contentType;
        QByteArray etag;
    };
    /// The stored bytes of a photo, or of its thumbnail (the original when none could be made).
    Image original(const QUuid& photoId);
    Image thumbnail(const QUuid& photoId);

    QJsonObject toJson(const Photo& photo) const;

    static constexpr int kMaxCaptionLength = 200;
    /// A gallery of more than this many photos no guest scrolls through; the bound also caps the
    /// disk one listing can take (50 × 10 MiB).
    static constexpr int kMaxPhotosPerListing = 50;

private:
    Photo find(const QUuid& photoId);

    Database& m_db;
    ServerContext& m_context;
    PhotoStore m_store;
};

} // namespace roost::server
