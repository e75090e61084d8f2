// SPDX-License-Identifier: Apache-2.0
// Watching the server: X-Request-Id on every answer, /metrics in Prometheus' text format, JSON
// log lines tied to their request, and no secret ever in the logs (issue: operations).
#include "ApiFixture.h"
#include "BookingApi.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace roost::test;

namespace {

/// The value of the first sample line `<series> <value>` in a Prometheus text body, or -1.
double sample(const QByteArray& metrics, const QByteArray& series)
{
    for (const QByteArray& line : metrics.split('\n'))
        if (line.startsWith(QByteArray(series + ' ')))
            return line.mid(series.size() + 1).toDouble();
    return -1;
}

QList<QJsonObject> jsonLines(const QByteArray& output)
{
    QList<QJsonObject> lines;
    for (const QByteArray& line : output.split('\n')) {
        if (!line.startsWith('{'))
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        lines.append(doc.isObject() ? doc.object() : QJsonObject{{QStringLiteral("unparsable"), QString::fromUtf8(line)}});
    }
    return lines;
}

const QByteArray kRoute = QByteArrayLiteral("route=\"/api/v1/listings/{id}\",method=\"GET\"");

} // namespace

class TestObservability : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_api.start()); }

    void everyAnswerCarriesARequestId()
    {
        const HttpReply generated = m_api.http().get(QStringLiteral("/healthz"));
        QCOMPARE(generated.status, 200);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(QString::fromLatin1(generated.header("X-Request-Id"))).hasMatch());
        const HttpReply other = m_api.http().get(QStringLiteral("/api/v1/nothing-here"));
        QCOMPARE(other.status, 404);
        QVERIFY(!other.header("X-Request-Id").isEmpty());
        QVERIFY(other.header("X-Request-Id") != generated.header("X-Request-Id"));

        const HttpReply echoed = m_api.http().get(QStringLiteral("/healthz"), {}, {{"X-Request-Id", "lb-7f3a.42"}});
        QCOMPARE(echoed.header("X-Request-Id"), QByteArray("lb-7f3a.42"));

        // Not a token we would write into a log line: replaced, never echoed.
        for (const QByteArray& bad : {QByteArray("two words"), QByteArray(65, 'a'), QByteArray("a\"b"), QByteArray("x{y}")}) {
            const HttpReply replaced = m_api.http().get(QStringLiteral("/healthz"), {}, {{"X-Request-Id", bad}});
            QCOMPARE(replaced.status, 200);
            QVERIFY(replaced.header("X-Request-Id") != bad);
            QCOMPARE(replaced.header("X-Request-Id").size(), 32);
        }
    }

    void metricsCountRequestsByRouteAndStatus()
    {
        const QByteArray series = "roost_http_requests_total{" + kRoute + ",status=\"404\"}";
        const double before = std::max(0.0, sample(m_api.http().get(QStringLiteral("/metrics")).body, series));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_api.http().get(QStringLiteral("/api/v1/listings/%1").arg(BookingApi::newId())).status, 404);

        const HttpReply metrics = m_api.http().get(QStringLiteral("/metrics"));
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.header("Content-Type").startsWith("text/plain; version=0.0.4"));
        QCOMPARE(sample(metrics.body, series), before + 3);
        // Raw paths never become labels: the ids above are not in the text.
        QVERIFY(!metrics.body.contains("/api/v1/listings/0"));

        // The latency histogram of that route: cumulative buckets ending in +Inf = count.
        QList<double> buckets;
        for (const QByteArray& line : metrics.body.split('\n'))
            if (line.startsWith(QByteArray("roost_http_request_duration_seconds_bucket{" + kRoute)))
                buckets.append(line.mid(line.lastIndexOf(' ') + 1).toDouble());
        QCOMPARE(buckets.size(), 13);
        for (qsizetype i = 1; i < buckets.size(); ++i)
            QVERIFY(buckets[i] >= buckets[i - 1]);
        QCOMPARE(buckets.last(), sample(metrics.body, "roost_http_request_duration_seconds_count{" + kRoute + '}'));

        QVERIFY(sample(metrics.body, "roost_db_connections") >= 1);
        QCOMPARE(sample(metrics.body, "roost_http_threads"), 4.0);
        QVERIFY(sample(metrics.body, "roost_http_open_connections") >= 1);
        QVERIFY(sample(metrics.body, "roost_jobs{state=\"queued\"}") >= 0);
        QCOMPARE(sample(metrics.body, "roost_jobs{state=\"dead\"}"), 0.0);
        QVERIFY(sample(metrics.body, "roost_job_runs_total{outcome=\"failed\"}") >= 0);
        QVERIFY(sample(metrics.body, "roost_live_connections") >= 0);
    }

    void jobQueueDepthIsTheDatabases()
    {
        // A job due in an hour stays queued: the gauge must count it.
        const QByteArray before = m_api.http().get(QStringLiteral("/metrics")).body;
        const HttpReply probe = m_api.http().post(QStringLiteral("/api/v1/test/probe-jobs"),
                                                  {{QStringLiteral("succeed_on"), 1}, {QStringLiteral("max_attempts"), 3}}, {},
                                                  BookingApi::at(QDateTime::currentDateTimeUtc().addSecs(3600)));
        QCOMPARE(probe.status, 201);
        const QByteArray after = m_api.http().get(QStringLiteral("/metrics")).body;
        QCOMPARE(sample(after, "roost_jobs{state=\"queued\"}"), sample(before, "roost_jobs{state=\"queued\"}") + 1);
    }

    void metricsCanRequireAToken()
    {
        ServerProcess guarded(m_api.databaseUrl(), {{QStringLiteral("ROOST_METRICS_TOKEN"), QStringLiteral("scrape-secret-1")}});
        QVERIFY(guarded.start());
        HttpClient http(guarded.baseUrl());
        const HttpReply without = http.get(QStringLiteral("/metrics"));
        QCOMPARE(without.status, 401);
        QCOMPARE(without.errorCode(), QStringLiteral("unauthenticated"));
        QCOMPARE(http.get(QStringLiteral("/metrics"), "scrape-secret-2").status, 401);
        const HttpReply with = http.get(QStringLiteral("/metrics"), "scrape-secret-1");
        QCOMPARE(with.status, 200);
        QVERIFY(with.body.contains("roost_http_requests_total"));
        guarded.stop();
    }

    void logsAreJsonLinesTiedToTheirRequest()
    {
        const QByteArray id = "trace-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(m_api.http().get(QStringLiteral("/api/v1/listings?city=Vienna&limit=5"), {}, {{"X-Request-Id", id}}).status, 200);

        QJsonObject access;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QJsonObject& line : jsonLines(m_api.server().output()))
                    if (line.value(QStringLiteral("request_id")).toString() == QString::fromLatin1(id))
                        access = line;
                return !access.isEmpty();
            }(),
            5000);
        QCOMPARE(access.value(QStringLiteral("logger")).toString(), QStringLiteral("roost.access"));
        QCOMPARE(access.value(QStringLiteral("level")).toString(), QStringLiteral("info"));
        QCOMPARE(access.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(access.value(QStringLiteral("route")).toString(), QStringLiteral("/api/v1/listings"));
        QCOMPARE(access.value(QStringLiteral("status")).toInt(), 200);
        QVERIFY(access.value(QStringLiteral("duration_ms")).toDouble() >= 0);
        QVERIFY(!access.value(QStringLiteral("time")).toString().isEmpty());
        // The path without its query string.
        QCOMPARE(access.value(QStringLiteral("path")).toString(), QStringLiteral("/api/v1/listings"));

        for (const QJsonObject& line : jsonLines(m_api.server().output())) {
            QVERIFY2(!line.contains(QStringLiteral("unparsable")), qPrintable(line.value(QStringLiteral("unparsable")).toString()));
            QVERIFY(line.contains(QStringLiteral("time")) && line.contains(QStringLiteral("level")) && line.contains(QStringLiteral("logger")));
        }
    }

    void secretsNeverReachTheLogs()
    {
        TestUser host = m_api.registerUser(QStringLiteral("Log Host"));
        TestUser guest = m_api.registerUser(QStringLiteral("Log Guest"));
        QVERIFY(!guest.accessToken.isEmpty());
        const QString password = QStringLiteral("Wrong-%1-horse").arg(QDateTime::currentMSecsSinceEpoch());
        // A failed login with a distinctive password, a good login, a refresh, a payment.
        QCOMPARE(m_api.http().post(QStringLiteral("/api/v1/auth/login"),
                                   {{QStringLiteral("email"), guest.email}, {QStringLiteral("password"), password}}).status, 401);
        const HttpReply login = m_api.http().post(QStringLiteral("/api/v1/auth/login"),
                                                  {{QStringLiteral("email"), guest.email}, {QStringLiteral("password"), guest.password}});
        QCOMPARE(login.status, 200);
        const QByteArray refresh = login.json().value(QStringLiteral("refresh_token")).toString().toLatin1();
        const HttpReply rotated = m_api.http().post(QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), QString::fromLatin1(refresh)}});
        QCOMPARE(rotated.status, 200);
        const QByteArray access = rotated.json().value(QStringLiteral("access_token")).toString().toLatin1();
        // The live feed takes its token in the query string: it must not be logged either.
        m_api.http().get(QStringLiteral("/api/v1/sync/live?access_token=%1").arg(QString::fromLatin1(access)));

        const QJsonObject listing = m_api.createListing(host);
        BookingApi bookings(m_api.http());
        const HttpReply booked = bookings.book(guest, listing.value(QStringLiteral("id")).toString(), BookingApi::today().addDays(40),
                                               BookingApi::today().addDays(42));
        QCOMPARE(booked.status, 201);
        const QString card = QStringLiteral("4000000000000002"); // the sandbox's declined card
        const HttpReply paid = bookings.pay(guest, booked.json().value(QStringLiteral("id")).toString(), BookingApi::cardBody(card));
        QCOMPARE(paid.status, 422);
        QVERIFY(bookings.pay(guest, booked.json().value(QStringLiteral("id")).toString()).status == 201);

        const QByteArray logs = m_api.server().output();
        QVERIFY(logs.contains("/api/v1/auth/login")); // the requests were logged…
        for (const QByteArray& secret : {password.toUtf8(), guest.password.toUtf8(), refresh, access, guest.accessToken,
                                         guest.refreshToken, card.toUtf8(), BookingApi::kGoodCard.toUtf8()})
            QVERIFY2(!logs.contains(secret), "a secret appears in the server's log"); // …their secrets not
    }
};

QTEST_GUILESS_MAIN(TestObservability)
#include "tst_observability.moc"
