// SPDX-License-Identifier: Apache-2.0
// Several roost-server processes on one database, as behind a load balancer: the booking race
// and payment replays split across two processes still have one winner and one charge,
// tokens issued by one process work on the other, and migrations started by several processes
// at once are applied once (ARCHITECTURE.md, "Scaling past one machine").
#include "ApiFixture.h"
#include "BookingApi.h"
#include "RawHttp.h"
#include "TestCluster.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <pqxx/pqxx>

using namespace roost::test;

namespace {

QString errorCode(const RawAnswer& answer)
{
    return QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

} // namespace

class TestMultiProcess : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api; // process A
    std::unique_ptr<ServerProcess> m_second; // process B, same database
    TestUser m_host;
    QList<TestUser> m_guests;

    QList<quint16> bothPorts() { return {m_api.server().port(), m_second->port()}; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_api.start());
        m_second = std::make_unique<ServerProcess>(m_api.databaseUrl());
        QVERIFY(m_second->start());
        QVERIFY(m_second->port() != m_api.server().port());
        m_host = m_api.registerUser(QStringLiteral("Host"));
        for (int i = 0; i < 32; ++i)
            m_guests.append(m_api.registerUser(QStringLiteral("Guest %1").arg(i)));
        QCOMPARE(m_guests.size(), 32);
    }

    void theBookingRaceAcrossProcessesHasOneWinner()
    {
        const QJsonObject listing = m_api.createListing(m_host, {{QStringLiteral("instant_book"), true}, {QStringLiteral("max_nights"), 30}});
        const QString id = listing.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        for (int round = 0; round < 5; ++round) {
            const QDate d = BookingApi::today().addDays(60 + 10 * round);
            QList<QByteArray> requests;
            for (int i = 0; i < m_guests.size(); ++i) {
                const QDate in = d.addDays(i % 3); // every pair of these 3-night stays shares a night
                const QJsonObject body{{QStringLiteral("listing_id"), id},
                                       {QStringLiteral("check_in"), BookingApi::text(in)},
                                       {QStringLiteral("check_out"), BookingApi::text(in.addDays(3))},
                                       {QStringLiteral("guests"), 1}};
                requests.append(requestBytes("POST", "/api/v1/bookings", QJsonDocument(body).toJson(QJsonDocument::Compact),
                                             {{"Authorization", "Bearer " + m_guests[i].accessToken}}));
            }
            int created = 0;
            for (const RawAnswer& answer : sendAtOnce(bothPorts(), requests)) {
                if (answer.status == 201) {
                    ++created;
                    continue;
                }
                QVERIFY2(answer.status == 409, answer.body.constData());
                QCOMPARE(errorCode(answer), QStringLiteral("dates_unavailable"));
            }
            QCOMPARE(created, 1);
        }
    }

    void paymentReplaysAcrossProcessesChargeOnce()
    {
        const QJsonObject listing = m_api.createListing(m_host, {{QStringLiteral("instant_book"), true}});
        BookingApi bookings(m_api.http());
        const HttpReply booked = bookings.book(m_guests[0], listing.value(QStringLiteral("id")).toString(),
                                               BookingApi::today().addDays(20), BookingApi::today().addDays(22));
        QCOMPARE(booked.status, 201);
        const QString bookingId = booked.json().value(QStringLiteral("id")).toString();
        const QByteArray request = requestBytes("POST", QStringLiteral("/api/v1/bookings/%1/payments").arg(bookingId).toLatin1(),
                                                QJsonDocument(BookingApi::cardBody()).toJson(QJsonDocument::Compact),
                                                {{"Authorization", "Bearer " + m_guests[0].accessToken},
                                                 {"Idempotency-Key", "multi-process-replay-1"}});
        const QList<RawAnswer> answers = sendAtOnce(bothPorts(), QList<QByteArray>(10, request));
        for (const RawAnswer& answer : answers) {
            QVERIFY2(answer.status == 201, answer.body.constData());
            QCOMPARE(answer.body, answers.first().body); // the same payment, whoever answered
        }
        QCOMPARE(bookings.payments(m_guests[0], bookingId).size(), 1);
    }

    void aLoginOnOneProcessIsKnownToTheOther()
    {
        HttpClient second(m_second->baseUrl());
        const TestUser& guest = m_guests[1];
        QCOMPARE(second.get(QStringLiteral("/api/v1/me"), guest.accessToken).status, 200);
        // Rotate on B, then replay the old refresh token on A: A knows it was used.
        const HttpReply rotated = second.post(QStringLiteral("/api/v1/auth/refresh"),
                                              {{QStringLiteral("refresh_token"), QString::fromLatin1(guest.refreshToken)}});
        QCOMPARE(rotated.status, 200);
        const HttpReply replayed = m_api.http().post(QStringLiteral("/api/v1/auth/refresh"),
                                                     {{QStringLiteral("refresh_token"), QString::fromLatin1(guest.refreshToken)}});
        QCOMPARE(replayed.status, 401);
        QCOMPARE(replayed.errorCode(), QStringLiteral("token_reused"));
    }

    void migrationsStartedTogetherAreAppliedOnce()
    {
        const QString url = TestCluster::instance().createDatabase();
        QTemporaryDir dataDirs;
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 4; ++i) {
            auto process = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("ROOST_DATABASE_URL"), url);
            env.insert(QStringLiteral("ROOST_DATA_DIR"), dataDirs.filePath(QString::number(i)));
            process->setProcessEnvironment(env);
            process->setProcessChannelMode(QProcess::MergedChannels);
            processes.push_back(std::move(process));
        }
        const QString binary = qEnvironmentVariable("ROOST_SERVER_BINARY", QStringLiteral("roost-server"));
        for (auto& process : processes)
            process->start(binary, {QStringLiteral("migrate")});
        static const QRegularExpression appliedLine(QStringLiteral("applied (\\d+) migration"));
        int applied = 0;
        for (auto& process : processes) {
            QVERIFY(process->waitForFinished(60'000));
            const QString out = QString::fromUtf8(process->readAll());
            QVERIFY2(process->exitCode() == 0, qPrintable(out));
            const auto match = appliedLine.match(out);
            QVERIFY2(match.hasMatch(), qPrintable(out));
            applied += match.captured(1).toInt();
        }
        pqxx::connection c(url.toStdString());
        pqxx::read_transaction tx(c);
        const int known = tx.exec1("SELECT count(*) FROM schema_migrations")[0].as<int>();
        QVERIFY(known >= 3);
        QCOMPARE(applied, known); // each migration by exactly one of the four
    }

    void cleanupTestCase() { m_second.reset(); }
};

QTEST_GUILESS_MAIN(TestMultiProcess)
#include "tst_multiprocess.moc"
