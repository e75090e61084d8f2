// SPDX-License-Identifier: Apache-2.0
// First sync of a server's listings into an empty client cache, against the raw SQLite insert
// rate of the same rows. Prints figures; asserts nothing.
//
//   roost-bench-sync --server http://127.0.0.1:PORT [--page 500]
#include "ApiClient.h"
#include "EntityTables.h"
#include "LocalStore.h"
#include "Outbox.h"
#include "PullWriter.h"
#include "Reconciler.h"
#include "SqliteStatement.h"
#include "SyncEngine.h"
#include "TokenStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <map>
#include <memory>
#include <cstdio>

using namespace roost::client;

namespace {

struct Row {
    QString table;
    QVariantList values; ///< id, data (UTF-8 bytes), version, then the indexed columns
};

bool registerUser(const QUrl& server, const QString& email, const QString& password)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(server.toString() + QStringLiteral("/api/v1/auth/register")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject body{{QStringLiteral("email"), email},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("display_name"), QStringLiteral("Sync bench")}};
    QNetworkReply* reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status == 201;
}

QList<Row> readRows(LocalStore& store)
{
    QList<Row> rows;
    for (const EntityTable& table : entityTables()) {
        QStringList columns{QStringLiteral("id"), QStringLiteral("data"), QStringLiteral("version")};
        for (const IndexedColumn& column : table.columns)
            columns.append(column.column);
        QSqlQuery query(store.database());
        query.setForwardOnly(true);
        query.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table.table));
        while (query.next()) {
            Row row{table.table, {}};
            for (int i = 0; i < columns.size(); ++i)
                row.values.append(query.value(i));
            row.values[1] = row.values.at(1).toString().toUtf8(); // as a pulled object comes
            rows.append(row);
        }
    }
    return rows;
}

/// Inserts `rows` into a fresh cache file with plain prepared INSERTs, `perTransaction` rows per
/// transaction, bound through SQLite's own interface as the engine's writes are; returns the
/// seconds taken.
double rawInsert(const QString& path, const QList<Row>& rows, int perTransaction)
{
    LocalStore store(path); // only for the identical schema and pragmas
    if (!store.open())
        return -1;
    QElapsedTimer timer;
    timer.start();
    std::map<QString, std::unique_ptr<SqliteStatement>> inserts;
    for (const EntityTable& table : entityTables()) {
        QStringList columns{QStringLiteral("id"), QStringLiteral("data"), QStringLiteral("version")};
        for (const IndexedColumn& column : table.columns)
            columns.append(column.column);
        inserts[table.table] = std::make_unique<SqliteStatement>(
            store.database(), QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                  .arg(table.table, columns.join(QStringLiteral(", ")),
                                       QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
    }
    int inTransaction = 0;
    store.exec(QStringLiteral("BEGIN"));
    for (const Row& row : rows) {
        SqliteStatement& insert = *inserts[row.table];
        const QByteArray data = row.values.at(1).toByteArray();
        insert.bind(0, row.values.at(0));
        insert.bindText(1, data);
        for (int i = 2; i < row.values.size(); ++i)
            insert.bind(i, row.values.at(i));
        if (!insert.exec())
            return -1;
        if (++inTransaction == perTransaction) {
            store.exec(QStringLiteral("COMMIT"));
            store.exec(QStringLiteral("BEGIN"));
            inTransaction = 0;
        }
    }
    store.exec(QStringLiteral("COMMIT"));
    return double(timer.nsecsElapsed()) / 1e9;
}

/// Applies `rows` as pull pages of `pageSize` to a fresh cache, as the engine does but without
/// the network (`pagesPerCommit` pages per transaction: the engine commits every few pages);
/// returns the seconds taken.
double replayPull(const QString& path, const QList<Row>& rows, int pageSize, int pagesPerCommit)
{
    LocalStore store(path);
    if (!store.open())
        return -1;
    QList<PullPage> pages;
    qint64 changeVersion = 0;
    for (const Row& row : rows) {
        if (pages.isEmpty() || pages.last().changes.size() == pageSize)
            pages.append(PullPage{{}, QString::number(changeVersion), true, 0});
        QString entity;
        for (const EntityTable& table : entityTables()) {
            if (table.table == row.table)
                entity = table.entity;
        }
        const QJsonObject data = QJsonDocument::fromJson(row.values.at(1).toByteArray()).object();
        pages.last().changes.append(PullChange::upsert(entity, ++changeVersion, data));
    }
    Outbox outbox(store);
    Reconciler reconciler(store, outbox);
    QElapsedTimer timer;
    timer.start();
    for (qsizetype first = 0; first < pages.size(); first += pagesPerCommit) {
        LocalStore::Transaction transaction(store);
        for (qsizetype i = first; i < std::min(pages.size(), first + pagesPerCommit); ++i)
            reconciler.applyPullPage(pages.at(i));
        transaction.commit();
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

/// Pulls every page as a fresh login of the same user and throws the changes away: the
/// server's and the network's share of a first sync. Returns the seconds and the change count.
std::pair<double, int> pullOnly(const QUrl& server, const QString& email, const QString& password, int pageSize)
{
    MemoryTokenStore tokens;
    ApiClient api(server, tokens);
    QEventLoop loop;
    QElapsedTimer timer;
    int changes = 0;
    bool failed = false;
    int outstanding = 0;
    QSet<QString> asked;
    std::function<void(const QString&)> page = [&](const QString& cursor) {
        asked.insert(cursor);
        ++outstanding;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), QString::fromUtf8(QUrl::toPercentEncoding(cursor)));
        api.getText(QStringLiteral("/sync/pull?") + query.toString(QUrl::FullyEncoded), [&](const ApiResult& result) {
            --outstanding;
            // As the engine does: the next page and the one after it asked for before this one
            // is read (a quiet server's forecasts come true).
            for (const char* header : {"Roost-Next-Cursor", "Roost-Following-Cursor"}) {
                const QString ahead = QString::fromLatin1(result.header(header));
                if (result.ok() && !ahead.isEmpty() && !asked.contains(ahead))
                    page(ahead);
            }
            const auto parsed = parsePullPage(result.body);
            if (!result.ok() || !parsed) {
                failed = true;
                loop.quit();
                return;
            }
            changes += int(parsed->changes.size());
            if (outstanding == 0)
                loop.quit();
        });
    };
    api.signIn(email, password, [&](const ApiResult& result) {
        if (!result.ok()) {
            failed = true;
            loop.quit();
            return;
        }
        timer.start();
        page(QString());
    });
    loop.exec();
    if (failed)
        return {-1, 0};
    return {double(timer.nsecsElapsed()) / 1e9, changes};
}

/// One first sync of the server's data as `email` into a new cache at `path`, through the
/// engine as the app runs it; returns the seconds from sign-in to the end of the sync (-1 when
/// it failed).
double firstSync(const QUrl& server, const QString& email, const QString& password, const QString& path, int pageSize)
{
    MemoryTokenStore tokens;
    SyncOptions options;
    options.serverUrl = server;
    options.databasePath = path;
    options.interval = std::chrono::hours(1);
    options.live = false;
    options.pullPageSize = pageSize;
    options.requestTimeout = std::chrono::minutes(2);
    SyncEngine engine(options, tokens);
    if (!engine.start()) {
        std::fprintf(stderr, "roost-bench-sync: %s\n", qPrintable(engine.lastError()));
        return -1;
    }
    QElapsedTimer timer;
    bool ok = false;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::signedIn, &loop, [&timer] { timer.start(); });
    QObject::connect(&engine, &SyncEngine::signInFailed, &loop, [&loop] { loop.quit(); });
    QObject::connect(&engine, &SyncEngine::syncFinished, &loop, [&](bool success, const QString& error) {
        ok = success;
        if (!success)
            std::fprintf(stderr, "roost-bench-sync: sync failed: %s\n", qPrintable(error));
        loop.quit();
    });
    engine.signIn(email, password);
    loop.exec();
    return ok ? double(timer.nsecsElapsed()) / 1e9 : -1;
}

/// Each first sync's time, and the median of several; returns the median.
double printSyncTimes(QList<double> seconds, qsizetype rows)
{
    for (qsizetype i = 0; i < seconds.size(); ++i) {
        std::printf("%-52s %10.2f s %12.0f rows/s\n",
                    seconds.size() == 1 ? "first sync (HTTP pull + parse + cache write)"
                                        : qPrintable(QStringLiteral("first sync, run %1").arg(i + 1)),
                    seconds.at(i), double(rows) / seconds.at(i));
    }
    std::sort(seconds.begin(), seconds.end());
    const double median = seconds.at(seconds.size() / 2);
    if (seconds.size() > 1)
        std::printf("%-52s %10.2f s %12.0f rows/s\n", "first sync, median", median, double(rows) / median);
    return median;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("server"), QStringLiteral("roost-server base URL"), QStringLiteral("url")});
    parser.addOption({QStringLiteral("page"), QStringLiteral("pull page size (max 1000; default: the client's)"), QStringLiteral("n"),
                      QString::number(SyncOptions().pullPageSize)});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("first syncs to time, each into a new cache (default 1)"),
                      QStringLiteral("n"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("sync-only"), QStringLiteral("time the first syncs only, not the references")});
    parser.process(app);
    const QUrl server(parser.value(QStringLiteral("server")));
    if (!server.isValid() || server.host() != QLatin1String("127.0.0.1")) {
        std::fprintf(stderr, "roost-bench-sync: --server must be http://127.0.0.1:PORT\n");
        return 2;
    }
    const QString email = QStringLiteral("bench-%1@example.com").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    const QString password = QStringLiteral("bench password 1234");
    if (!registerUser(server, email, password)) {
        std::fprintf(stderr, "roost-bench-sync: registration failed\n");
        return 1;
    }

    QTemporaryDir dir;
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const int pageSize = parser.value(QStringLiteral("page")).toInt();
    QList<double> syncTimes;
    for (int run = 0; run < runs; ++run) {
        const auto seconds = firstSync(server, email, password, dir.filePath(QStringLiteral("cache%1.sqlite").arg(run)), pageSize);
        if (seconds < 0)
            return 1;
        syncTimes.append(seconds);
    }
    LocalStore cache(dir.filePath(QStringLiteral("cache0.sqlite")));
    if (!cache.open())
        return 1;
    const QList<Row> rows = readRows(cache);
    if (parser.isSet(QStringLiteral("sync-only"))) {
        printSyncTimes(syncTimes, rows.size());
        return 0;
    }
    const auto [pullSeconds, pulled] = pullOnly(server, email, password, pageSize);
    // The references, each on a new file; the one the target is set against three times, as a
    // shared machine's figures wander.
    QList<double> rawOneRuns;
    for (int run = 0; run < 3; ++run)
        rawOneRuns.append(rawInsert(dir.filePath(QStringLiteral("raw1-%1.sqlite").arg(run)), rows, int(rows.size()) + 1));
    std::sort(rawOneRuns.begin(), rawOneRuns.end());
    const double rawOne = rawOneRuns.at(1);
    const double rawPages = rawInsert(dir.filePath(QStringLiteral("raw2.sqlite")), rows, pageSize);
    const int pagesPerCommit = std::max(1, PullWriter::kBatchRows / pageSize);
    const double replay = replayPull(dir.filePath(QStringLiteral("replay.sqlite")), rows, pageSize, pagesPerCommit);
    const double rawBatches = rawInsert(dir.filePath(QStringLiteral("raw3.sqlite")), rows, pageSize * pagesPerCommit);
    const auto rate = [&](double seconds) { return seconds > 0 ? double(rows.size()) / seconds : 0.0; };
    std::printf("rows in the cache after the first sync: %lld (page size %d)\n", static_cast<long long>(rows.size()),
                pageSize);
    const double sync = printSyncTimes(syncTimes, rows.size());
    std::printf("%-52s %10.2f s %12.0f changes/s (%d changes)\n", "the same pulls over HTTP, not stored", pullSeconds,
                pullSeconds > 0 ? pulled / pullSeconds : 0.0, pulled);
    std::printf("%-52s %10.2f s %12.0f rows/s\n", "the same pages applied to an empty cache, no network", replay, rate(replay));
    std::printf("  (%d pages per transaction, as the engine commits them)\n", pagesPerCommit);
    std::printf("%-52s %10.2f s %12.0f rows/s\n", "raw SQLite INSERT, one transaction (median of 3)", rawOne, rate(rawOne));
    std::printf("%-52s %10.2f s %12.0f rows/s\n", "raw SQLite INSERT, one transaction per page", rawPages, rate(rawPages));
    std::printf("%-52s %10.2f s %12.0f rows/s\n", "raw SQLite INSERT, one transaction per engine commit", rawBatches, rate(rawBatches));
    std::printf("first sync at %.0f %% of the raw one-transaction rate (target: >= 50 %%, <= 10 s)\n",
                100.0 * rate(sync) / rate(rawOne));
    return 0;
}
