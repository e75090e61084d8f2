// SPDX-License-Identifier: Apache-2.0
#include "services/PhotoService.h"

#include "ServerContext.h"
#include "db/Database.h"
#include "db/ListingRepository.h"
#include "db/PhotoRepository.h"
#include "services/ListingAccess.h"
#include "services/PhotoImage.h"

#include <roost/Error.h>
#include <roost/Id.h>
#include <roost/JsonReader.h>
#include <roost/Text.h>

#include <QSet>

namespace roost::server {

PhotoService::PhotoService(Database& db, ServerContext& context)
    : m_db(db), m_context(context), m_store(context.config.dataDir)
{
}

QJsonObject PhotoService::toJson(const Photo& photo) const
{
    return photoToJson(photo, m_context.config.publicUrl);
}

Photo PhotoService::upload(const AuthUser& caller, const QUuid& listingId, const QByteArray& bytes,
                           const QString& caption)
{
    const QString captionKey = QStringLiteral("caption");
    if (characterCount(caption) > kMaxCaptionLength)
        throw Error::validation({{captionKey, QStringLiteral("must be at most %1 characters").arg(kMaxCaptionLength)}});
    if (hasControlCharacters(caption))
        throw Error::validation({{captionKey, QStringLiteral("must not contain control characters")}});
    if (bytes.size() > m_context.config.maxPhotoBody)
        throw Error(ErrorCode::PayloadTooLarge, QStringLiteral("Photos may be at most 10 MiB."));

    // Who may upload is settled before any decoding, so strangers cannot make the server spend
    // time on images it would refuse anyway.
    {
        pqxx::read_transaction tx(m_db.connection());
        ListingRepository listings(tx);
        listingAccess::requireOwned(listings, listingId, caller.userId, false);
    }
    const CheckedImage image = checkImage(bytes);

    Photo photo;
    photo.id = newId();
    photo.listingId = listingId;
    photo.caption = caption.trimmed();
    photo.contentType = image.contentType;
    photo.size = bytes.size();

    pqxx::work tx(m_db.connection());
    ListingRepository listings(tx);
    // The row lock serialises uploads to one listing, so positions and the count stay exact.
    listingAccess::requireOwned(listings, listingId, caller.userId, true);
    PhotoRepository photos(tx);
    if (photos.countForListing(listingId) >= kMaxPhotosPerListing)
        throw Error(ErrorCode::InvalidState,
                    QStringLiteral("A listing can have at most %1 photos; delete one first.").arg(kMaxPhotosPerListing));
    m_store.write(listingId, photo.id, bytes, image.thumbnail);
    try {
        photo = photos.insert(photo);
        listings.touch(listingId); // photos are part of the listing's JSON, so its ETag moves
        tx.commit();
    } catch (...) {
        m_store.remove(listingId, photo.id); // no row, no files
        throw;
    }
    return photo;
}

void PhotoService::remove(const AuthUser& caller, const QUuid& listingId, const QUuid& photoId)
{
    {
        pqxx::work tx(m_db.connection());
        ListingRepository listings(tx);
        listingAccess::requireOwned(listings, listingId, caller.userId, true);
        if (!PhotoRepository(tx).remove(listingId, photoId))
            throw Error::notFound(QStringLiteral("Photo"));
        listings.touch(listingId);
        tx.commit();
    }
    // Only after the commit: a rolled-back delete must still find its files.
    m_store.remove(listingId, photoId);
}

QList<Photo> PhotoService::reorder(const AuthUser& caller, const QUuid& listingId, const QJsonObject& body)
{
    const QString key = QStringLiteral("photo_ids");
    FieldErrors errors;
    // A listing never has more than kMaxPhotosPerListing photos, so a longer list cannot match.
    const auto texts = JsonReader(body, errors).stringList(key, Presence::Required, kMaxPhotosPerListing);
    if (!texts)
        throw Error::validation(errors);
    QList<QUuid> ordered;
    for (const QString& text : *texts) {
        const auto id = parseId(text);
        if (!id)
            throw Error::validation({{key, QStringLiteral("must hold photo ids")}});
        ordered.append(*id);
    }

    pqxx::work tx(m_db.connection());
    ListingRepository listings(tx);
    // The row lock serialises this with uploads and deletions, so the set checked is the set changed.
    listingAccess::requireOwned(listings, listingId, caller.userId, true);
    PhotoRepository photos(tx);
    const QList<QUuid> current = photos.idsForListing(listingId);
    const QSet<QUuid> wanted(ordered.cbegin(), ordered.cend());
    if (ordered.size() != current.size() || wanted.size() != ordered.size()
        || wanted != QSet<QUuid>(current.cbegin(), current.cend()))
        throw Error::validation({{key, QStringLiteral("must name each of the listing's photos exactly once")}});
    photos.reorder(listingId, ordered);
    listings.touch(listingId); // the order shows in the listing's JSON: its version moves and it syncs
    QList<Photo> result;
    for (const QUuid& id : ordered)
        result.append(*photos.find(id));
    tx.commit();
    return result;
}

// Photos are public by id, whatever the status of their listing. Their ids are random UUIDs
// that only the host (and, once listed, everyone) ever sees, so a draft's photo cannot be
// guessed; checking the listing's status and the caller on every image request would make
// images uncacheable by shared caches for no real protection. Deleted listings' photos are gone.
Photo PhotoService::find(const QUuid& photoId)
{
    pqxx::read_transaction tx(m_db.connection());
    const auto photo = PhotoRepository(tx).find(photoId);
    tx.commit();
    if (!photo)
        throw Error::notFound(QStringLiteral("Photo"));
    return *photo;
}

PhotoService::Image PhotoService::original(const QUuid& photoId)
{
    const Photo photo = find(photoId);
    const auto bytes = m_store.readOriginal(photo.listingId, photo.id);
    if (!bytes)
        throw Error::notFound(QStringLiteral("Photo"));
    // A photo's bytes never change under its id, so its id is its entity tag.
    return {*bytes, photo.contentType.toLatin1(), '"' + idToString(photo.id).toLatin1() + '"'};
}

PhotoService::Image PhotoService::thumbnail(const QUuid& photoId)
{
    const Photo photo = find(photoId);
    if (const auto bytes = m_store.readThumbnail(photo.listingId, photo.id))
        return {*bytes, QByteArrayLiteral("image/jpeg"), '"' + idToString(photo.id).toLatin1() + "-thumb\""};
    // No thumbnail could be made (WebP without the plugin): the original stands in for it.
    return original(photoId);
}

} // namespace roost::server
