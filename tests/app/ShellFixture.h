// SPDX-License-Identifier: Apache-2.0
#pragma once

// Shortcuts for the desktop shell's tests: settings, caches and sessions in a private directory
// (never the user's), and a view context (engine, photos, AppContext) on a real roost-server.
#include "SyncClientFixture.h"

#include "common/AppContext.h"
#include "common/PhotoCache.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace roost::test {

/// Points QSettings and QStandardPaths (XDG) at `dir` and forbids the keyring, so a test run
/// neither reads nor writes the user's own Roost. Call first thing in initTestCase().
inline void isolateDesktopState(const QString& dir)
{
    qputenv("XDG_CONFIG_HOME", (dir + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (dir + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CACHE_HOME", (dir + QStringLiteral("/cache")).toUtf8());
    qputenv("ROOST_TOKEN_STORE", "file");
    QCoreApplication::setOrganizationName(QStringLiteral("RoostTest"));
    QCoreApplication::setApplicationName(QStringLiteral("RoostTest"));
}

/// What every shell test's initTestCase() does first: private desktop state in `dir`, then the server.
inline bool startShellTest(ApiFixture& api, const QTemporaryDir& dir)
{
    if (!dir.isValid())
        return false;
    isolateDesktopState(dir.path());
    return api.start();
}

/// A SyncClient plus what views need: photos (memory only) and an AppContext.
struct ViewClient {
    SyncClient sync;
    SystemClock clock;
    std::unique_ptr<app::PhotoCache> photos;
    std::unique_ptr<app::AppContext> context;

    /// (Re)starts the engine on `serverUrl`; the context is new too, so build views after this.
    bool start(const QString& serverUrl, bool live = false)
    {
        context.reset();
        photos.reset();
        if (!sync.startEngine(serverUrl, live))
            return false;
        photos = std::make_unique<app::PhotoCache>(QUrl(serverUrl), QString());
        context = std::make_unique<app::AppContext>(*sync.engine, *photos, clock);
        return true;
    }
    client::SyncEngine& engine() { return *sync.engine; }
};

} // namespace roost::test
