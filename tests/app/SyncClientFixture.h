// SPDX-License-Identifier: Apache-2.0
#pragma once

// Shortcuts for the sync engine tests: engines on temporary cache files, pointed at a real
// roost-server, with short retry delays so a recovery is seen in seconds.
#include "ApiFixture.h"
#include "ClientTestPrinting.h"
#include "LocalStore.h"
#include "Outbox.h"
#include "SyncEngine.h"
#include "TokenStore.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace roost::test {

using namespace std::chrono_literals;

/// One desktop client: its cache file and remembered refresh token outlive its engines, as a
/// real installation's do across restarts.
struct SyncClient {
    QString cachePath;
    client::MemoryTokenStore tokens;
    std::unique_ptr<client::SyncEngine> engine;
    /// Changes the options of the engines started from now on (e.g. smaller pull pages).
    std::function<void(client::SyncOptions&)> tune;

    /// A fresh engine (replacing any previous one) on `serverUrl`.
    bool startEngine(const QString& serverUrl, bool live = false, std::chrono::milliseconds interval = 10min)
    {
        engine.reset();
        client::SyncOptions options;
        options.serverUrl = QUrl(serverUrl);
        options.databasePath = cachePath;
        options.interval = interval;
        options.retryFirst = 100ms;
        options.retryMax = 1s;
        options.requestTimeout = 10s;
        options.live = live;
        if (tune)
            tune(options);
        engine = std::make_unique<client::SyncEngine>(options, tokens);
        return engine->start();
    }

    bool signIn(const TestUser& user)
    {
        QSignalSpy signedIn(engine.get(), &client::SyncEngine::signedIn);
        engine->signIn(user.email, user.password);
        return signedIn.wait(20'000);
    }

    client::LocalStore& store() { return engine->store(); }
    int outboxCount() { return client::Outbox(engine->store()).count(); }

    std::optional<client::LocalObject> object(const QString& entity, const QString& id)
    {
        return engine->store().object(entity, id);
    }
    bool has(const QString& entity, const QString& id)
    {
        const auto o = object(entity, id);
        return o && !o->deleted;
    }
    client::SyncState stateOf(const QString& entity, const QString& id)
    {
        const auto o = object(entity, id);
        return o ? o->state : client::SyncState::Rejected;
    }
    QJsonValue field(const QString& entity, const QString& id, const QString& key)
    {
        const auto o = object(entity, id);
        return o ? o->data.value(key) : QJsonValue();
    }

    /// Asks for a sync and waits for one that succeeds.
    /// Runs a sync cycle that starts after this call and returns whether one succeeded. A
    /// cycle already running when it is called may have pulled before the caller's last change,
    /// so its end proves nothing; the engine runs another one after it (syncNow()).
    bool sync()
    {
        bool started = false;
        std::optional<bool> outcome;
        QObject context;
        QObject::connect(engine.get(), &client::SyncEngine::syncStarted, &context, [&] {
            started = true;
            outcome.reset();
        });
        QObject::connect(engine.get(), &client::SyncEngine::syncFinished, &context, [&](bool ok) {
            if (started)
                outcome = ok;
        });
        engine->syncNow();
        for (int attempts = 0; attempts < 20; ++attempts) {
            if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20'000))
                return false;
            if (*outcome)
                return true;
            outcome.reset(); // failed: the engine retries on its own; hurry it
            engine->syncNow();
        }
        return false;
    }
};

/// A loopback port where nothing listens (for "the server is unreachable").
inline quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

inline QString urlOfPort(quint16 port)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port);
}

} // namespace roost::test
