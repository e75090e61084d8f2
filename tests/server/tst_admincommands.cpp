// SPDX-License-Identifier: Apache-2.0
// `roost-server admin`, driven as a process against a real database while a real server answers
// HTTP: listing accounts, disabling one (it can no longer sign in and its tokens stop working),
// enabling it again, and inspecting and retrying dead background jobs.
#include "ApiFixture.h"
#include "BookingApi.h"
#include "ServerCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace roost::test;

namespace {
const QString kLogin = QStringLiteral("/api/v1/auth/login");
const QString kRefresh = QStringLiteral("/api/v1/auth/refresh");
const QString kMe = QStringLiteral("/api/v1/me");
} // namespace

class TestAdminCommands : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    QTemporaryDir m_cliDataDir;

    CommandResult admin(const QStringList& args)
    {
        return runServerCommand(
            QStringList { QStringLiteral("admin") } + args, m_api.databaseUrl(), m_cliDataDir.path());
    }

    QJsonArray adminJson(const QStringList& args)
    {
        const CommandResult r = admin(args + QStringList { QStringLiteral("--json") });
        if (r.exitCode != 0)
            qWarning("admin %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), r.err.constData());
        return QJsonDocument::fromJson(r.out).array();
    }

    HttpReply login(const TestUser& user)
    {
        return m_api.http().post(
            kLogin, { { QStringLiteral("email"), user.email }, { QStringLiteral("password"), user.password } });
    }

    QJsonObject onlyUser(const TestUser& user)
    {
        const QJsonArray users = adminJson({ QStringLiteral("users"), QStringLiteral("--email"), user.email });
        return users.size() == 1 ? users.first().toObject() : QJsonObject();
    }

    QJsonObject job(qint64 id, bool deadOnly)
    {
        QStringList args { QStringLiteral("jobs") };
        if (deadOnly)
            args << QStringLiteral("--dead");
        for (const QJsonValue& j : adminJson(args))
            if (j.toObject().value(QStringLiteral("id")).toInteger() == id)
                return j.toObject();
        return {};
    }

private slots:
    // No job threads in the server: the test alone decides when jobs run.
    void initTestCase() { QVERIFY(m_api.start({ { QStringLiteral("ROOST_JOB_WORKERS"), QStringLiteral("0") } })); }

    void usersAreListedAsATableAndAsJson()
    {
        const TestUser ann = m_api.registerUser(QStringLiteral("Ann Admin-Listing"));
        const TestUser bob = m_api.registerUser(QStringLiteral("Bob Admin-Listing"));
        QVERIFY(!ann.id.isEmpty() && !bob.id.isEmpty());

        const CommandResult table = admin({ QStringLiteral("users") });
        QCOMPARE(table.exitCode, 0);
        const QString text = QString::fromUtf8(table.out);
        QVERIFY2(text.startsWith(QLatin1String("ID")) && text.contains(QLatin1String("EMAIL")), table.out.constData());
        QVERIFY(text.contains(ann.email) && text.contains(bob.email));
        QVERIFY(text.contains(QLatin1String("Ann Admin-Listing")));

        // --email matches a part of the address, case-insensitively.
        const QJsonObject found = onlyUser({ ann.id, ann.email.toUpper(), {}, {}, {} });
        QCOMPARE(found.value(QStringLiteral("id")).toString(), ann.id);
        QCOMPARE(found.value(QStringLiteral("email")).toString(), ann.email);
        QCOMPARE(found.value(QStringLiteral("display_name")).toString(), QStringLiteral("Ann Admin-Listing"));
        QCOMPARE(found.value(QStringLiteral("disabled")).toBool(true), false);
        QCOMPARE(found.value(QStringLiteral("is_admin")).toBool(true), false);
        QCOMPARE(found.value(QStringLiteral("active_sessions")).toInt(), 1);
        QVERIFY(found.value(QStringLiteral("created_at")).toString().endsWith(QLatin1Char('Z')));

        QVERIFY(adminJson({ QStringLiteral("users"), QStringLiteral("--email"), QStringLiteral("nobody-has-this") })
                    .isEmpty());
        QCOMPARE(adminJson({ QStringLiteral("users"), QStringLiteral("--limit"), QStringLiteral("1") }).size(), 1);
    }

    void aDisabledUserCannotSignInAndItsTokensStopWorking()
    {
        const TestUser user = m_api.registerUser();
        QVERIFY(!user.id.isEmpty());
        QCOMPARE(login(user).status, 200); // a second session
        QCOMPARE(m_api.http().get(kMe, user.accessToken).status, 200);

        const CommandResult disabled = admin({ QStringLiteral("disable-user"), user.email });
        QCOMPARE(disabled.exitCode, 0);
        QVERIFY2(disabled.out.contains("revoked 2 session(s)"), disabled.out.constData());

        // API.md: a failed sign-in is 401 invalid_credentials, which also does not tell a
        // stranger that the password was right.
        const HttpReply refused = login(user);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.errorCode(), QStringLiteral("invalid_credentials"));
        QCOMPARE(m_api.http().get(kMe, user.accessToken).status, 401);
        QCOMPARE(m_api.http()
                     .post(kRefresh, { { QStringLiteral("refresh_token"), QString::fromLatin1(user.refreshToken) } })
                     .status,
            401);
        QCOMPARE(onlyUser(user).value(QStringLiteral("disabled")).toBool(), true);
        QCOMPARE(onlyUser(user).value(QStringLiteral("active_sessions")).toInt(-1), 0);

        QCOMPARE(admin({ QStringLiteral("enable-user"), user.email }).exitCode, 0);
        QCOMPARE(onlyUser(user).value(QStringLiteral("disabled")).toBool(true), false);
        const HttpReply back = login(user);
        QCOMPARE(back.status, 200);
        QCOMPARE(
            m_api.http().get(kMe, back.json().value(QStringLiteral("access_token")).toString().toLatin1()).status, 200);
    }

    void unknownOrMalformedUsersAreRefused()
    {
        const CommandResult unknown = admin({ QStringLiteral("disable-user"), QStringLiteral("nobody@example.com") });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("nobody@example.com"), unknown.err.constData());
        QCOMPARE(admin({ QStringLiteral("enable-user"), QStringLiteral("nobody@example.com") }).exitCode, 1);
        const CommandResult malformed = admin({ QStringLiteral("disable-user"), QStringLiteral("not an address") });
        QCOMPARE(malformed.exitCode, 1);
        QVERIFY(malformed.err.contains("e-mail"));
    }

    void deadJobsAreListedAndCanBeRetried()
    {
        // A probe job that fails its only attempt is buried as dead.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(m_api.http()
                     .post(QStringLiteral("/api/v1/test/probe-jobs"),
                         { { QStringLiteral("succeed_on"), 2 }, { QStringLiteral("max_attempts"), 1 } }, {},
                         BookingApi::at(now))
                     .status,
            201);
        BookingApi(m_api.http()).runDueJobs(now);
        const QJsonArray dead = adminJson({ QStringLiteral("jobs"), QStringLiteral("--dead") });
        QCOMPARE(dead.size(), 1);
        const QJsonObject buried = dead.first().toObject();
        const qint64 id = buried.value(QStringLiteral("id")).toInteger();
        QCOMPARE(buried.value(QStringLiteral("kind")).toString(), QStringLiteral("probe_flaky"));
        QCOMPARE(buried.value(QStringLiteral("state")).toString(), QStringLiteral("dead"));
        QCOMPARE(buried.value(QStringLiteral("attempts")).toInt(), 1);
        QVERIFY(!buried.value(QStringLiteral("last_error")).toString().isEmpty());

        const CommandResult table = admin({ QStringLiteral("jobs"), QStringLiteral("--dead") });
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("probe_flaky") && table.out.contains("LAST ERROR") && table.out.contains("1/1"));

        const CommandResult retried = admin({ QStringLiteral("retry-job"), QString::number(id) });
        QCOMPARE(retried.exitCode, 0);
        QVERIFY(job(id, true).isEmpty());
        const QJsonObject queued = job(id, false);
        QCOMPARE(queued.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        QCOMPARE(queued.value(QStringLiteral("attempts")).toInt(-1), 0);

        // Only dead jobs are retried; a queued one is refused and left alone.
        const CommandResult notDead = admin({ QStringLiteral("retry-job"), QString::number(id) });
        QCOMPARE(notDead.exitCode, 1);
        QVERIFY2(notDead.err.contains("not dead"), notDead.err.constData());
        QCOMPARE(admin({ QStringLiteral("retry-job"), QStringLiteral("999999999") }).exitCode, 1);
    }

    void badUsageIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList {};
        QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") };
        QTest::newRow("unknown option") << QStringList { QStringLiteral("users"), QStringLiteral("--bogus") };
        QTest::newRow("limit not a number")
            << QStringList { QStringLiteral("users"), QStringLiteral("--limit"), QStringLiteral("x") };
        QTest::newRow("option without value") << QStringList { QStringLiteral("users"), QStringLiteral("--email") };
        QTest::newRow("disable without email") << QStringList { QStringLiteral("disable-user") };
        QTest::newRow("retry a non-number") << QStringList { QStringLiteral("retry-job"), QStringLiteral("abc") };
        QTest::newRow("stray argument") << QStringList { QStringLiteral("jobs"), QStringLiteral("now") };
    }

    void badUsageIsRefused()
    {
        QFETCH(QStringList, args);
        const CommandResult r = admin(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAdminCommands)
#include "tst_admincommands.moc"
