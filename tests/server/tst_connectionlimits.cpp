// SPDX-License-Identifier: Apache-2.0
// What the server does with connections and request framing no HTTP library would send: bodies
// over the limit (refused before they are sent), chunked bodies, huge header blocks, slow and
// idle clients, keep-alive and pipelining. Written byte by byte over raw TCP (RawHttp).
#include "ApiFixture.h"
#include "RawHttp.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>
#include <QThread>

using namespace roost::test;

namespace {

// The server is started with a short idle timeout so these tests stay quick; the header deadline
// (a whole header block within 10 s) is fixed.
constexpr int kIdleTimeoutSeconds = 3;
constexpr int kHeaderDeadlineMs = 10'000;

QByteArray request(
    const QByteArray& method, const QByteArray& path, const QByteArray& body = {}, const QByteArray& extraHeaders = {})
{
    QByteArray text = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders;
    if (!body.isEmpty() || method == "POST")
        text += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return text + "\r\n" + body;
}

/// Empty when `answer` carries the API's error envelope with JSON content type.
QString envelopeProblem(const RawAnswer& answer)
{
    if (!answer.header("Content-Type").startsWith("application/json"))
        return QStringLiteral("Content-Type is '%1'").arg(QString::fromLatin1(answer.header("Content-Type")));
    const QJsonObject error = QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("error")).toObject();
    if (error.value(QStringLiteral("code")).toString().isEmpty()
        || error.value(QStringLiteral("message")).toString().isEmpty())
        return QStringLiteral("no error envelope: ") + QString::fromUtf8(answer.body);
    return {};
}

QString codeOf(const RawAnswer& answer)
{
    return QJsonDocument::fromJson(answer.body)
        .object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

} // namespace

class TestConnectionLimits : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;

    quint16 port() { return m_api.server().port(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_api.start({ { QStringLiteral("ROOST_IDLE_TIMEOUT"), QString::number(kIdleTimeoutSeconds) } }));
    }

    void bodyOverLimitRefusedBeforeItIsSent_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<qint64>("length");
        QTest::newRow("2 MiB register") << QByteArrayLiteral("/api/v1/auth/register") << qint64(2 << 20);
        QTest::newRow("1 MiB + 1 login") << QByteArrayLiteral("/api/v1/auth/login") << qint64((1 << 20) + 1);
        QTest::newRow("1 TiB unknown path") << QByteArrayLiteral("/api/v1/nope") << (qint64(1) << 40);
        QTest::newRow("11 MiB photo") << QByteArrayLiteral(
            "/api/v1/listings/00000000-0000-4000-8000-000000000000/photos")
                                      << qint64(11 << 20);
    }
    void bodyOverLimitRefusedBeforeItIsSent()
    {
        QFETCH(QByteArray, path);
        QFETCH(qint64, length);
        RawConnection connection(port());
        QVERIFY(connection.isConnected());
        QElapsedTimer timer;
        timer.start();
        // Only the headers and the first few bytes: the answer must not wait for the rest.
        connection.send("POST " + path
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(length) + "\r\n\r\n{\"email\":");
        const auto answer = connection.readAnswer(5000);
        QVERIFY2(answer.has_value(), connection.pending().constData());
        QCOMPARE(answer->status, 413);
        QCOMPARE(codeOf(*answer), QStringLiteral("payload_too_large"));
        QVERIFY2(envelopeProblem(*answer).isEmpty(), qPrintable(envelopeProblem(*answer)));
        QVERIFY(timer.elapsed() < 3000);
        // The connection cannot be resynchronised after an unread body, so it ends.
        QVERIFY(connection.waitForClosed(5000));
    }

    void chunkedBodyNeedsLength()
    {
        RawConnection connection(port());
        connection.send("POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        "Transfer-Encoding: chunked\r\n\r\n"
                        "d\r\n{\"email\":\"a\"}\r\n0\r\n\r\n");
        const auto answer = connection.readAnswer(5000);
        QVERIFY2(answer.has_value(), connection.pending().constData());
        QCOMPARE(answer->status, 411);
        QVERIFY2(envelopeProblem(*answer).isEmpty(), qPrintable(envelopeProblem(*answer)));
    }

    void headerBlockLimit_data()
    {
        QTest::addColumn<int>("headerBytes");
        QTest::addColumn<int>("status");
        QTest::newRow("12 KiB") << 12 * 1024 << 200;
        QTest::newRow("17 KiB in one header") << 17 * 1024 << 431;
        QTest::newRow("64 KiB") << 64 * 1024 << 431;
    }
    void headerBlockLimit()
    {
        QFETCH(int, headerBytes);
        QFETCH(int, status);
        RawConnection connection(port());
        connection.send(request("GET", "/healthz", {}, "X-Filler: " + QByteArray(headerBytes, 'f') + "\r\n"));
        const auto answer = connection.readAnswer(5000);
        QVERIFY2(answer.has_value(), connection.pending().left(200).constData());
        QCOMPARE(answer->status, status);
        if (status != 200)
            QVERIFY2(envelopeProblem(*answer).isEmpty(), qPrintable(envelopeProblem(*answer)));
    }

    void manySmallHeadersOverTheLimit()
    {
        QByteArray headers;
        for (int i = 0; headers.size() <= 20 * 1024; ++i)
            headers += "X-Header-" + QByteArray::number(i) + ": " + QByteArray(100, 'h') + "\r\n";
        RawConnection connection(port());
        connection.send(request("GET", "/healthz", {}, headers));
        const auto answer = connection.readAnswer(5000);
        QVERIFY(answer.has_value());
        QCOMPARE(answer->status, 431);
    }

    void slowHeadersAreCutOff()
    {
        RawConnection connection(port());
        QVERIFY(connection.isConnected());
        QElapsedTimer timer;
        timer.start();
        connection.send("GET /healthz HTTP/1.1\r\n");
        // One header byte a second: each byte keeps the connection from being idle, but the whole
        // header block never arrives.
        const QByteArray drip = "X-Slow: " + QByteArray(64, 's');
        qsizetype next = 0;
        std::optional<RawAnswer> answer;
        while (timer.elapsed() < kHeaderDeadlineMs + 6000) {
            if (!connection.isConnected() || (answer = connection.readAnswer(1000)))
                break;
            if (connection.isConnected())
                connection.send(drip.mid(next++ % drip.size(), 1));
        }
        const qint64 elapsed = timer.elapsed();
        qInfo("cut off after %lld ms with %s", elapsed,
            answer ? qPrintable(QString::number(answer->status)) : "no answer");
        QVERIFY2(!connection.isConnected() || answer.has_value(), "still open after 16 s");
        // A byte a second is not idle: the idle timeout must not be what ends it.
        QVERIFY2(elapsed > kIdleTimeoutSeconds * 1000 + 1000,
            qPrintable(QStringLiteral("cut off after %1 ms").arg(elapsed)));
        QVERIFY2(elapsed <= kHeaderDeadlineMs + 2500, qPrintable(QStringLiteral("cut off after %1 ms").arg(elapsed)));
        if (answer)
            QCOMPARE(answer->status, 408);
        QVERIFY(connection.waitForClosed(5000));
    }

    void idleConnectionIsClosed()
    {
        RawConnection connection(port());
        QVERIFY(connection.isConnected());
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(connection.waitForClosed(kIdleTimeoutSeconds * 1000 + 2000), "an idle connection stayed open");
        // It is the idle timer, not an immediate refusal.
        QVERIFY(timer.elapsed() >= kIdleTimeoutSeconds * 1000 - 500);
        QVERIFY(connection.pending().isEmpty());
    }

    void idleAfterAnAnswerIsClosed()
    {
        RawConnection connection(port());
        connection.send(request("GET", "/healthz"));
        const auto answer = connection.readAnswer(5000);
        QVERIFY(answer.has_value());
        QCOMPARE(answer->status, 200);
        QVERIFY2(
            connection.waitForClosed(kIdleTimeoutSeconds * 1000 + 2000), "a kept-alive connection never timed out");
    }

    void keepAlive()
    {
        RawConnection connection(port());
        connection.send(request("GET", "/healthz"));
        const auto first = connection.readAnswer(5000);
        QVERIFY(first.has_value());
        QCOMPARE(first->status, 200);
        QCOMPARE(QJsonDocument::fromJson(first->body).object().value(QStringLiteral("status")).toString(),
            QStringLiteral("ok"));
        QVERIFY(connection.isConnected());

        // Same connection, an error this time; it stays usable afterwards.
        connection.send(request("POST", "/api/v1/auth/login", "{not json"));
        const auto second = connection.readAnswer(5000);
        QVERIFY(second.has_value());
        QCOMPARE(second->status, 400);
        QCOMPARE(codeOf(*second), QStringLiteral("malformed_json"));
        QVERIFY(connection.isConnected());

        connection.send(request("GET", "/api/v1/me"));
        const auto third = connection.readAnswer(5000);
        QVERIFY(third.has_value());
        QCOMPARE(third->status, 401);
        QVERIFY(connection.pending().isEmpty());
    }

    void requestSentInPieces()
    {
        // Headers and body split across several writes, with pauses, well inside the deadline.
        const QByteArray whole
            = request("POST", "/api/v1/auth/login", "{\"email\":\"nobody@example.com\",\"password\":\"whatever123\"}");
        RawConnection connection(port());
        for (qsizetype at = 0; at < whole.size(); at += 17) {
            connection.send(whole.mid(at, 17));
            QThread::msleep(20);
        }
        const auto answer = connection.readAnswer(5000);
        QVERIFY(answer.has_value());
        QCOMPARE(answer->status, 401);
        QCOMPARE(codeOf(*answer), QStringLiteral("invalid_credentials"));
    }

    void pipelinedRequestsAnsweredInOrder()
    {
        RawConnection connection(port());
        connection.send(
            request("GET", "/healthz") + request("POST", "/api/v1/auth/login", "[]") + request("GET", "/nope"));
        QList<int> statuses;
        for (int i = 0; i < 3; ++i) {
            const auto answer = connection.readAnswer(5000);
            if (!answer)
                break;
            statuses << answer->status;
        }
        QCOMPARE(statuses, (QList<int> { 200, 400, 404 }));
    }

    void connectionEndsWhenAskedTo_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("Connection: close") << request("GET", "/healthz", {}, "Connection: close\r\n");
        QTest::newRow("Connection: Close, lower priority token")
            << request("GET", "/healthz", {}, "Connection: TE, Close\r\n");
        QTest::newRow("HTTP/1.0 without keep-alive")
            << QByteArrayLiteral("GET /healthz HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    }
    void connectionEndsWhenAskedTo()
    {
        // RFC 9112 §9.6/§9.3: after answering such a request the server closes the connection;
        // clients that read to end-of-stream depend on it. Much sooner than the idle timeout.
        QFETCH(QByteArray, bytes);
        RawConnection connection(port());
        QElapsedTimer timer;
        timer.start();
        connection.send(bytes);
        const auto answer = connection.readAnswer(5000);
        QVERIFY(answer.has_value());
        QCOMPARE(answer->status, 200);
        QVERIFY2(connection.waitForClosed(1500), "the connection stayed open after the answer");
        QVERIFY(timer.elapsed() < kIdleTimeoutSeconds * 1000);
    }

    void conflictingContentLengths_data()
    {
        QTest::addColumn<QByteArray>("lengths");
        QTest::newRow("large then small") << QByteArrayLiteral("Content-Length: 3000000\r\nContent-Length: 2\r\n");
        QTest::newRow("small then large") << QByteArrayLiteral("Content-Length: 2\r\nContent-Length: 3000000\r\n");
        QTest::newRow("small then smaller") << QByteArrayLiteral("Content-Length: 2\r\nContent-Length: 1\r\n");
    }
    void conflictingContentLengths()
    {
        // RFC 9112 §6.3: framing the two parsers could disagree on (request smuggling) is an
        // unrecoverable error, answered 400 before the connection is closed.
        QFETCH(QByteArray, lengths);
        RawConnection connection(port());
        connection.send("POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + lengths + "\r\n{}");
        const auto answer = connection.readAnswer(2500);
        QVERIFY2(answer.has_value(), "no answer");
        QVERIFY2(answer->status == 400 || answer->status == 413, qPrintable(QString::number(answer->status)));
        QVERIFY2(envelopeProblem(*answer).isEmpty(), qPrintable(envelopeProblem(*answer)));
        QVERIFY(connection.waitForClosed(5000));
    }

    void bodyLimitCannotBeDodgedWithTwoLengths()
    {
        // The exploit behind conflictingContentLengths: the first Content-Length announces a
        // 2 MiB body, a second one says 2 bytes. Blank lines inside the body make every 8 KiB of
        // it look like a small header block to anything that believed the second length. A
        // server that frames the request one way and checks limits the other way buffers bodies
        // of any size.
        const QByteArray line = QByteArray(8000, 'p') + "\r\n\r\n";
        QByteArray body
            = "{\"email\":\"dodge@example.com\",\"password\":\"long enough secret\",\"display_name\":\"D\",\"x\":\"";
        while (body.size() < (2 << 20))
            body += line;
        body += "\"}";
        RawConnection connection(port());
        connection.send("POST /api/v1/auth/register HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                        "application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nContent-Length: 2\r\n\r\n" + body);
        const auto answer = connection.readAnswer(10'000);
        QVERIFY2(answer.has_value(), "no answer");
        QVERIFY2(answer->status == 400 || answer->status == 413,
            qPrintable(QStringLiteral("a %1-byte body was taken: %2 %3")
                           .arg(body.size())
                           .arg(answer->status)
                           .arg(QString::fromUtf8(answer->body.left(120)))));
    }

    void garbageRequestLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("one word") << QByteArrayLiteral("GARBAGE\r\n\r\n");
        QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 15);
        QTest::newRow("HTTP/2 preface") << QByteArrayLiteral("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
    }
    void garbageRequestLine()
    {
        // Not HTTP/1.1 at all: answered 4xx (with the envelope) or simply closed, but promptly,
        // never left to the idle timer.
        QFETCH(QByteArray, bytes);
        RawConnection connection(port());
        connection.send(bytes);
        const auto answer = connection.readAnswer(1500);
        if (answer) {
            QVERIFY2(answer->status >= 400 && answer->status < 500, qPrintable(QString::number(answer->status)));
            QVERIFY2(envelopeProblem(*answer).isEmpty(), qPrintable(envelopeProblem(*answer)));
        }
        QVERIFY2(connection.waitForClosed(1500), "a connection speaking no HTTP stayed open");
        QVERIFY(m_api.server().isRunning());
    }

    void serverStillHealthy()
    {
        QVERIFY(m_api.server().isRunning());
        QCOMPARE(m_api.http().get(QStringLiteral("/healthz")).status, 200);
        QVERIFY(!m_api.registerUser().id.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConnectionLimits)
#include "tst_connectionlimits.moc"
