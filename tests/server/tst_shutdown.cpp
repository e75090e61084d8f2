// SPDX-License-Identifier: Apache-2.0
// Graceful shutdown of a real server: on SIGTERM it stops accepting connections, closes idle
// ones, answers a request still arriving (a photo upload half sent), and exits 0; a request
// that never completes is dropped once the grace period (ROOST_SHUTDOWN_TIMEOUT) is over.
#include "ApiFixture.h"
#include "RawHttp.h"

#include <QBuffer>
#include <QImage>
#include <QTcpSocket>
#include <QTest>

using namespace roost::test;

namespace {

QByteArray pngImage()
{
    QImage image(640, 480, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb(x % 256, y % 256, (x * y) % 256));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray uploadHead(const QString& listingId, const QByteArray& token, qsizetype length)
{
    return "POST /api/v1/listings/" + listingId.toLatin1()
        + "/photos HTTP/1.1\r\nHost: roost.test\r\nAuthorization: Bearer " + token
        + "\r\nContent-Type: image/png\r\nContent-Length: " + QByteArray::number(length) + "\r\n\r\n";
}

/// Tries to connect until the server refuses (its listening sockets are closed); false if it
/// still accepts after many tries.
bool refusesNewConnections(quint16 port)
{
    for (int attempt = 0; attempt < 400; ++attempt) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (!probe.waitForConnected(2000) && probe.error() == QAbstractSocket::ConnectionRefusedError)
            return true;
        probe.abort();
        QTest::qWait(25);
    }
    return false;
}

} // namespace

class TestShutdown : public QObject
{
    Q_OBJECT

private:
    /// A server with a host, a listing and a keep-alive connection that has been served once.
    struct Setup {
        ApiFixture api;
        TestUser host;
        QString listingId;
    };

    static bool prepare(Setup& s, const QMap<QString, QString>& env)
    {
        if (!s.api.start(env))
            return false;
        s.host = s.api.registerUser(QStringLiteral("Shutdown Host"));
        s.listingId = s.api.createListing(s.host).value(QStringLiteral("id")).toString();
        return !s.listingId.isEmpty();
    }

    static bool servedOnce(RawConnection& connection)
    {
        connection.send(requestBytes("GET", "/healthz"));
        const auto answer = connection.readAnswer();
        return answer && answer->status == 200;
    }

private slots:
    void aRequestInProgressIsAnsweredThenTheServerExitsCleanly()
    {
        Setup s;
        QVERIFY(prepare(s, {}));
        const quint16 port = s.api.server().port();
        const QByteArray photo = pngImage();
        const qsizetype half = photo.size() / 2;

        // Served once first, so the connection is surely accepted before the signal.
        RawConnection upload(port);
        QVERIFY(servedOnce(upload));
        upload.send(uploadHead(s.listingId, s.host.accessToken, photo.size()) + photo.left(half));
        RawConnection idle(port);
        QVERIFY(servedOnce(idle));

        s.api.server().terminate();
        QVERIFY(refusesNewConnections(port));
        QVERIFY2(idle.waitForClosed(10'000), "an idle keep-alive connection is closed at shutdown");

        upload.send(photo.mid(half));
        const auto answer = upload.readAnswer(30'000);
        QVERIFY2(answer, "the upload in progress gets its answer");
        QCOMPARE(answer->status, 201);
        QCOMPARE(answer->header("Connection").toLower(), QByteArray("close"));
        QVERIFY(upload.waitForClosed(10'000));

        QVERIFY(s.api.server().waitForExit(30'000));
        QVERIFY(s.api.server().exitedNormally());
        QCOMPARE(s.api.server().exitCode(), 0);
        QVERIFY(s.api.server().output().contains("stopped"));
    }

    void aRequestThatNeverCompletesIsDroppedAfterTheGracePeriod()
    {
        Setup s;
        QVERIFY(prepare(s, { { QStringLiteral("ROOST_SHUTDOWN_TIMEOUT"), QStringLiteral("1") } }));
        const quint16 port = s.api.server().port();
        RawConnection stalled(port);
        QVERIFY(servedOnce(stalled));
        stalled.send(uploadHead(s.listingId, s.host.accessToken, 100'000) + QByteArray(1000, 'x'));

        s.api.server().terminate();
        QVERIFY(refusesNewConnections(port));
        QVERIFY(stalled.waitForClosed(30'000));
        QVERIFY(stalled.pending().isEmpty()); // dropped, not answered
        QVERIFY(s.api.server().waitForExit(30'000));
        QVERIFY(s.api.server().exitedNormally());
        QCOMPARE(s.api.server().exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestShutdown)
#include "tst_shutdown.moc"
