// SPDX-License-Identifier: Apache-2.0
// ApiClient against a real roost-server: errors as values, refresh with rotation, timeouts.
#include "ApiClient.h"
#include "ApiFixture.h"
#include "TokenStore.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace roost;
using namespace roost::test;
using client::ApiClient;
using client::ApiError;
using client::ApiResult;

namespace {

/// Runs one asynchronous call and waits for its callback.
ApiResult await(const std::function<void(ApiClient::Callback)>& call)
{
    std::optional<ApiResult> result;
    call([&result](const ApiResult& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30'000))
        qWarning("no answer within 30 s");
    return result.value_or(ApiResult()); // a missing answer fails the caller's checks: kind None, status 0
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;

private slots:
    void initTestCase() { QVERIFY(m_api.start()); }

    void signsInAndRotatesTheRefreshToken()
    {
        const TestUser user = m_api.registerUser(QStringLiteral("Api User"));
        client::MemoryTokenStore tokens;
        ApiClient api(QUrl(m_api.server().baseUrl()), tokens);
        QVERIFY(!api.hasSession());
        const ApiResult signedIn = await([&](auto done) { api.signIn(user.email, user.password, done); });
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error.describe()));
        QCOMPARE(api.userId(), user.id);
        const QByteArray first = tokens.refreshToken();
        QVERIFY(!first.isEmpty());

        const ApiResult refreshed = await([&](auto done) { api.refresh(done); });
        QVERIFY(refreshed.ok());
        QVERIFY(tokens.refreshToken() != first);
        // The spent one is refused by the server: rotation really happened.
        const HttpReply reuse = m_api.http().post(QStringLiteral("/api/v1/auth/refresh"),
                                                  {{QStringLiteral("refresh_token"), QString::fromUtf8(first)}});
        QCOMPARE(reuse.status, 401);

        const ApiResult me = await([&](auto done) { api.get(QStringLiteral("/me"), done); });
        QCOMPARE(me.error.kind, ApiError::Kind::Http);
        QCOMPARE(me.error.status, 401); // the reuse revoked every token of that login
        QVERIFY(tokens.refreshToken().isEmpty());
    }

    void aMissingAccessTokenIsRefreshedBeforeTheRequest()
    {
        const TestUser user = m_api.registerUser(QStringLiteral("Returning User"));
        client::MemoryTokenStore tokens;
        tokens.setRefreshToken(user.refreshToken); // remembered from an earlier run
        ApiClient api(QUrl(m_api.server().baseUrl()), tokens);
        QVERIFY(api.hasSession());
        const ApiResult me = await([&](auto done) { api.get(QStringLiteral("/me"), done); });
        QVERIFY2(me.ok(), qPrintable(me.error.describe()));
        QCOMPARE(me.json.value(QStringLiteral("id")).toString(), user.id);
        QVERIFY(tokens.refreshToken() != user.refreshToken);
    }

    void httpErrorsCarryTheEnvelopeCode()
    {
        const TestUser user = m_api.registerUser(QStringLiteral("Wrong Password"));
        client::MemoryTokenStore tokens;
        ApiClient api(QUrl(m_api.server().baseUrl()), tokens);
        const ApiResult refused = await([&](auto done) { api.signIn(user.email, QStringLiteral("not the password"), done); });
        QCOMPARE(refused.error.kind, ApiError::Kind::Http);
        QCOMPARE(refused.error.status, 401);
        QCOMPARE(refused.error.code, QStringLiteral("invalid_credentials"));
        QVERIFY(!refused.error.isTransient());
        QVERIFY(tokens.refreshToken().isEmpty());
    }

    void anUnreachableServerIsANetworkError()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        client::MemoryTokenStore tokens;
        ApiClient api(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), tokens);
        const ApiResult result = await([&](auto done) { api.signIn(QStringLiteral("a@example.com"), QStringLiteral("whatever123"), done); });
        QCOMPARE(result.error.kind, ApiError::Kind::Network);
        QVERIFY(result.error.isTransient());
    }

    void aServerThatNeverAnswersTimesOut()
    {
        QTcpServer silent; // accepts, reads, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket*> accepted;
        connect(&silent, &QTcpServer::newConnection, this, [&] { accepted.append(silent.nextPendingConnection()); });
        client::MemoryTokenStore tokens;
        ApiClient api(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())), tokens);
        api.setTimeout(std::chrono::milliseconds(300));
        const ApiResult result = await([&](auto done) { api.signIn(QStringLiteral("a@example.com"), QStringLiteral("whatever123"), done); });
        QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
        QVERIFY(result.error.isTransient());
        QVERIFY(!accepted.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
