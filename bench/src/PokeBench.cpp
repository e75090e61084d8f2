// SPDX-License-Identifier: Apache-2.0
// Poke-to-visible latency: a change committed by one user (through their sync engine, or by a
// plain HTTP call) until it is in a second client's cache, brought there by its live channel.
// Prints p50/p95/max over the trials; asserts nothing.
//
//   roost-bench-poke --server http://127.0.0.1:PORT [--trials 50]
#include "LocalStore.h"
#include "SyncEngine.h"
#include "TokenStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace roost::client;

namespace {

constexpr int kWaitMs = 20'000;

/// Runs the event loop until `done()` holds, re-checking on `engine`'s cacheChanged and every
/// few milliseconds; false after kWaitMs.
bool waitUntil(SyncEngine& engine, const std::function<bool()>& done)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(2);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QObject::connect(&engine, &SyncEngine::cacheChanged, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(kWaitMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return done();
}

struct Client {
    MemoryTokenStore tokens;
    std::unique_ptr<SyncEngine> engine;

    bool start(const QUrl& server, const QString& path, bool live)
    {
        SyncOptions options;
        options.serverUrl = server;
        options.databasePath = path;
        options.interval = std::chrono::hours(1); // only pokes (and own writes) start a sync
        options.live = live;
        engine = std::make_unique<SyncEngine>(options, tokens);
        if (!engine->start())
            return false;
        bool ok = false;
        QEventLoop loop;
        QObject::connect(engine.get(), &SyncEngine::signedIn, &loop, [&] { ok = true; loop.quit(); });
        QObject::connect(engine.get(), &SyncEngine::signInFailed, &loop, [&](const QString& error) {
            std::fprintf(stderr, "bench: sign-up failed: %s\n", qPrintable(error));
            loop.quit();
        });
        const QString tag = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        engine->signUp(QStringLiteral("poke-%1@bench.example").arg(tag), QStringLiteral("bench-password-1"), QStringLiteral("Poke bench"));
        QTimer::singleShot(kWaitMs, &loop, &QEventLoop::quit);
        loop.exec();
        return ok;
    }

    QJsonValue field(const QString& id, const QString& key) const
    {
        const auto object = engine->store().object(QStringLiteral("listing"), id);
        return object && !object->deleted ? object->data.value(key) : QJsonValue();
    }
};

void report(const char* label, QList<double> ms, int failures)
{
    if (ms.isEmpty()) {
        std::printf("%-34s no trial succeeded (%d failed)\n", label, failures);
        return;
    }
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms.at(std::min(qsizetype(q * double(ms.size())), ms.size() - 1)); };
    std::printf("%-34s n=%lld  p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  failed %d\n", label, qlonglong(ms.size()), at(0.50),
                at(0.95), ms.last(), failures);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("server"), QStringLiteral("roost-server base URL"), QStringLiteral("url")});
    parser.addOption({QStringLiteral("trials"), QStringLiteral("trials per path"), QStringLiteral("n"), QStringLiteral("50")});
    parser.process(app);
    const QUrl server(parser.value(QStringLiteral("server")));
    const int trials = std::max(1, parser.value(QStringLiteral("trials")).toInt());
    QTemporaryDir dir;

    Client writer;
    Client reader;
    if (!writer.start(server, dir.filePath(QStringLiteral("writer.sqlite")), false)
        || !reader.start(server, dir.filePath(QStringLiteral("reader.sqlite")), true))
        return 1;
    bool live = false;
    QObject::connect(reader.engine.get(), &SyncEngine::liveConnectedChanged, [&](bool connected) { live = connected; });

    const WriteResult created = writer.engine->createListing(
        {{QStringLiteral("title"), QStringLiteral("Poke bench")}, {QStringLiteral("description"), QStringLiteral("Latency")},
         {QStringLiteral("property_type"), QStringLiteral("apartment")}, {QStringLiteral("address"), QStringLiteral("Here 1")},
         {QStringLiteral("city"), QStringLiteral("Lisbon")}, {QStringLiteral("country"), QStringLiteral("PT")},
         {QStringLiteral("latitude"), 38.7}, {QStringLiteral("longitude"), -9.1}, {QStringLiteral("max_guests"), 2},
         {QStringLiteral("bedrooms"), 1}, {QStringLiteral("beds"), 1}, {QStringLiteral("bathrooms"), 1},
         {QStringLiteral("nightly_price"), 10000}, {QStringLiteral("cleaning_fee"), 0}, {QStringLiteral("currency"), QStringLiteral("EUR")},
         {QStringLiteral("status"), QStringLiteral("listed")}});
    if (!created.ok()) {
        std::fprintf(stderr, "bench: the listing was refused locally\n");
        return 1;
    }
    const QString id = created.id;
    if (!waitUntil(*reader.engine, [&] { return live && !reader.field(id, QStringLiteral("title")).isUndefined(); })) {
        std::fprintf(stderr, "bench: the reader never saw the listing (live channel %s)\n", live ? "up" : "down");
        return 1;
    }

    // Path 1: the writer's sync engine (local write, push, commit, NOTIFY, poke, reader's pull).
    QList<double> viaEngine;
    int engineFailures = 0;
    for (int i = 0; i < trials; ++i) {
        const int price = 20000 + i;
        QElapsedTimer clock;
        clock.start();
        writer.engine->updateListing(id, {{QStringLiteral("nightly_price"), price}});
        if (waitUntil(*reader.engine, [&] { return reader.field(id, QStringLiteral("nightly_price")).toInteger() == price; }))
            viaEngine.append(double(clock.nsecsElapsed()) / 1e6);
        else
            ++engineFailures;
    }

    // Path 2: a plain HTTP PATCH (the commit itself starts the clock's work at once).
    QList<double> viaHttp;
    int httpFailures = 0;
    for (int i = 0; i < trials; ++i) {
        const QString title = QStringLiteral("Poke %1").arg(i);
        ApiRequest patch;
        patch.method = "PATCH";
        patch.path = QStringLiteral("/listings/") + id;
        patch.json = QJsonObject{{QStringLiteral("title"), title}};
        QElapsedTimer clock;
        clock.start();
        bool answered = false;
        writer.engine->call(patch, &app, [&](const ApiResult& result) {
            answered = true;
            if (!result.ok())
                std::fprintf(stderr, "bench: PATCH failed: %s\n", qPrintable(result.error.describe()));
        });
        if (waitUntil(*reader.engine, [&] { return reader.field(id, QStringLiteral("title")).toString() == title; }))
            viaHttp.append(double(clock.nsecsElapsed()) / 1e6);
        else
            ++httpFailures;
        waitUntil(*writer.engine, [&] { return answered; });
    }

    std::printf("poke-to-visible latency, %d trials per path (live channel on the reader only)\n", trials);
    report("write via client A -> in B's cache", viaEngine, engineFailures);
    report("HTTP PATCH -> in B's cache", viaHttp, httpFailures);
    return 0;
}
