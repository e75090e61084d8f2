// SPDX-License-Identifier: Apache-2.0
// GET /sync/live (API.md, Sync): a WebSocket that pokes a client when a commit changed something
// it would pull, and only then; authentication; and two server processes on one database (a
// change through one pokes a client of the other, through LISTEN/NOTIFY).
#include "ApiFixture.h"
#include "SyncApi.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace roost::test;

namespace {

// Generous: the API promises a poke within a second; this only bounds a failing test.
constexpr int kWaitMs = 10'000;

/// A WebSocket to /sync/live that keeps every poke's cursor, in arrival order.
class LiveClient
{
public:
    bool open(quint16 port, const QByteArray& token)
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket, [this](const QString& text) {
            const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
            if (message.value(QStringLiteral("type")).toString() == QLatin1String("poke"))
                m_cursors.append(message.value(QStringLiteral("cursor")).toString());
        });
        QSignalSpy connected(&m_socket, &QWebSocket::connected);
        m_socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/sync/live?access_token=%2")
                               .arg(port)
                               .arg(QString::fromLatin1(token))));
        return connected.wait(kWaitMs) || connected.size() == 1;
    }

    /// Waits for a poke naming `cursor`; false if none came.
    bool waitFor(const QString& cursor)
    {
        return QTest::qWaitFor([&] { return m_cursors.contains(cursor); }, kWaitMs);
    }

    const QStringList& cursors() const { return m_cursors; }

private:
    QWebSocket m_socket;
    QStringList m_cursors;
};

} // namespace

class TestSyncLive : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    std::unique_ptr<ServerProcess> m_second;
    TestUser m_host;
    TestUser m_stranger;

    /// The cursor a pull reaches now: the version of the last commit (the test is the only writer).
    QString latestCursor(const TestUser& user)
    {
        const Pulled all = SyncApi(m_api.http()).pullAll(user);
        return all.ok ? all.cursor : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_api.start());
        m_host = m_api.registerUser(QStringLiteral("Host"));
        m_stranger = m_api.registerUser(QStringLiteral("Stranger"));
        QVERIFY(!m_host.id.isEmpty() && !m_stranger.id.isEmpty());
        // Becoming a host changes the public profile (a change for everyone); done before the tests.
        QVERIFY(!m_api.createListing(m_host).isEmpty());
        m_second = std::make_unique<ServerProcess>(m_api.databaseUrl());
        QVERIFY(m_second->start());
    }

    void upgradeWithoutValidTokenIsRefused_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("query");
        QTest::newRow("no token") << QByteArray() << QString();
        QTest::newRow("bad query token") << QByteArray() << QStringLiteral("?access_token=nonsense");
        QTest::newRow("bad header token") << QByteArray("Authorization: Bearer nonsense\r\n") << QString();
    }

    void upgradeWithoutValidTokenIsRefused()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, query);
        const QByteArray request = "GET /api/v1/sync/live" + query.toLatin1()
                                   + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                     "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                                   + authorization + "\r\n";
        const QByteArray answer = HttpClient::raw(m_api.server().port(), request);
        QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.constData());
        QVERIFY(answer.contains("\"unauthenticated\""));
    }

    void upgradeWithHeaderToken()
    {
        QWebSocket socket;
        QSignalSpy connected(&socket, &QWebSocket::connected);
        QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/sync/live").arg(m_api.server().port())));
        request.setRawHeader("Authorization", "Bearer " + m_host.accessToken);
        socket.open(request);
        QVERIFY(connected.wait(kWaitMs) || connected.size() == 1);
    }

    void plainGetIsNotAnUpgrade()
    {
        const HttpReply reply = m_api.http().get(QStringLiteral("/api/v1/sync/live"), m_host.accessToken);
        QCOMPARE(reply.status, 400);
        QCOMPARE(m_api.http().get(QStringLiteral("/api/v1/sync/live")).status, 401);
    }

    void pokedForRelevantChangesOnly()
    {
        LiveClient host;
        LiveClient stranger;
        QVERIFY(host.open(m_api.server().port(), m_host.accessToken));
        QVERIFY(stranger.open(m_api.server().port(), m_stranger.accessToken));

        // a draft: the host's business only
        QVERIFY(!m_api.createListing(m_host, {{QStringLiteral("status"), QStringLiteral("draft")}}).isEmpty());
        const QString draftCursor = latestCursor(m_host);
        QVERIFY(host.waitFor(draftCursor));

        // a listed listing: everyone's
        QVERIFY(!m_api.createListing(m_host).isEmpty());
        const QString listedCursor = latestCursor(m_host);
        QVERIFY(listedCursor != draftCursor);
        QVERIFY(host.waitFor(listedCursor));
        QVERIFY(stranger.waitFor(listedCursor));
        // pokes arrive in commit order, so a poke for the draft would have come first
        QVERIFY2(!stranger.cursors().contains(draftCursor), "the stranger was poked for another user's draft");
    }

    void liveClientsAreCountedInTheMetrics()
    {
        const auto gauge = [this] {
            for (const QByteArray& line : m_api.http().get(QStringLiteral("/metrics")).body.split('\n'))
                if (line.startsWith("roost_live_connections "))
                    return line.mid(23).toInt();
            return -1;
        };
        // The clients of the tests before are closed, but the server may not have seen them go
        // yet: counting from a number about to drop would fail for no fault of this test.
        QTRY_COMPARE_WITH_TIMEOUT(gauge(), 0, kWaitMs);
        const int before = 0;
        auto first = std::make_unique<LiveClient>();
        LiveClient second;
        QVERIFY(first->open(m_api.server().port(), m_host.accessToken));
        QVERIFY(second.open(m_api.server().port(), m_stranger.accessToken));
        QTRY_COMPARE_WITH_TIMEOUT(gauge(), before + 2, kWaitMs);
        first.reset(); // closes its socket
        QTRY_COMPARE_WITH_TIMEOUT(gauge(), before + 1, kWaitMs);
    }

    void upgradesCountAgainstTheRateLimits()
    {
        ServerProcess limited(m_api.databaseUrl(), {{QStringLiteral("ROOST_RATE_LIMIT_IP"), QStringLiteral("60")}});
        QVERIFY(limited.start());
        const QByteArray upgrade = "GET /api/v1/sync/live?access_token=nonsense HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                   "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                                   "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
        QByteArray answer;
        int refused = 0;
        for (; refused < 40; ++refused) {
            answer = HttpClient::raw(limited.port(), upgrade);
            if (!answer.startsWith("HTTP/1.1 401"))
                break;
        }
        QVERIFY2(refused >= 10, qPrintable(QString::number(refused))); // the burst: a sixth of 60
        QVERIFY2(answer.startsWith("HTTP/1.1 429"), answer.constData());
        QVERIFY(answer.contains("Retry-After: "));
        QVERIFY(answer.contains("\"rate_limited\""));
        limited.stop();
    }

    void pokeCrossesServerProcesses()
    {
        LiveClient onSecond;
        QVERIFY(onSecond.open(m_second->port(), m_stranger.accessToken));
        // the change goes through the first process
        QVERIFY(!m_api.createListing(m_host).isEmpty());
        const QString cursor = latestCursor(m_stranger);
        QVERIFY(onSecond.waitFor(cursor));
        // and the cursor of the poke is one a pull accepts
        QCOMPARE(SyncApi(m_api.http()).pull(m_stranger, cursor).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSyncLive)
#include "tst_synclive.moc"
