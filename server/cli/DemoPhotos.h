// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/PhotoStore.h"

#include <roost/Listing.h>

#include <QByteArray>
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

    /// Adds `count` photos after the listing's others. The files are written at once; should
    /// the seeding transaction fail, they stay behind without rows, which nothing serves.
    void add(const Listing& listing, int count);
    int count() const { return m_count; }

    /// The JPEG bytes of picture `variant` (0, 1, 2: day, dusk, night) of a listing of `type`.
    static QByteArray paint(PropertyType type, int variant, quint32 seed);

private:
    pqxx::transaction_base& m_tx;
    PhotoStore m_store;
    int m_count = 0;
};

} // namespace roost::server
