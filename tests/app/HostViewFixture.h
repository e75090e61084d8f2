// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the host view tests share: a signed-in desktop client (engine, cache, photo cache, clock
// and AppContext, as the app assembles them) against a real roost-server, and small helpers to
// find widgets and to make stays on the server with its time hooks.
#include "BookingApi.h"
#include "SyncClientFixture.h"

#include "common/AppContext.h"
#include "common/PhotoCache.h"

#include "roost/Clock.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QImage>
#include <QWidget>

namespace roost::test {

/// A desktop client of one user: its engine, and an AppContext over it for the views.
struct HostApp {
    SyncClient client;
    SystemClock clock;
    std::unique_ptr<app::PhotoCache> photos;
    std::unique_ptr<app::AppContext> context;

    bool start(const QString& serverUrl, const QString& cachePath, const TestUser& user)
    {
        client.cachePath = cachePath;
        if (!client.startEngine(serverUrl) || !client.signIn(user) || !client.sync())
            return false;
        photos = std::make_unique<app::PhotoCache>(QUrl(serverUrl), QString());
        context = std::make_unique<app::AppContext>(*client.engine, *photos, clock);
        return true;
    }

    client::SyncEngine& engine() { return *client.engine; }
};

template<typename T>
T* child(QObject* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1String(name));
}

/// A small PNG made now, in a colour of its own (so two are two different images).
inline QByteArray pngBytes(QRgb colour)
{
    QImage image(32, 24, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// A stay of `guest` at `listingId` made in the past with the server's time hooks: booked and
/// paid `daysAgo` + 5 days ago for nights [today − daysAgo − 3, today − daysAgo), then moved on
/// to the day after check-out, so it is `completed` (an instant-book listing) and its payout
/// released. Returns the booking id (empty on failure).
inline QString pastStay(BookingApi& bookings, const TestUser& guest, const QString& listingId, int daysAgo)
{
    const QDate checkOut = BookingApi::today().addDays(-daysAgo);
    const QDate checkIn = checkOut.addDays(-3);
    const QDateTime then = BookingApi::midnight(checkIn.addDays(-2)).addSecs(3600);
    const HttpReply booked = bookings.book(guest, listingId, checkIn, checkOut, 1, {}, BookingApi::at(then));
    const QString id = booked.json().value(QStringLiteral("id")).toString();
    if (booked.status != 201 || bookings.pay(guest, id, {}, {}, BookingApi::at(then.addSecs(60))).status != 201)
        return {};
    bookings.runDueJobs(BookingApi::midnight(checkOut.addDays(1)).addSecs(60));
    return id;
}

} // namespace roost::test
