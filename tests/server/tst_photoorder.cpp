// SPDX-License-Identifier: Apache-2.0
// Reordering a listing's photos over HTTP (PUT /listings/{id}/photos/order): the new order shows
// in the listing, its version moves (so it syncs), and only the owner may reorder, naming each
// of the listing's photos exactly once.
#include "ApiFixture.h"
#include "TestImage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace roost::test;

namespace {

QJsonObject orderBody(const QStringList& ids)
{
    return { { QStringLiteral("photo_ids"), QJsonArray::fromStringList(ids) } };
}

} // namespace

class TestPhotoOrder : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    TestUser m_host;
    TestUser m_other;
    QString m_listingPath;
    QStringList m_photoIds; ///< in upload order

    HttpClient& http() { return m_api.http(); }

    QJsonObject listing() { return http().get(m_listingPath, m_host.accessToken).json(); }

    QStringList photoOrder()
    {
        QStringList ids;
        for (const QJsonValue& photo : listing().value(QStringLiteral("photos")).toArray())
            ids.append(photo.toObject().value(QStringLiteral("id")).toString());
        return ids;
    }

    HttpReply putOrder(const QJsonObject& body, const QByteArray& token)
    {
        return http().send("PUT", m_listingPath + QStringLiteral("/photos/order"), QJsonDocument(body).toJson(),
            "application/json", token);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_api.start());
        m_host = m_api.registerUser(QStringLiteral("Host"));
        m_other = m_api.registerUser(QStringLiteral("Other"));
        const QJsonObject l = m_api.createListing(m_host, { { QStringLiteral("status"), QStringLiteral("listed") } });
        QVERIFY(!l.isEmpty());
        m_listingPath = QStringLiteral("/api/v1/listings/") + l.value(QStringLiteral("id")).toString();
        for (const QRgb colour : { qRgb(255, 0, 0), qRgb(0, 255, 0), qRgb(0, 0, 255) }) {
            const HttpReply reply = http().send(
                "POST", m_listingPath + QStringLiteral("/photos"), solidPng(colour), "image/png", m_host.accessToken);
            QCOMPARE(reply.status, 201);
            m_photoIds.append(reply.json().value(QStringLiteral("id")).toString());
        }
        QCOMPARE(photoOrder(), m_photoIds);
    }

    void ownerReorders()
    {
        const qint64 before = listing().value(QStringLiteral("version")).toInteger();
        const QStringList wanted { m_photoIds[2], m_photoIds[0], m_photoIds[1] };
        const HttpReply reply = putOrder(orderBody(wanted), m_host.accessToken);
        QCOMPARE(reply.status, 200);
        const QJsonArray photos = reply.json().value(QStringLiteral("photos")).toArray();
        QCOMPARE(photos.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(photos[i].toObject().value(QStringLiteral("id")).toString(), wanted[i]);
            QCOMPARE(photos[i].toObject().value(QStringLiteral("position")).toInt(), i);
        }
        QCOMPARE(photoOrder(), wanted);
        QVERIFY(listing().value(QStringLiteral("version")).toInteger() > before);

        // And back to the upload order, which the next tests expect.
        const HttpReply again = putOrder(orderBody(m_photoIds), m_host.accessToken);
        QCOMPARE(again.status, 200);
        QCOMPARE(photoOrder(), m_photoIds);
    }

    void refusesAnythingButTheExactSet_data()
    {
        QTest::addColumn<QJsonObject>("body");
        const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QTest::newRow("missing field") << QJsonObject {};
        QTest::newRow("not an array") << QJsonObject { { QStringLiteral("photo_ids"), QStringLiteral("x") } };
        QTest::newRow("one missing") << orderBody({ m_photoIds[0], m_photoIds[1] });
        QTest::newRow("repeated") << orderBody({ m_photoIds[0], m_photoIds[1], m_photoIds[1] });
        QTest::newRow("repeated, one missing, right count")
            << orderBody({ m_photoIds[0], m_photoIds[0], m_photoIds[1] });
        QTest::newRow("stranger id") << orderBody({ m_photoIds[0], m_photoIds[1], unknown });
        QTest::newRow("extra id") << orderBody({ m_photoIds[0], m_photoIds[1], m_photoIds[2], unknown });
        QTest::newRow("not an id") << orderBody({ m_photoIds[0], m_photoIds[1], QStringLiteral("nope") });
    }
    void refusesAnythingButTheExactSet()
    {
        QFETCH(QJsonObject, body);
        const qint64 before = listing().value(QStringLiteral("version")).toInteger();
        const HttpReply reply = putOrder(body, m_host.accessToken);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), QStringLiteral("validation_failed"));
        QVERIFY(reply.errorFields().contains(QStringLiteral("photo_ids")));
        QCOMPARE(photoOrder(), m_photoIds);
        QCOMPARE(listing().value(QStringLiteral("version")).toInteger(), before);
    }

    void onlyTheOwner()
    {
        const QStringList reversed { m_photoIds[2], m_photoIds[1], m_photoIds[0] };
        QCOMPARE(putOrder(orderBody(reversed), m_other.accessToken).status, 403);
        QCOMPARE(putOrder(orderBody(reversed), {}).status, 401);
        QCOMPARE(photoOrder(), m_photoIds);
    }
};

QTEST_GUILESS_MAIN(TestPhotoOrder)
#include "tst_photoorder.moc"
