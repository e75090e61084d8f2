// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the host view tests share: a signed-in desktop client (engine, cache, photo cache, clock
// and AppContext, as the app assembles them) against a real roost-server, and small helpers to
// find widgets and to make stays on the server with its time hooks.
#include "BookingApi.h"
#include "SyncClientFixture.h"
#include "TestImage.h"
#include "common/AppContext.h"
#include "common/PhotoCache.h"
#include "roost/Clock.h"

#include <QAbstractButton>
#include <QWidget>

namespace roost::test {

/// How long a test waits for a sync, a server answer or a view to follow: generous, since the
/// machine running the tests may be busy.
constexpr int kTimeout = 30'000;

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

/// The listing as `user` gets it from the server (empty unless 200).
inline QJsonObject serverListing(ApiFixture& api, const TestUser& user, const QString& id)
{
    const HttpReply reply = api.http().get(QStringLiteral("/api/v1/listings/") + id, user.accessToken);
    return reply.status == 200 ? reply.json() : QJsonObject();
}

/// A server with one host signed in on a desktop client: what most host view tests start from.
struct HostWorld {
    ApiFixture api;
    QTemporaryDir dir;
    TestUser host;
    HostApp app;

    bool start(const QString& hostName)
    {
        if (!api.start())
            return false;
        host = api.registerUser(hostName);
        return !host.id.isEmpty()
            && app.start(api.server().baseUrl(), dir.filePath(QStringLiteral("host.sqlite")), host);
    }
};

template<typename T> T* child(QObject* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1String(name));
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
