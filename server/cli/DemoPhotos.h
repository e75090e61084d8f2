// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/PhotoStore.h"

#include <roost/Listing.h>
#include <roost/Photo.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include <pqxx/pqxx>

namespace roost::server {

/// Painted stand-ins for the photos hosts upload: a sky in the colours of the property type over
/// a house silhouette, as 800 × 600 JPEGs. They take the upload path after the HTTP layer (the
/// same type check and thumbnail, the same store and rows), so the demo serves them like any
/// photo.
class DemoPhotos
{
public:
    DemoPhotos(pqxx::transaction_base& tx, const QString& dataDir) : m_tx(tx), m_store(dataDir) {}

    /// Queues `count` photos for the listing, after its others.
    void add(const Listing& listing, int count);
    /// Paints, checks and writes the queued photos on several threads (each file write ends in
    /// an fsync, so one thread would mostly wait for the disk), then inserts their rows. Should
    /// the seeding transaction fail later, the files stay behind without rows, which nothing serves.
    void store();
    int count() const { return int(m_photos.size()); }

    /// The JPEG bytes of picture `variant` (0, 1, 2: day, dusk, night) of a listing of `type`.
    static QByteArray paint(PropertyType type, int variant, quint32 seed);

private:
    pqxx::transaction_base& m_tx;
    PhotoStore m_store;
    struct Queued {
        Photo photo;
        PropertyType type;
        int variant;
        quint32 seed;
    };
    QList<Queued> m_photos;
};

} // namespace roost::server
