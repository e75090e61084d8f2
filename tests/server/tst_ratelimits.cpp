// SPDX-License-Identifier: Apache-2.0
// Rate limits on every endpoint: per client address and per access token, 429 with
// Retry-After in the error envelope, operations endpoints exempt, X-Forwarded-For only behind a
// trusted proxy (issue: operations; docs/configuration.md).
#include "ApiFixture.h"

#include <QTest>

using namespace roost::test;

namespace {
// 30 a minute: bursts of 10 (a sixth, at least 10), then one every two seconds. The slow
// refill keeps the counts exact enough on a loaded machine, where a burst can take seconds.
const QString kPerMinute = QStringLiteral("30");
constexpr int kBurst = 10;
const QString kSearch = QStringLiteral("/api/v1/listings?limit=1");
} // namespace

class TestRateLimits : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;

    /// Sends `path` until the first 429; returns how many were answered before it (or -1).
    static int answeredBeforeLimit(HttpClient& http, const QString& path, const QByteArray& token = {}, const Headers& headers = {})
    {
        for (int i = 0; i < 4 * kBurst; ++i) {
            const HttpReply reply = http.get(path, token, headers);
            if (reply.status == 429) {
                const bool wellFormed = reply.errorCode() == QLatin1String("rate_limited")
                                        && reply.header("Retry-After").toInt() >= 1 && reply.header("Retry-After").toInt() <= 60;
                return wellFormed ? i : -2;
            }
            if (reply.status != 200)
                return -3;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_api.start()); }

    void anAddressGetsItsBurstThen429()
    {
        ServerProcess server(m_api.databaseUrl(), {{QStringLiteral("ROOST_RATE_LIMIT_IP"), kPerMinute}});
        QVERIFY(server.start());
        HttpClient http(server.baseUrl());
        const int answered = answeredBeforeLimit(http, kSearch);
        // A few seconds may pass during the burst and refill a request or two.
        QVERIFY2(answered >= kBurst && answered <= kBurst + 2, qPrintable(QString::number(answered)));
        // Every endpoint, not just search: a login is refused too, before any password work.
        QCOMPARE(http.post(QStringLiteral("/api/v1/auth/login"), {{QStringLiteral("email"), QStringLiteral("a@b.example")},
                                                                  {QStringLiteral("password"), QStringLiteral("whatever-123")}}).status, 429);
        // Probes and scrapers still get through.
        QCOMPARE(http.get(QStringLiteral("/healthz")).status, 200);
        QCOMPARE(http.get(QStringLiteral("/readyz")).status, 200);
        QCOMPARE(http.get(QStringLiteral("/metrics")).status, 200);
        // Retry-After tells the truth: waiting that long is enough.
        const HttpReply limited = http.get(kSearch);
        QCOMPARE(limited.status, 429);
        QTest::qWait(limited.header("Retry-After").toInt() * 1000 + 100);
        QCOMPARE(http.get(kSearch).status, 200);
        server.stop();
    }

    void aTokenHasItsOwnBucket()
    {
        const TestUser alice = m_api.registerUser(QStringLiteral("Alice"));
        const TestUser bob = m_api.registerUser(QStringLiteral("Bob"));
        ServerProcess server(m_api.databaseUrl(), {{QStringLiteral("ROOST_RATE_LIMIT_TOKEN"), kPerMinute}});
        QVERIFY(server.start());
        HttpClient http(server.baseUrl());
        const int answered = answeredBeforeLimit(http, QStringLiteral("/api/v1/me"), alice.accessToken);
        QVERIFY2(answered >= kBurst && answered <= kBurst + 2, qPrintable(QString::number(answered)));
        // Same address, another token, or no token: unaffected.
        QCOMPARE(http.get(QStringLiteral("/api/v1/me"), bob.accessToken).status, 200);
        QCOMPARE(http.get(kSearch).status, 200);
        server.stop();
    }

    void forwardedForCountsOnlyBehindATrustedProxy()
    {
        ServerProcess trusting(m_api.databaseUrl(), {{QStringLiteral("ROOST_RATE_LIMIT_IP"), kPerMinute},
                                                     {QStringLiteral("ROOST_TRUST_PROXY"), QStringLiteral("true")}});
        QVERIFY(trusting.start());
        HttpClient http(trusting.baseUrl());
        const Headers first{{"X-Forwarded-For", "198.51.100.7, 203.0.113.1"}};
        QVERIFY(answeredBeforeLimit(http, kSearch, {}, first) >= kBurst);
        // Another client behind the same proxy has its own bucket.
        QCOMPARE(http.get(kSearch, {}, {{"X-Forwarded-For", "198.51.100.7, 203.0.113.2"}}).status, 200);
        trusting.stop();

        // Without trust the header is the client's word and is ignored: one bucket for the peer.
        ServerProcess direct(m_api.databaseUrl(), {{QStringLiteral("ROOST_RATE_LIMIT_IP"), kPerMinute}});
        QVERIFY(direct.start());
        HttpClient plain(direct.baseUrl());
        QVERIFY(answeredBeforeLimit(plain, kSearch, {}, {{"X-Forwarded-For", "203.0.113.9"}}) >= kBurst);
        QCOMPARE(plain.get(kSearch, {}, {{"X-Forwarded-For", "203.0.113.10"}}).status, 429);
        direct.stop();
    }

    void badSettingsAreRefused()
    {
        ServerProcess bad(m_api.databaseUrl(), {{QStringLiteral("ROOST_RATE_LIMIT_IP"), QStringLiteral("lots")}});
        QVERIFY(!bad.start());
        QVERIFY(bad.output().contains("ROOST_RATE_LIMIT_IP"));
        ServerProcess badProxy(m_api.databaseUrl(), {{QStringLiteral("ROOST_TRUST_PROXY"), QStringLiteral("maybe")}});
        QVERIFY(!badProxy.start());
        QVERIFY(badProxy.output().contains("ROOST_TRUST_PROXY"));
    }
};

QTEST_GUILESS_MAIN(TestRateLimits)
#include "tst_ratelimits.moc"
