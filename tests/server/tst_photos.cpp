// SPDX-License-Identifier: Apache-2.0
// Listing photos over HTTP: uploads of real PNG and JPEG images, the stored bytes and their
// thumbnails, positions, refused bodies, the size limit, permissions and hostile photo ids
// (API.md, Listings; Errors).
#include "ApiFixture.h"
#include "RawHttp.h"

#include <QBuffer>
#include <QImage>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace roost::test;

namespace {

/// An image with some structure (a gradient), so encoders produce real, non-trivial files.
QByteArray encodeImage(int width, int height, const char* format)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgb(x * 255 / width, y * 255 / height, (x + y) % 256));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

/// A 1×1 GIF: a real image, but not a type the API accepts.
const QByteArray kGif
    = QByteArray::fromHex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b");

QString listingPath(const QJsonObject& listing)
{
    return QStringLiteral("/api/v1/listings/") + listing.value(QStringLiteral("id")).toString();
}

QString pathOf(const QJsonObject& photo, const char* key)
{
    return QUrl(photo.value(QLatin1String(key)).toString()).path();
}

} // namespace

class TestPhotos : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    TestUser m_host;
    TestUser m_other;

    HttpClient& http() { return m_api.http(); }

    QJsonObject listing(const QString& status = QStringLiteral("listed"))
    {
        return m_api.createListing(m_host, { { QStringLiteral("status"), status } });
    }

    HttpReply upload(const QJsonObject& l, const QByteArray& bytes, const QByteArray& type, const QByteArray& token,
        const QString& query = {})
    {
        return http().send("POST", listingPath(l) + QStringLiteral("/photos") + query, bytes, type, token);
    }

    QJsonArray photosOf(const QJsonObject& l)
    {
        return http().get(listingPath(l), m_host.accessToken).json().value(QStringLiteral("photos")).toArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_api.start());
        m_host = m_api.registerUser(QStringLiteral("Host"));
        m_other = m_api.registerUser(QStringLiteral("Other"));
        QVERIFY(!m_host.id.isEmpty() && !m_other.id.isEmpty());
    }

    void uploadAndServe_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QSize>("size");
        QTest::newRow("png landscape") << encodeImage(800, 600, "PNG") << QByteArray("image/png") << QSize(800, 600);
        QTest::newRow("jpeg landscape") << encodeImage(1200, 900, "JPEG") << QByteArray("image/jpeg")
                                        << QSize(1200, 900);
        QTest::newRow("jpeg portrait") << encodeImage(300, 1000, "JPEG") << QByteArray("image/jpeg")
                                       << QSize(300, 1000);
        QTest::newRow("png small") << encodeImage(40, 30, "PNG") << QByteArray("image/png") << QSize(40, 30);
    }
    void uploadAndServe()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, type);
        QFETCH(QSize, size);
        QVERIFY(bytes.size() > 100);
        const QJsonObject l = listing();
        const HttpReply reply = upload(l, bytes, type, m_host.accessToken, QStringLiteral("?caption=Front%20door"));
        QCOMPARE(reply.status, 201);
        const QJsonObject photo = reply.json();
        QCOMPARE(photo.keys(),
            (QStringList { QStringLiteral("caption"), QStringLiteral("id"), QStringLiteral("position"),
                QStringLiteral("thumbnail_url"), QStringLiteral("url") }));
        const QString id = photo.value(QStringLiteral("id")).toString();
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(photo.value(QStringLiteral("caption")).toString(), QStringLiteral("Front door"));
        QCOMPARE(pathOf(photo, "url"), QStringLiteral("/api/v1/photos/") + id);
        QCOMPARE(pathOf(photo, "thumbnail_url"), QStringLiteral("/api/v1/photos/") + id + QStringLiteral("/thumbnail"));

        // The original comes back byte for byte, with its type; anyone may fetch it.
        const HttpReply original = http().get(pathOf(photo, "url"));
        QCOMPARE(original.status, 200);
        QCOMPARE(original.header("Content-Type"), type);
        QVERIFY(original.body == bytes);
        QVERIFY(!original.header("ETag").isEmpty());
        QCOMPARE(http().get(pathOf(photo, "url"), {}, { { "If-None-Match", original.header("ETag") } }).status, 304);

        // The thumbnail is an image that fits 400×300 and keeps the aspect ratio.
        const HttpReply thumb = http().get(pathOf(photo, "thumbnail_url"));
        QCOMPARE(thumb.status, 200);
        QVERIFY(thumb.header("Content-Type").startsWith("image/"));
        const QImage image = QImage::fromData(thumb.body);
        QVERIFY(!image.isNull());
        QVERIFY2(image.width() <= 400 && image.height() <= 300,
            qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
        QVERIFY(image.width() == 400 || image.height() == 300 || image.size() == size);
        QVERIFY(qAbs(double(image.width()) / image.height() - double(size.width()) / size.height()) < 0.05);

        const QJsonArray photos = photosOf(l);
        QCOMPARE(photos.size(), 1);
        QCOMPARE(photos.first().toObject(), photo);
    }

    void positionsIncrease()
    {
        const QJsonObject l = listing();
        const QByteArray etag = http().get(listingPath(l)).header("ETag");
        QList<QJsonObject> uploaded;
        for (int i = 0; i < 3; ++i) {
            const HttpReply reply = upload(l, encodeImage(60 + i, 40, i % 2 ? "JPEG" : "PNG"),
                i % 2 ? "image/jpeg" : "image/png", m_host.accessToken);
            QCOMPARE(reply.status, 201);
            uploaded.append(reply.json());
            if (i > 0)
                QVERIFY(uploaded[i].value(QStringLiteral("position")).toInt()
                    > uploaded[i - 1].value(QStringLiteral("position")).toInt());
        }
        const QJsonArray photos = photosOf(l);
        QCOMPARE(photos.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(photos[i].toObject(), uploaded[i]);
        // The photos are part of the listing, so its ETag moved.
        QVERIFY(http().get(listingPath(l)).header("ETag") != etag);
    }

    void refusedBodies_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("type");
        const QByteArray png = encodeImage(50, 50, "PNG");
        QTest::newRow("text") << QByteArray("just some words, not a picture") << QByteArray("text/plain");
        QTest::newRow("png signature then garbage") << png.left(8) + QByteArray(4000, 'x') << QByteArray("image/png");
        QTest::newRow("png header then garbage") << png.left(33) + QByteArray(4000, '\x7f') << QByteArray("image/png");
        QTest::newRow("jpeg signature then garbage")
            << QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(4000, 'j') << QByteArray("image/jpeg");
        QTest::newRow("gif claiming png") << kGif << QByteArray("image/png");
        QTest::newRow("gif as gif") << kGif << QByteArray("image/gif");
        QTest::newRow("empty") << QByteArray() << QByteArray("image/png");
    }
    void refusedBodies()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, type);
        const QJsonObject l = listing();
        const HttpReply reply = upload(l, bytes, type, m_host.accessToken);
        QCOMPARE(reply.status, 415);
        QCOMPARE(reply.errorCode(), QStringLiteral("unsupported_media_type"));
        QCOMPARE(photosOf(l).size(), 0);
    }

    void bodyOverTenMebibytesIsRefused()
    {
        const QJsonObject l = listing();
        // Only the headers: the server must answer from Content-Length, before reading 11 MiB.
        const QByteArray request = "POST " + listingPath(l).toLatin1()
            + "/photos HTTP/1.1\r\n"
              "Host: 127.0.0.1\r\n"
              "Authorization: Bearer "
            + m_host.accessToken
            + "\r\n"
              "Content-Type: image/jpeg\r\n"
              "Content-Length: "
            + QByteArray::number(11 * 1024 * 1024) + "\r\n\r\n";
        const auto answer = parseAnswer(HttpClient::raw(m_api.server().port(), request, 5000));
        QVERIFY(answer.has_value());
        QCOMPARE(answer->status, 413);
        QVERIFY(answer->body.contains("\"payload_too_large\""));
        QCOMPARE(photosOf(l).size(), 0);
    }

    void onlyTheHostManagesPhotos_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("expected");
        QTest::newRow("listed: forbidden") << QStringLiteral("listed") << 403;
        QTest::newRow("draft: invisible") << QStringLiteral("draft") << 404;
    }
    void onlyTheHostManagesPhotos()
    {
        QFETCH(QString, status);
        QFETCH(int, expected);
        const QJsonObject l = listing(status);
        const QByteArray png = encodeImage(64, 48, "PNG");
        const HttpReply stranger = upload(l, png, "image/png", m_other.accessToken);
        QCOMPARE(stranger.status, expected);
        QCOMPARE(stranger.errorCode(), expected == 403 ? QStringLiteral("forbidden") : QStringLiteral("not_found"));
        QCOMPARE(upload(l, png, "image/png", {}).status, 401);

        const HttpReply own = upload(l, png, "image/png", m_host.accessToken);
        QCOMPARE(own.status, 201);
        const QString path
            = listingPath(l) + QStringLiteral("/photos/") + own.json().value(QStringLiteral("id")).toString();
        QCOMPARE(http().del(path, m_other.accessToken).status, expected);
        QCOMPARE(http().del(path).status, 401);
        QCOMPARE(photosOf(l).size(), 1);
        QCOMPARE(http().get(pathOf(own.json(), "url")).status, 200);
    }

    void deletePhoto()
    {
        const QJsonObject l = listing();
        const QJsonObject other = listing();
        const QJsonObject first = upload(l, encodeImage(80, 60, "PNG"), "image/png", m_host.accessToken).json();
        const QJsonObject second = upload(l, encodeImage(80, 60, "JPEG"), "image/jpeg", m_host.accessToken).json();
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        const QString firstId = first.value(QStringLiteral("id")).toString();

        // Through another listing's path the photo does not exist.
        QCOMPARE(http().del(listingPath(other) + QStringLiteral("/photos/") + firstId, m_host.accessToken).status, 404);
        QCOMPARE(http().get(pathOf(first, "url")).status, 200);

        const HttpReply removed = http().del(listingPath(l) + QStringLiteral("/photos/") + firstId, m_host.accessToken);
        QCOMPARE(removed.status, 204);
        QVERIFY(removed.body.isEmpty());
        for (const char* key : { "url", "thumbnail_url" }) {
            const HttpReply gone = http().get(pathOf(first, key));
            QCOMPARE(gone.status, 404);
            QCOMPARE(gone.errorCode(), QStringLiteral("not_found"));
        }
        const QJsonArray photos = photosOf(l);
        QCOMPARE(photos.size(), 1);
        QCOMPARE(photos.first().toObject().value(QStringLiteral("id")), second.value(QStringLiteral("id")));
        QCOMPARE(http().get(pathOf(second, "url")).status, 200);
        QCOMPARE(http().del(listingPath(l) + QStringLiteral("/photos/") + firstId, m_host.accessToken).status, 404);
    }

    void hostilePhotoIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("encoded traversal") << QStringLiteral("..%2F..%2F..%2Fetc%2Fpasswd");
        // No "%2e%2e": QUrl decodes it and resolves the dot segment before sending, so the request
        // would name the listing itself; rawTraversalIsNotFound sends dot segments as they are.
        QTest::newRow("not a uuid") << QStringLiteral("not-a-uuid");
        QTest::newRow("unknown uuid") << QUuid::createUuid().toString(QUuid::WithoutBraces);
        QTest::newRow("uuid plus suffix")
            << QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".thumb.jpg");
        QTest::newRow("sql") << QStringLiteral("1%27%20OR%20%271%27%3D%271");
    }
    void hostilePhotoIds()
    {
        QFETCH(QString, id);
        const QJsonObject l = listing();
        QCOMPARE(upload(l, encodeImage(30, 30, "PNG"), "image/png", m_host.accessToken).status, 201);
        const QString original = QStringLiteral("/api/v1/photos/") + id;
        for (const QString& path : { original, QString(original + QStringLiteral("/thumbnail")) }) {
            const HttpReply reply = http().get(path);
            QVERIFY2(reply.status == 404, qPrintable(path + QStringLiteral(" -> ") + QString::number(reply.status)));
            QVERIFY(!reply.body.contains("root:"));
        }
        QCOMPARE(http().del(listingPath(l) + QStringLiteral("/photos/") + id, m_host.accessToken).status, 404);
        QCOMPARE(photosOf(l).size(), 1);
    }

    void rawTraversalIsNotFound()
    {
        // Unencoded dot segments, which an HTTP library would resolve before sending.
        for (const QByteArray& target : { QByteArray("/api/v1/photos/../../../../etc/passwd"),
                 QByteArray("/api/v1/photos/..%2f..%2f..%2fetc%2fpasswd/thumbnail") }) {
            const QByteArray request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
            RawConnection connection(m_api.server().port());
            connection.send(request);
            const auto answer = connection.readAnswer();
            QVERIFY(answer.has_value());
            QVERIFY2(answer->status == 404 || answer->status == 400, target.constData());
            QVERIFY(!answer->body.contains("root:"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPhotos)
#include "tst_photos.moc"
