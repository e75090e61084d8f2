// SPDX-License-Identifier: Apache-2.0
// Security checks that cut across the API: a stranger's attempt on every kind of object another
// user owns (BOLA), and how passwords are stored (scrypt with the configured cost, a salt per
// hash, old hashes still verifying after the cost changes).
#include "ApiFixture.h"
#include "BookingApi.h"

#include <QBuffer>
#include <QImage>
#include <QTest>

#include <pqxx/pqxx>

using namespace roost::test;

namespace {

QByteArray pngBytes()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString storedHash(const QString& databaseUrl, const QString& email)
{
    pqxx::connection c(databaseUrl.toStdString());
    pqxx::read_transaction tx(c);
    const pqxx::result r = tx.exec_params("SELECT password_hash FROM users WHERE lower(email) = lower($1)", email.toStdString());
    return r.empty() ? QString() : QString::fromStdString(r[0][0].as<std::string>());
}

} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    TestUser m_host, m_guest, m_stranger;
    QString m_listing, m_draft, m_block, m_photo, m_booking, m_payment;

    HttpClient& http() { return m_api.http(); }
    static QString id(const HttpReply& reply) { return reply.json().value(QStringLiteral("id")).toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_api.start());
        m_host = m_api.registerUser(QStringLiteral("Owner"));
        m_guest = m_api.registerUser(QStringLiteral("Guest"));
        m_stranger = m_api.registerUser(QStringLiteral("Stranger"));
        m_listing = m_api.createListing(m_host, {{QStringLiteral("instant_book"), true}}).value(QStringLiteral("id")).toString();
        m_draft = m_api.createListing(m_host, {{QStringLiteral("status"), QStringLiteral("draft")}}).value(QStringLiteral("id")).toString();
        QVERIFY(!m_listing.isEmpty() && !m_draft.isEmpty());
        const QDate d = BookingApi::today().addDays(50);
        const HttpReply block = http().post(QStringLiteral("/api/v1/listings/%1/blocks").arg(m_listing),
                                            {{QStringLiteral("start_date"), BookingApi::text(d)},
                                             {QStringLiteral("end_date"), BookingApi::text(d.addDays(2))}},
                                            m_host.accessToken);
        QCOMPARE(block.status, 201);
        m_block = id(block);
        const HttpReply photo = http().send("POST", QStringLiteral("/api/v1/listings/%1/photos").arg(m_listing), pngBytes(),
                                            "image/png", m_host.accessToken);
        QCOMPARE(photo.status, 201);
        m_photo = id(photo);
        BookingApi bookings(http());
        const HttpReply booked = bookings.book(m_guest, m_listing, d.addDays(5), d.addDays(8));
        QCOMPARE(booked.status, 201);
        m_booking = id(booked);
        const HttpReply paid = bookings.pay(m_guest, m_booking);
        QCOMPARE(paid.status, 201);
        m_payment = id(paid);
    }

    void strangersReachNothingOfOthers_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        const QByteArray json = "application/json";
        QTest::newRow("read a draft listing") << QByteArray("GET") << "/api/v1/listings/{draft}" << QByteArray() << QByteArray();
        QTest::newRow("edit a listing") << QByteArray("PATCH") << "/api/v1/listings/{listing}" << QByteArray(R"({"title":"Mine now"})") << json;
        QTest::newRow("edit a draft") << QByteArray("PATCH") << "/api/v1/listings/{draft}" << QByteArray(R"({"title":"Mine now"})") << json;
        QTest::newRow("delete a listing") << QByteArray("DELETE") << "/api/v1/listings/{listing}" << QByteArray() << QByteArray();
        QTest::newRow("list its blocks") << QByteArray("GET") << "/api/v1/listings/{listing}/blocks" << QByteArray() << QByteArray();
        QTest::newRow("add a block") << QByteArray("POST") << "/api/v1/listings/{listing}/blocks"
                                     << QByteArray(R"({"start_date":"2030-01-01","end_date":"2030-01-03"})") << json;
        QTest::newRow("delete a block") << QByteArray("DELETE") << "/api/v1/listings/{listing}/blocks/{block}" << QByteArray() << QByteArray();
        QTest::newRow("add a photo") << QByteArray("POST") << "/api/v1/listings/{listing}/photos" << pngBytes() << QByteArray("image/png");
        QTest::newRow("delete a photo") << QByteArray("DELETE") << "/api/v1/listings/{listing}/photos/{photo}" << QByteArray() << QByteArray();
        QTest::newRow("read a booking") << QByteArray("GET") << "/api/v1/bookings/{booking}" << QByteArray() << QByteArray();
        QTest::newRow("cancel a booking") << QByteArray("POST") << "/api/v1/bookings/{booking}/cancel" << QByteArray("{}") << json;
        QTest::newRow("accept a booking") << QByteArray("POST") << "/api/v1/bookings/{booking}/accept" << QByteArray("{}") << json;
        QTest::newRow("decline a booking") << QByteArray("POST") << "/api/v1/bookings/{booking}/decline" << QByteArray("{}") << json;
        QTest::newRow("review a booking") << QByteArray("POST") << "/api/v1/bookings/{booking}/reviews"
                                          << QByteArray(R"({"rating":1,"comment":"x"})") << json;
        QTest::newRow("read a payment") << QByteArray("GET") << "/api/v1/payments/{payment}" << QByteArray() << QByteArray();
        QTest::newRow("list a booking's payments") << QByteArray("GET") << "/api/v1/payments?booking_id={booking}" << QByteArray() << QByteArray();
    }

    void strangersReachNothingOfOthers()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        path.replace(QStringLiteral("{listing}"), m_listing).replace(QStringLiteral("{draft}"), m_draft);
        path.replace(QStringLiteral("{block}"), m_block).replace(QStringLiteral("{photo}"), m_photo);
        path.replace(QStringLiteral("{booking}"), m_booking).replace(QStringLiteral("{payment}"), m_payment);
        const HttpReply reply = http().send(method, path, body, contentType, m_stranger.accessToken);
        QVERIFY2(reply.status == 403 || reply.status == 404, reply.body.constData());
        QVERIFY(reply.errorCode() == QLatin1String("forbidden") || reply.errorCode() == QLatin1String("not_found"));
        // A page of an empty list would be no leak either, but these answer an error outright.
        QVERIFY(!reply.body.contains(m_host.email.toUtf8()) && !reply.body.contains(m_guest.email.toUtf8()));
    }

    void andEverythingIsAsItWas()
    {
        // Owner and guest still see every object unchanged after the stranger's attempts.
        const QJsonObject listing = http().get(QStringLiteral("/api/v1/listings/%1").arg(m_listing), m_host.accessToken).json();
        QVERIFY(listing.value(QStringLiteral("title")).toString() != QStringLiteral("Mine now"));
        QCOMPARE(listing.value(QStringLiteral("status")).toString(), QStringLiteral("listed"));
        QVERIFY(http().get(QStringLiteral("/api/v1/listings/%1").arg(m_draft), m_host.accessToken).json()
                    .value(QStringLiteral("title")).toString() != QStringLiteral("Mine now"));
        const HttpReply blocks = http().get(QStringLiteral("/api/v1/listings/%1/blocks").arg(m_listing), m_host.accessToken);
        QCOMPARE(blocks.status, 200);
        QVERIFY(blocks.body.contains(m_block.toUtf8()));
        QVERIFY(!blocks.body.contains("2030-01-01"));
        QCOMPARE(http().get(QStringLiteral("/api/v1/photos/%1").arg(m_photo)).status, 200);
        QCOMPARE(listing.value(QStringLiteral("photos")).toArray().size(), 1);
        const QJsonObject booking = BookingApi(http()).booking(m_guest, m_booking);
        QCOMPARE(booking.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
    }

    void publicProfilesShowNoContactDetails()
    {
        const HttpReply profile = http().get(QStringLiteral("/api/v1/users/%1").arg(m_guest.id), m_stranger.accessToken);
        QCOMPARE(profile.status, 200);
        QVERIFY(!profile.json().contains(QStringLiteral("email")));
        QVERIFY(!profile.json().contains(QStringLiteral("phone")));
        QVERIFY(!profile.body.contains(m_guest.email.toUtf8()));
    }

    void passwordsAreStoredAsSaltedScrypt()
    {
        // The fixture's server hashes at N=1024 (tests' cost); the format records the cost.
        const QString first = storedHash(m_api.databaseUrl(), m_host.email);
        const QStringList parts = first.split(QLatin1Char('$'));
        QCOMPARE(parts.size(), 6);
        QCOMPARE(parts[0], QStringLiteral("scrypt"));
        QCOMPARE(parts[1], QStringLiteral("1024"));
        QCOMPARE(parts[2], QStringLiteral("8"));
        QCOMPARE(parts[3], QStringLiteral("1"));
        QVERIFY(QByteArray::fromBase64(parts[4].toLatin1()).size() >= 16); // salt
        QVERIFY(QByteArray::fromBase64(parts[5].toLatin1()).size() >= 32); // derived key
        QVERIFY(!first.contains(m_host.password));
        // Same password, another user: another salt, another hash.
        QCOMPARE(m_host.password, m_guest.password);
        QVERIFY(storedHash(m_api.databaseUrl(), m_guest.email) != first);
    }

    void raisingTheCostKeepsOldPasswordsWorking()
    {
        ServerProcess stronger(m_api.databaseUrl(), {{QStringLiteral("ROOST_SCRYPT_N"), QStringLiteral("4096")},
                                                     {QStringLiteral("ROOST_SCRYPT_P"), QStringLiteral("2")}});
        QVERIFY(stronger.start());
        HttpClient client(stronger.baseUrl());
        // An old hash (N=1024) still verifies…
        QCOMPARE(client.post(QStringLiteral("/api/v1/auth/login"), {{QStringLiteral("email"), m_host.email},
                                                                   {QStringLiteral("password"), m_host.password}}).status, 200);
        // …and new passwords get the new cost.
        const QString email = QStringLiteral("stronger-%1@example.com").arg(QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(client.post(QStringLiteral("/api/v1/auth/register"), {{QStringLiteral("email"), email},
                                                                      {QStringLiteral("password"), QStringLiteral("a much longer secret")},
                                                                      {QStringLiteral("display_name"), QStringLiteral("S")}}).status, 201);
        QVERIFY(storedHash(m_api.databaseUrl(), email).startsWith(QStringLiteral("scrypt$4096$8$2$")));
        stronger.stop();
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
