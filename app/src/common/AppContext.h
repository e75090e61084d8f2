// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "roost/Clock.h"

#include <QObject>
#include <QString>

namespace roost::client {
class LocalStore;
class SyncEngine;
} // namespace roost::client

namespace roost::app {

class PhotoCache;

/// What every view is given: the cache to read (the whole app works offline from it), the sync
/// engine to write through, photos, the clock, and navigation requests that the main window
/// answers. Views never talk to each other directly.
class AppContext : public QObject
{
    Q_OBJECT

public:
    AppContext(client::SyncEngine& engine, PhotoCache& photos, const Clock& clock, QObject* parent = nullptr)
        : QObject(parent), m_engine(engine), m_photos(photos), m_clock(clock)
    {
    }

    client::SyncEngine& engine() const { return m_engine; }
    client::LocalStore& store() const;
    PhotoCache& photos() const { return m_photos; }
    const Clock& clock() const { return m_clock; }
    /// The signed-in account (the cache's owner); empty before the first sign-in.
    QString userId() const;

Q_SIGNALS:
    void listingRequested(const QString& listingId);
    void bookingRequested(const QString& bookingId);
    /// A view wants the user to sign in (an online action without a session).
    void signInRequested();

private:
    client::SyncEngine& m_engine;
    PhotoCache& m_photos;
    const Clock& m_clock;
};

} // namespace roost::app
