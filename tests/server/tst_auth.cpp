// SPDX-License-Identifier: Apache-2.0
// Accounts over HTTP: registration, login and login throttling (API.md, Auth and users;
// Precise rules, Accounts). Tokens after login live in tst_authtokens.
#include "ApiFixture.h"

#include <QJsonDocument>
#include <QTest>
#include <QUuid>
#include <roost/Date.h>
#include <roost/Id.h>

using namespace roost::test;

namespace {

const QString kRegister = QStringLiteral("/api/v1/auth/register");
const QString kLogin = QStringLiteral("/api/v1/auth/login");
const QString kPassword = QStringLiteral("correct horse battery");

// JSON written with single quotes, which read better inside C++ strings.
QByteArray js(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

QString uniqueEmail(const char* prefix)
{
    return QStringLiteral("%1-%2@example.com")
        .arg(QLatin1String(prefix), QUuid::createUuid().toString(QUuid::Id128).left(12));
}

QJsonObject credentials(const QString& email, const QString& password)
{
    return { { QStringLiteral("email"), email }, { QStringLiteral("password"), password } };
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestAuth : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;

    HttpReply login(const QString& email, const QString& password)
    {
        return m_api.http().post(kLogin, credentials(email, password));
    }

    // The session shape shared by register, login and refresh.
    static void verifySession(const QJsonObject& body, const QString& email, const QString& displayName)
    {
        const QJsonObject user = body.value(QStringLiteral("user")).toObject();
        for (const char* key :
            { "id", "email", "display_name", "bio", "phone", "is_host", "is_admin", "created_at", "version" })
            QVERIFY2(user.contains(QLatin1String(key)), key);
        QVERIFY(roost::parseId(user.value(QStringLiteral("id")).toString()).has_value());
        QCOMPARE(user.value(QStringLiteral("email")).toString().toLower(), email.toLower());
        QCOMPARE(user.value(QStringLiteral("display_name")).toString(), displayName);
        QCOMPARE(user.value(QStringLiteral("bio")).toString(QStringLiteral("<not a string>")), QString());
        QCOMPARE(user.value(QStringLiteral("phone")).toString(QStringLiteral("<not a string>")), QString());
        QCOMPARE(user.value(QStringLiteral("is_host")), QJsonValue(false));
        QCOMPARE(user.value(QStringLiteral("is_admin")), QJsonValue(false));
        const auto created = roost::parseTimestamp(user.value(QStringLiteral("created_at")).toString());
        QVERIFY2(created.has_value(), "created_at is RFC 3339");
        QVERIFY(qAbs(created->secsTo(QDateTime::currentDateTimeUtc())) < 300);
        QVERIFY(user.value(QStringLiteral("version")).isDouble());
        QVERIFY(user.value(QStringLiteral("version")).toInteger() >= 1);
        QCOMPARE(body.value(QStringLiteral("access_token")).toString().split(QLatin1Char('.')).size(), 3);
        QVERIFY(body.value(QStringLiteral("refresh_token")).toString().size() >= 20);
        QCOMPARE(body.value(QStringLiteral("expires_in")), QJsonValue(900));
    }

private slots:
    void initTestCase() { QVERIFY(m_api.start()); }

    void registerAnswersTheSession()
    {
        const QString email = uniqueEmail("new");
        const HttpReply reply = m_api.http().post(kRegister,
            { { QStringLiteral("email"), email }, { QStringLiteral("password"), kPassword },
                { QStringLiteral("display_name"), QStringLiteral("Ann Example") } });
        QCOMPARE(reply.status, 201);
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        verifySession(reply.json(), email, QStringLiteral("Ann Example"));
        if (QTest::currentTestFailed())
            return;
        // The access token just issued is accepted, and names this user.
        const QJsonObject body = reply.json();
        const HttpReply me = m_api.http().get(
            QStringLiteral("/api/v1/me"), body.value(QStringLiteral("access_token")).toString().toLatin1());
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("id")),
            body.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")));
    }

    void registerPasswordOfExactlyTenCharacters()
    {
        const HttpReply reply = m_api.http().post(kRegister,
            { { QStringLiteral("email"), uniqueEmail("ten") },
                { QStringLiteral("password"), QStringLiteral("0123456789") },
                { QStringLiteral("display_name"), QStringLiteral("Ten") } });
        QCOMPARE(reply.status, 201);
    }

    void registerDuplicateEmailIgnoresCase()
    {
        const QString email = uniqueEmail("Case.Sensitive");
        QJsonObject body { { QStringLiteral("email"), email }, { QStringLiteral("password"), kPassword },
            { QStringLiteral("display_name"), QStringLiteral("First") } };
        QCOMPARE(m_api.http().post(kRegister, body).status, 201);
        for (const QString& again : { email, email.toUpper(), email.toLower() }) {
            body.insert(QStringLiteral("email"), again);
            const HttpReply reply = m_api.http().post(kRegister, body);
            QCOMPARE(reply.status, 409);
            QCOMPARE(reply.errorCode(), QStringLiteral("email_taken"));
        }
        // The first account is untouched: its password still signs in.
        QCOMPARE(login(email.toUpper(), kPassword).status, 200);
    }

    void registerValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("fields");
        const QByteArray name = "'display_name': 'Ann'";
        const QByteArray pass = "'password': 'long enough secret'";
        const QByteArray mail = "'email': 'ann@example.com'";
        auto row = [](const char* tag, const QByteArray& body, QStringList fields) {
            QTest::newRow(tag) << js(body.constData()) << fields;
        };
        row("bad email", "{'email': 'not-an-email', " + pass + ", " + name + "}", { QStringLiteral("email") });
        row("email without domain dot", "{'email': 'ann@localhost', " + pass + ", " + name + "}",
            { QStringLiteral("email") });
        row("email two @", "{'email': 'a@b@example.com', " + pass + ", " + name + "}", { QStringLiteral("email") });
        row("email empty", "{'email': '', " + pass + ", " + name + "}", { QStringLiteral("email") });
        row("password 9 chars", "{" + mail + ", 'password': '123456789', " + name + "}",
            { QStringLiteral("password") });
        row("password empty", "{" + mail + ", 'password': '', " + name + "}", { QStringLiteral("password") });
        row("display_name missing", "{" + mail + ", " + pass + "}", { QStringLiteral("display_name") });
        row("display_name null", "{" + mail + ", " + pass + ", 'display_name': null}",
            { QStringLiteral("display_name") });
        row("display_name blank", "{" + mail + ", " + pass + ", 'display_name': '   '}",
            { QStringLiteral("display_name") });
        row("display_name 81 chars", "{" + mail + ", " + pass + ", 'display_name': '" + QByteArray(81, 'n') + "'}",
            { QStringLiteral("display_name") });
        row("password as number", "{" + mail + ", 'password': 12345678901234, " + name + "}",
            { QStringLiteral("password") });
        row("email as number", "{'email': 42, " + pass + ", " + name + "}", { QStringLiteral("email") });
        row("display_name as bool", "{" + mail + ", " + pass + ", 'display_name': true}",
            { QStringLiteral("display_name") });
        row("email as array", "{'email': ['ann@example.com'], " + pass + ", " + name + "}",
            { QStringLiteral("email") });
        row("everything wrong type", "{'email': {}, 'password': 1234567890123, 'display_name': 7}",
            { QStringLiteral("display_name"), QStringLiteral("email"), QStringLiteral("password") });
        row("empty object", "{}",
            { QStringLiteral("display_name"), QStringLiteral("email"), QStringLiteral("password") });
    }
    void registerValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, fields);
        const HttpReply reply = m_api.http().send("POST", kRegister, body, "application/json");
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), QStringLiteral("validation_failed"));
        QCOMPARE(sorted(reply.errorFields().keys()), sorted(fields));
        for (const QString& field : fields)
            QVERIFY2(!reply.errorFields().value(field).toString().isEmpty(), qPrintable(field));
    }

    void loginSucceeds()
    {
        const TestUser user = m_api.registerUser(QStringLiteral("Login Ok"));
        QVERIFY(!user.id.isEmpty());
        const HttpReply reply = login(user.email, user.password);
        QCOMPARE(reply.status, 200);
        verifySession(reply.json(), user.email, QStringLiteral("Login Ok"));
        QCOMPARE(reply.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString(), user.id);
        // A new login is a new session: new tokens, and both logins work side by side.
        const QByteArray access = reply.json().value(QStringLiteral("access_token")).toString().toLatin1();
        QVERIFY(reply.json().value(QStringLiteral("refresh_token")).toString().toLatin1() != user.refreshToken);
        QCOMPARE(m_api.http().get(QStringLiteral("/api/v1/me"), access).status, 200);
        QCOMPARE(m_api.http().get(QStringLiteral("/api/v1/me"), user.accessToken).status, 200);
    }

    void loginEmailIgnoresCaseAndSpaces()
    {
        const TestUser user = m_api.registerUser();
        QCOMPARE(login(user.email.toUpper(), user.password).status, 200);
        QCOMPARE(login(QStringLiteral("  ") + user.email + QStringLiteral(" "), user.password).status, 200);
    }

    void loginWrongPassword()
    {
        const TestUser user = m_api.registerUser();
        const HttpReply reply = login(user.email, QStringLiteral("not the password"));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), QStringLiteral("invalid_credentials"));
        QVERIFY(!reply.json().contains(QStringLiteral("access_token")));
    }

    void loginUnknownEmail()
    {
        const HttpReply reply = login(uniqueEmail("nobody"), kPassword);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), QStringLiteral("invalid_credentials"));
    }

    void loginValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("email missing") << js("{'password': 'whatever123'}") << QStringLiteral("email");
        QTest::newRow("password missing") << js("{'email': 'a@example.com'}") << QStringLiteral("password");
        QTest::newRow("password number") << js("{'email': 'a@example.com', 'password': 1234567890}")
                                         << QStringLiteral("password");
        QTest::newRow("email empty") << js("{'email': '', 'password': 'whatever123'}") << QStringLiteral("email");
    }
    void loginValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const HttpReply reply = m_api.http().send("POST", kLogin, body, "application/json");
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), QStringLiteral("validation_failed"));
        QVERIFY2(reply.errorFields().contains(field), reply.body.constData());
    }

    // Budget: the server also limits failures per IP (20 in 15 minutes), and every request of
    // this suite comes from 127.0.0.1; this class stays well below that.
    void loginThrottledAfterFiveFailures()
    {
        const TestUser user = m_api.registerUser();
        for (int i = 1; i <= 5; ++i) {
            const HttpReply reply = login(user.email, QStringLiteral("wrong password %1").arg(i));
            QVERIFY2(
                reply.status == 401, qPrintable(QStringLiteral("failure %1 answered %2").arg(i).arg(reply.status)));
        }
        // The sixth attempt is refused even with the right password, case folded or not.
        for (const QString& email : { user.email, user.email.toUpper() }) {
            const HttpReply reply = login(email, user.password);
            QCOMPARE(reply.status, 429);
            QCOMPARE(reply.errorCode(), QStringLiteral("rate_limited"));
            bool ok = false;
            const int retryAfter = reply.header("Retry-After").toInt(&ok);
            QVERIFY2(ok, reply.header("Retry-After").constData());
            QVERIFY(retryAfter > 0);
            QVERIFY(retryAfter <= 15 * 60);
        }
        // Other accounts are not affected by this email's failures.
        const TestUser other = m_api.registerUser();
        QCOMPARE(login(other.email, other.password).status, 200);
    }

    void loginSuccessResetsTheCount()
    {
        const TestUser user = m_api.registerUser();
        for (int round = 0; round < 2; ++round) {
            for (int i = 1; i <= 4; ++i)
                QCOMPARE(login(user.email, QStringLiteral("wrong password %1").arg(i)).status, 401);
            // Four failures, then a success: the count starts again, so this never reaches 429.
            const HttpReply ok = login(user.email, user.password);
            QCOMPARE(ok.status, 200);
        }
    }

    // Last in this class: it uses up the failure budget of 127.0.0.1 for the next 15 minutes.
    void loginThrottledPerAddress()
    {
        const TestUser bystander = m_api.registerUser();
        QVERIFY(!bystander.id.isEmpty());
        // Failures for many different emails, none of which reaches its own limit of 5.
        int failures = 0;
        HttpReply reply;
        for (; failures < 25; ++failures) {
            reply = login(uniqueEmail("spray"), QStringLiteral("guessing %1").arg(failures));
            if (reply.status != 401)
                break;
        }
        QCOMPARE(reply.status, 429);
        QVERIFY2(failures <= 20, qPrintable(QString::number(failures)));
        // Now everyone at this address waits, even a user who never failed, with the right password.
        const HttpReply blocked = login(bystander.email, bystander.password);
        QCOMPARE(blocked.status, 429);
        QCOMPARE(blocked.errorCode(), QStringLiteral("rate_limited"));
        QVERIFY(blocked.header("Retry-After").toInt() > 0);
        // Registration is not a login: it is not throttled.
        QVERIFY(!m_api.registerUser().id.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
