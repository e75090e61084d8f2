// SPDX-License-Identifier: Apache-2.0
// Running the server: health and readiness, a burst of concurrent mixed traffic, and the command
// line (--version, --help, refusing bad settings) (API.md, Operations; docs/configuration.md).
#include "ApiFixture.h"
#include "RawHttp.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>
#include <memory>
#include <pqxx/pqxx>

using namespace roost::test;

namespace {

QString serverBinary()
{
    return qEnvironmentVariable("ROOST_SERVER_BINARY", QStringLiteral("roost-server"));
}

struct Finished {
    int exitCode = -1;
    bool exitedNormally = false;
    QByteArray out;
    QByteArray err;
};

/// Runs roost-server with `args` and extra environment; kills it if it outlives `timeoutMs`.
Finished runServer(const QStringList& args, const QMap<QString, QString>& env = {}, int timeoutMs = 30'000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.start(serverBinary(), args);
    Finished result;
    if (!process.waitForStarted(10'000))
        return result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }
    result.exitCode = process.exitCode();
    result.exitedNormally = process.exitStatus() == QProcess::NormalExit;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

/// One request of the concurrent burst and the statuses that are right for it.
struct Call {
    QByteArray method;
    QString path;
    QByteArray body;
    QByteArray token;
    QList<int> expected;
    QNetworkReply* reply = nullptr;
};

} // namespace

class TestOperations : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;

private slots:
    void initTestCase() { QVERIFY(m_api.start()); }

    void healthz()
    {
        const HttpReply reply = m_api.http().get(QStringLiteral("/healthz"));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    }

    void readyz()
    {
        const HttpReply reply = m_api.http().get(QStringLiteral("/readyz"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
        // Ready means the schema is really there: an account can be made right away.
        QVERIFY(!m_api.registerUser().id.isEmpty());
    }

    void concurrentMixedTraffic()
    {
        // A few accounts to sign in with and read, made before the burst.
        QList<TestUser> users;
        for (int i = 0; i < 4; ++i) {
            users << m_api.registerUser(QStringLiteral("Burst %1").arg(i));
            QVERIFY(!users.last().id.isEmpty());
        }
        const QString base = m_api.server().baseUrl();
        auto loginBody = [](const TestUser& u, const QString& password) {
            return QJsonDocument(
                QJsonObject { { QStringLiteral("email"), u.email }, { QStringLiteral("password"), password } })
                .toJson();
        };
        // 64 requests; a hashing endpoint may answer 503 (with Retry-After) while its slots are full.
        QList<Call> calls;
        for (int i = 0; i < 64; ++i) {
            const TestUser& user = users[i % users.size()];
            switch (i % 8) {
            case 0:
            case 4:
                calls.append({ "GET", QStringLiteral("/healthz"), {}, {}, { 200 } });
                break;
            case 1: {
                const QByteArray body
                    = QJsonDocument(QJsonObject { { QStringLiteral("email"),
                                                      QStringLiteral("burst-%1-%2@example.com")
                                                          .arg(i)
                                                          .arg(QUuid::createUuid().toString(QUuid::Id128).left(8)) },
                                        { QStringLiteral("password"), QStringLiteral("long enough secret") },
                                        { QStringLiteral("display_name"), QStringLiteral("Burst") } })
                          .toJson();
                calls.append({ "POST", QStringLiteral("/api/v1/auth/register"), body, {}, { 201, 503 } });
                break;
            }
            case 2:
                calls.append(
                    { "POST", QStringLiteral("/api/v1/auth/login"), loginBody(user, user.password), {}, { 200, 503 } });
                break;
            case 3:
                calls.append({ "GET", QStringLiteral("/api/v1/me"), {}, user.accessToken, { 200 } });
                break;
            case 5:
                calls.append({ "POST", QStringLiteral("/api/v1/auth/login"), "{\"email\": ", {}, { 400 } });
                break;
            case 6:
                calls.append({ "GET", QStringLiteral("/api/v1/users/") + user.id, {}, user.accessToken, { 200 } });
                break;
            case 7:
                calls.append({ "GET", QStringLiteral("/readyz"), {}, {}, { 200 } });
                break;
            }
        }
        // 32 managers, two requests each in flight at once: no connection is shared between them.
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        for (int i = 0; i < 32; ++i)
            managers.push_back(std::make_unique<QNetworkAccessManager>());
        int pending = 0;
        QEventLoop loop;
        for (qsizetype i = 0; i < calls.size(); ++i) {
            Call& call = calls[i];
            QNetworkRequest request(QUrl(base + call.path));
            request.setTransferTimeout(30'000);
            if (!call.body.isEmpty())
                request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            if (!call.token.isEmpty())
                request.setRawHeader("Authorization", "Bearer " + call.token);
            call.reply = managers[size_t(i % 32)]->sendCustomRequest(request, call.method, call.body);
            ++pending;
            QObject::connect(call.reply, &QNetworkReply::finished, &loop, [&pending, &loop] {
                if (--pending == 0)
                    loop.quit();
            });
        }
        QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        loop.exec();
        QCOMPARE(pending, 0);

        int unavailable = 0;
        for (const Call& call : calls) {
            const int status = call.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QString what = QStringLiteral("%1 %2 answered %3 (%4)")
                                     .arg(QString::fromLatin1(call.method), call.path)
                                     .arg(status)
                                     .arg(call.reply->errorString());
            QVERIFY2(call.expected.contains(status), qPrintable(what));
            const QByteArray body = call.reply->readAll();
            if (status == 503) {
                ++unavailable;
                QVERIFY2(call.reply->rawHeader("Retry-After").toInt() > 0, qPrintable(what));
            }
            // Every account and login made in the burst is real: its token works afterwards.
            if (status == 200 || status == 201) {
                const QByteArray token = QJsonDocument::fromJson(body)
                                             .object()
                                             .value(QStringLiteral("access_token"))
                                             .toString()
                                             .toLatin1();
                if (!token.isEmpty())
                    QCOMPARE(m_api.http().get(QStringLiteral("/api/v1/me"), token).status, 200);
            }
            call.reply->deleteLater();
        }
        qInfo("64 requests in %lld ms, %d answered 503", timer.elapsed(), unavailable);
        QVERIFY(m_api.server().isRunning());
        QCOMPARE(m_api.http().get(QStringLiteral("/healthz")).status, 200);
        QCOMPARE(m_api.http().get(QStringLiteral("/api/v1/me"), users.first().accessToken).status, 200);
    }

    void databaseConnectionsDropped()
    {
        // Fault injection: every server connection to the database is killed, as in a database
        // restart or failover. Requests may fail with 503 (and Retry-After) meanwhile, never
        // with 500, and each worker must reconnect by itself.
        const TestUser user = m_api.registerUser();
        QVERIFY(!user.id.isEmpty());
        {
            pqxx::connection admin(m_api.databaseUrl().toStdString());
            pqxx::nontransaction tx(admin);
            const pqxx::result killed = tx.exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                "WHERE datname = current_database() AND pid <> pg_backend_pid()");
            QVERIFY(killed.size() >= 4); // one per HTTP worker thread at least
        }
        // A new TCP connection per request, so the kernel spreads them over all worker threads.
        QList<int> statuses;
        for (int i = 0; i < 60; ++i) {
            RawConnection connection(m_api.server().port());
            connection.send(
                "GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + user.accessToken + "\r\n\r\n");
            const auto answer = connection.readAnswer(10'000);
            QVERIFY2(answer.has_value(), qPrintable(QStringLiteral("request %1 got no answer").arg(i)));
            statuses << answer->status;
            QVERIFY2(answer->status == 200 || answer->status == 503,
                qPrintable(QStringLiteral("request %1: %2 %3")
                               .arg(i)
                               .arg(answer->status)
                               .arg(QString::fromUtf8(answer->body))));
            if (answer->status == 503)
                QVERIFY(answer->header("Retry-After").toInt() > 0);
        }
        qInfo() << "statuses after the database dropped the connections:" << statuses;
        QCOMPARE(statuses.mid(statuses.size() - 10), QList<int>(10, 200));
        QCOMPARE(m_api.http().get(QStringLiteral("/readyz")).status, 200);
    }

    void version()
    {
        const Finished run = runServer({ QStringLiteral("--version") });
        QVERIFY(run.exitedNormally);
        QCOMPARE(run.exitCode, 0);
        static const QRegularExpression pattern(QStringLiteral("^roost-server \\d+\\.\\d+\\.\\d+\\s*$"));
        QVERIFY2(pattern.match(QString::fromUtf8(run.out)).hasMatch(), run.out.constData());
    }

    void help()
    {
        const Finished run = runServer({ QStringLiteral("--help") });
        QVERIFY(run.exitedNormally);
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        for (const char* expected : { "Usage: roost-server", "serve", "migrate", "--version", "ROOST_LISTEN",
                 "ROOST_DATABASE_URL", "ROOST_THREADS", "ROOST_ENV", "ROOST_IDLE_TIMEOUT" })
            QVERIFY2(out.contains(QLatin1String(expected)), expected);
    }

    void unknownCommand()
    {
        const Finished run = runServer({ QStringLiteral("frobnicate") });
        QVERIFY(run.exitedNormally);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("frobnicate"), run.err.constData());
    }

    void invalidSetting_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("listen nonsense") << QStringLiteral("ROOST_LISTEN") << QStringLiteral("nonsense");
        QTest::newRow("listen bad port") << QStringLiteral("ROOST_LISTEN") << QStringLiteral("127.0.0.1:99999");
        QTest::newRow("listen bad host") << QStringLiteral("ROOST_LISTEN") << QStringLiteral("example.com:8080");
        QTest::newRow("threads zero") << QStringLiteral("ROOST_THREADS") << QStringLiteral("0");
        QTest::newRow("threads word") << QStringLiteral("ROOST_THREADS") << QStringLiteral("many");
        QTest::newRow("env staging") << QStringLiteral("ROOST_ENV") << QStringLiteral("staging");
        QTest::newRow("idle timeout negative") << QStringLiteral("ROOST_IDLE_TIMEOUT") << QStringLiteral("-1");
        QTest::newRow("scrypt n not power of two") << QStringLiteral("ROOST_SCRYPT_N") << QStringLiteral("1000");
        QTest::newRow("jwt secret short") << QStringLiteral("ROOST_JWT_SECRET") << QStringLiteral("short");
        QTest::newRow("database url") << QStringLiteral("ROOST_DATABASE_URL")
                                      << QStringLiteral("mysql://localhost/roost");
    }
    void invalidSetting()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        // A complete, valid environment except for the one setting, so only it can be blamed.
        QTemporaryDir dataDir;
        QMap<QString, QString> env { { QStringLiteral("ROOST_DATABASE_URL"), m_api.databaseUrl() },
            { QStringLiteral("ROOST_LISTEN"), QStringLiteral("127.0.0.1:0") },
            { QStringLiteral("ROOST_DATA_DIR"), dataDir.path() },
            { QStringLiteral("ROOST_ENV"), QStringLiteral("test") },
            { QStringLiteral("ROOST_SCRYPT_N"), QStringLiteral("1024") } };
        env.insert(name, value);
        const Finished run = runServer({ QStringLiteral("serve") }, env, 20'000);
        QVERIFY2(run.exitedNormally, "still running with an invalid setting (or crashed)");
        QVERIFY(run.exitCode != 0);
        const QByteArray said = run.err + run.out;
        QVERIFY2(said.contains(name.toLatin1()), said.constData());
        QVERIFY2(!said.contains("listening on"), said.constData());
    }
};

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
