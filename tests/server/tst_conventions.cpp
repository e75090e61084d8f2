// SPDX-License-Identifier: Apache-2.0
// The API's conventions over HTTP: the error envelope, routing errors, bodies that are not what
// they should be, numbers that do not fit, hostile strings and the testing hooks (API.md,
// Conventions, Errors, Precise rules/Input, Testing hooks). Connection-level limits live in
// tst_connectionlimits.
#include "ApiFixture.h"

#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace roost::test;

namespace {

const QString kRegister = QStringLiteral("/api/v1/auth/register");
const QString kMe = QStringLiteral("/api/v1/me");

// JSON written with single quotes, which read better inside C++ strings.
QByteArray js(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

QString uniqueEmail()
{
    return QStringLiteral("conv-%1@example.com").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
}

QByteArray registrationBody(const QByteArray& displayNameJson = "\"Conventions\"")
{
    return "{\"email\":\"" + uniqueEmail().toUtf8()
        + "\",\"password\":\"long enough secret\",\"display_name\":" + displayNameJson + "}";
}

/// What is wrong with an error answer, or empty when it is the API's envelope: JSON content type,
/// `{"error": {"code", "message"}}`, and nothing of the server's insides.
QString envelopeProblem(const HttpReply& reply)
{
    if (reply.status < 400)
        return QStringLiteral("status %1 is not an error").arg(reply.status);
    if (!reply.header("Content-Type").startsWith("application/json"))
        return QStringLiteral("Content-Type is '%1'").arg(QString::fromLatin1(reply.header("Content-Type")));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    const QJsonObject error = document.object().value(QStringLiteral("error")).toObject();
    if (parseError.error != QJsonParseError::NoError || error.isEmpty())
        return QStringLiteral("no error envelope: ") + QString::fromUtf8(reply.body.left(300));
    if (error.value(QStringLiteral("code")).toString().isEmpty()
        || error.value(QStringLiteral("message")).toString().isEmpty())
        return QStringLiteral("code or message missing: ") + QString::fromUtf8(reply.body);
    const QByteArray lower = reply.body.toLower();
    for (const char* leak :
        { "sql", "pqxx", "syntax", "postgres", "relation \\\"", "std::", ".cpp", "what()", "terminate called" })
        if (lower.contains(leak))
            return QStringLiteral("leaks '%1': %2").arg(QLatin1String(leak), QString::fromUtf8(reply.body));
    return {};
}

/// `body` (a JSON object) with `field` set to the literal JSON text `literal`.
QByteArray withLiteral(QJsonObject body, const QString& field, const QByteArray& literal)
{
    body.remove(field);
    QByteArray text = QJsonDocument(body).toJson(QJsonDocument::Compact);
    text.chop(1);
    return text + (body.isEmpty() ? "" : ",") + '"' + field.toUtf8() + "\":" + literal + '}';
}

} // namespace

class TestConventions : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    TestUser m_user;
    QString m_listingId;

private slots:
    void initTestCase()
    {
        QVERIFY(m_api.start());
        m_user = m_api.registerUser(QStringLiteral("Convention Keeper"));
        QVERIFY(!m_user.id.isEmpty());
        m_listingId = m_api.createListing(m_user).value(QStringLiteral("id")).toString();
        QVERIFY(!m_listingId.isEmpty());
    }

    void unknownPath_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("root") << QByteArrayLiteral("GET") << QStringLiteral("/");
        QTest::newRow("nonsense") << QByteArrayLiteral("GET") << QStringLiteral("/nope");
        QTest::newRow("api nonsense") << QByteArrayLiteral("GET") << QStringLiteral("/api/v1/nope");
        QTest::newRow("other version") << QByteArrayLiteral("GET") << QStringLiteral("/api/v2/me");
        QTest::newRow("deeper than a route") << QByteArrayLiteral("GET") << QStringLiteral("/api/v1/me/extra");
        QTest::newRow("post nonsense") << QByteArrayLiteral("POST") << QStringLiteral("/api/v1/auth/register/again");
        QTest::newRow("case differs") << QByteArrayLiteral("GET") << QStringLiteral("/API/V1/ME");
    }
    void unknownPath()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        const HttpReply reply = m_api.http().send(method, path, method == "POST" ? QByteArray("{}") : QByteArray(),
            method == "POST" ? QByteArray("application/json") : QByteArray(), m_user.accessToken);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), QStringLiteral("not_found"));
        QVERIFY2(envelopeProblem(reply).isEmpty(), qPrintable(envelopeProblem(reply)));
    }

    void wrongMethod_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("DELETE login") << QByteArrayLiteral("DELETE") << QStringLiteral("/api/v1/auth/login");
        QTest::newRow("GET register") << QByteArrayLiteral("GET") << QStringLiteral("/api/v1/auth/register");
        QTest::newRow("PUT me") << QByteArrayLiteral("PUT") << QStringLiteral("/api/v1/me");
        QTest::newRow("POST me") << QByteArrayLiteral("POST") << QStringLiteral("/api/v1/me");
        QTest::newRow("DELETE users/id") << QByteArrayLiteral(
            "DELETE") << QStringLiteral("/api/v1/users/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QTest::newRow("POST healthz") << QByteArrayLiteral("POST") << QStringLiteral("/healthz");
    }
    void wrongMethod()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        const HttpReply reply = m_api.http().send(method, path, {}, {}, m_user.accessToken);
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.errorCode(), QStringLiteral("method_not_allowed"));
        QVERIFY2(envelopeProblem(reply).isEmpty(), qPrintable(envelopeProblem(reply)));
    }

    void badJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << js("{'email': 'a@example.com', ");
        QTest::newRow("not json") << QByteArrayLiteral("email=a@example.com&password=x");
        QTest::newRow("trailing garbage") << js("{'email': 'a@example.com'}}");
        QTest::newRow("single quotes") << QByteArrayLiteral("{'email': 'a@example.com'}");
        QTest::newRow("trailing comma") << js("{'email': 'a@example.com',}");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("whitespace") << QByteArrayLiteral("  \n ");
        QTest::newRow("array") << js("[{'email': 'a@example.com'}]");
        QTest::newRow("string") << js("'hello'");
        QTest::newRow("number") << QByteArrayLiteral("42");
        QTest::newRow("null") << QByteArrayLiteral("null");
        QTest::newRow("deeply nested") << QByteArray(5000, '[') + QByteArray(5000, ']');
    }
    void badJson()
    {
        QFETCH(QByteArray, body);
        const HttpReply reply = m_api.http().send("POST", kRegister, body, "application/json");
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), QStringLiteral("malformed_json"));
        QVERIFY2(envelopeProblem(reply).isEmpty(), qPrintable(envelopeProblem(reply)));
    }

    void invalidUtf8_data()
    {
        QTest::addColumn<QByteArray>("displayName"); // the JSON text of display_name
        QTest::newRow("ff fe") << QByteArrayLiteral("\"\xff\xfe\"");
        QTest::newRow("lone continuation") << QByteArrayLiteral("\"a\x80z\"");
        QTest::newRow("overlong slash") << QByteArrayLiteral("\"\xc0\xaf\"");
        QTest::newRow("encoded surrogate") << QByteArrayLiteral("\"\xed\xa0\x80\"");
        QTest::newRow("above U+10FFFF") << QByteArrayLiteral("\"\xf4\x90\x80\x80\"");
        QTest::newRow("truncated sequence") << QByteArrayLiteral("\"ab\xe2\x82\"");
        QTest::newRow("latin-1 text") << QByteArrayLiteral("\"Zo\xeb\"");
        QTest::newRow("escaped lone surrogate") << QByteArrayLiteral("\"\\ud800\"");
        QTest::newRow("escaped NUL") << QByteArrayLiteral("\"a\\u0000b\"");
        QTest::newRow("raw NUL") << QByteArray("\"a\0b\"", 5);
        QTest::newRow("raw control character") << QByteArrayLiteral("\"a\x01b\"");
    }
    void invalidUtf8()
    {
        QFETCH(QByteArray, displayName);
        const HttpReply reply = m_api.http().send("POST", kRegister, registrationBody(displayName), "application/json");
        QVERIFY2((reply.status == 400 && reply.errorCode() == QLatin1String("malformed_json"))
                || (reply.status == 422 && reply.errorFields().contains(QStringLiteral("display_name"))),
            qPrintable(QStringLiteral("%1 %2").arg(reply.status).arg(QString::fromUtf8(reply.body))));
        QVERIFY2(envelopeProblem(reply).isEmpty(), qPrintable(envelopeProblem(reply)));
    }

    void contentType_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::newRow("application/json") << QByteArrayLiteral("application/json") << 201;
        QTest::newRow("with charset") << QByteArrayLiteral("application/json; charset=utf-8") << 201;
        QTest::newRow("upper case") << QByteArrayLiteral("Application/JSON") << 201;
        QTest::newRow("text/plain") << QByteArrayLiteral("text/plain") << 415;
        QTest::newRow("form") << QByteArrayLiteral("application/x-www-form-urlencoded") << 415;
        QTest::newRow("json prefix") << QByteArrayLiteral("application/jsonp") << 415;
        QTest::newRow("image") << QByteArrayLiteral("image/png") << 415;
    }
    void contentType()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        const HttpReply reply = m_api.http().send("POST", kRegister, registrationBody(), contentType);
        QCOMPARE(reply.status, status);
        if (status == 415) {
            QCOMPARE(reply.errorCode(), QStringLiteral("unsupported_media_type"));
            QVERIFY2(envelopeProblem(reply).isEmpty(), qPrintable(envelopeProblem(reply)));
        }
    }

    void bodyJustUnderTheLimitIsRead()
    {
        // Unknown fields are ignored, so padding makes a valid body of almost exactly 1 MiB.
        const QByteArray head = "{\"email\":\"" + uniqueEmail().toUtf8()
            + "\",\"password\":\"long enough secret\",\"display_name\":\"Big\",\"padding\":\"";
        const QByteArray body = head + QByteArray((1 << 20) - head.size() - 2, 'p') + "\"}";
        QCOMPARE(body.size(), 1 << 20);
        const HttpReply reply = m_api.http().send("POST", kRegister, body, "application/json");
        QCOMPARE(reply.status, 201);
    }

    void numbersThatDoNotFit_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("literal");
        const QString listings = QStringLiteral("/api/v1/listings");
        for (const char* literal : { "1e400", "-1e400", "9999999999999999999999", "120.5", "\"12000\"", "true" })
            QTest::newRow(qPrintable(QStringLiteral("nightly_price %1").arg(QLatin1String(literal))))
                << listings << QStringLiteral("nightly_price") << QByteArray(literal);
        for (const char* literal : { "2.5", "1e400", "18446744073709551616", "\"4\"" })
            QTest::newRow(qPrintable(QStringLiteral("max_guests %1").arg(QLatin1String(literal))))
                << listings << QStringLiteral("max_guests") << QByteArray(literal);
        QTest::newRow("latitude 1e400") << listings << QStringLiteral("latitude") << QByteArrayLiteral("1e400");
        for (const char* literal : { "1.5", "1e400", "9999999999999999999999", "\"1\"" })
            QTest::newRow(qPrintable(QStringLiteral("me version %1").arg(QLatin1String(literal))))
                << kMe << QStringLiteral("version") << QByteArray(literal);
        for (const char* literal : { "1.5", "9999999999999999999999", "\"1\"" })
            QTest::newRow(qPrintable(QStringLiteral("listing version %1").arg(QLatin1String(literal))))
                << QStringLiteral("listing") << QStringLiteral("version") << QByteArray(literal);
    }
    void numbersThatDoNotFit()
    {
        QFETCH(QString, path);
        QFETCH(QString, field);
        QFETCH(QByteArray, literal);
        // PATCH /me and PATCH /listings/{id} take "version" in the body; POST /listings the rest.
        const bool patch = path == kMe || path == QLatin1String("listing");
        if (path == QLatin1String("listing"))
            path = QStringLiteral("/api/v1/listings/") + m_listingId;
        const QJsonObject base = patch ? QJsonObject { { QStringLiteral("description"), QStringLiteral("numbers") } }
                                       : ApiFixture::listingBody();
        const HttpReply reply = m_api.http().send(
            patch ? "PATCH" : "POST", path, withLiteral(base, field, literal), "application/json", m_user.accessToken);
        if (literal.contains("e400")) {
            // Beyond a double's range the document itself cannot be read: a clear 400, never 500.
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.errorCode(), QStringLiteral("malformed_json"));
            QVERIFY2(envelopeProblem(reply).isEmpty(), qPrintable(envelopeProblem(reply)));
            return;
        }
        QVERIFY2(reply.status == 422,
            qPrintable(QStringLiteral("%1 %2").arg(reply.status).arg(QString::fromUtf8(reply.body))));
        QCOMPARE(reply.errorCode(), QStringLiteral("validation_failed"));
        QVERIFY2(reply.errorFields().contains(field), reply.body.constData());
        QVERIFY2(envelopeProblem(reply).isEmpty(), qPrintable(envelopeProblem(reply)));
    }

    void unknownFieldsAreIgnored()
    {
        // Including ones that name privileges: they are output only.
        const QString email = uniqueEmail();
        const HttpReply reply = m_api.http().post(kRegister,
            { { QStringLiteral("email"), email }, { QStringLiteral("password"), QStringLiteral("long enough secret") },
                { QStringLiteral("display_name"), QStringLiteral("Ignorer") }, { QStringLiteral("is_admin"), true },
                { QStringLiteral("is_host"), true }, { QStringLiteral("version"), 99 },
                { QStringLiteral("favourite_colour"), QStringLiteral("teal") },
                { QStringLiteral("nested"), QJsonObject { { QStringLiteral("a"), QJsonArray { 1, 2 } } } } });
        QCOMPARE(reply.status, 201);
        const QJsonObject user = reply.json().value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("is_admin")), QJsonValue(false));
        QCOMPARE(user.value(QStringLiteral("is_host")), QJsonValue(false));
        QCOMPARE(user.value(QStringLiteral("version")), QJsonValue(1));
        QVERIFY(!user.contains(QStringLiteral("favourite_colour")));

        const QByteArray token = reply.json().value(QStringLiteral("access_token")).toString().toLatin1();
        const HttpReply patched = m_api.http().patch(kMe,
            { { QStringLiteral("is_admin"), true },
                { QStringLiteral("email"), QStringLiteral("someone-else@example.com") },
                { QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                { QStringLiteral("bio"), QStringLiteral("still me") } },
            token);
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json().value(QStringLiteral("is_admin")), QJsonValue(false));
        QCOMPARE(patched.json().value(QStringLiteral("email")).toString(), email.toLower());
        QCOMPARE(patched.json().value(QStringLiteral("id")), user.value(QStringLiteral("id")));
        QCOMPARE(patched.json().value(QStringLiteral("bio")).toString(), QStringLiteral("still me"));
    }

    void hostileStringsAreStoredVerbatim_data()
    {
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QString>("bio");
        QTest::newRow("bobby tables") << QStringLiteral("Robert'); DROP TABLE users;--")
                                      << QStringLiteral("' OR '1'='1");
        QTest::newRow("comment and semicolon")
            << QStringLiteral("a\"; --") << QStringLiteral("1; SELECT pg_sleep(10); --");
        QTest::newRow("backslashes") << QStringLiteral("C:\\\\temp\\'") << QStringLiteral("\\x00 \\\\ $1 $$ E'\\n'");
        QTest::newRow("html") << QStringLiteral("<script>alert(1)</script>") << QStringLiteral("<b>&amp;</b>");
        QTest::newRow("unicode") << QStringLiteral("Zoë 🏠 日本語") << QStringLiteral("naïve café\nsecond line\ttab");
        QTest::newRow("format specifiers") << QStringLiteral("%s%n%x %1") << QStringLiteral("{0} ${x} %(name)s");
    }
    void hostileStringsAreStoredVerbatim()
    {
        QFETCH(QString, displayName);
        QFETCH(QString, bio);
        const HttpReply registered = m_api.http().post(kRegister,
            { { QStringLiteral("email"), uniqueEmail() },
                { QStringLiteral("password"), QStringLiteral("long enough secret") },
                { QStringLiteral("display_name"), displayName } });
        QCOMPARE(registered.status, 201);
        QCOMPARE(
            registered.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("display_name")).toString(),
            displayName);
        const QByteArray token = registered.json().value(QStringLiteral("access_token")).toString().toLatin1();
        const QString id
            = registered.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(m_api.http().patch(kMe, { { QStringLiteral("bio"), bio } }, token).status, 200);

        const QJsonObject me = m_api.http().get(kMe, token).json();
        QCOMPARE(me.value(QStringLiteral("display_name")).toString(), displayName);
        QCOMPARE(me.value(QStringLiteral("bio")).toString(), bio);
        const QJsonObject profile = m_api.http().get(QStringLiteral("/api/v1/users/") + id, m_user.accessToken).json();
        QCOMPARE(profile.value(QStringLiteral("display_name")).toString(), displayName);
        QCOMPARE(profile.value(QStringLiteral("bio")).toString(), bio);
    }

    void hostileLogin()
    {
        for (const QString& email :
            { QStringLiteral("' OR 1=1 --"), QStringLiteral("x@example.com' OR '1'='1"), QStringLiteral("%") }) {
            const HttpReply reply = m_api.http().post(QStringLiteral("/api/v1/auth/login"),
                { { QStringLiteral("email"), email }, { QStringLiteral("password"), QStringLiteral("' OR '1'='1") } });
            QCOMPARE(reply.status, 401);
            QCOMPARE(reply.errorCode(), QStringLiteral("invalid_credentials"));
        }
        // The users table is still there and still works.
        QVERIFY(!m_api.registerUser().id.isEmpty());
        QCOMPARE(m_api.http().get(kMe, m_user.accessToken).status, 200);
    }

    void testingHooks()
    {
        const HttpReply ran = m_api.http().post(
            QStringLiteral("/api/v1/test/run-due-jobs"), {}, {}, { { "X-Roost-Now", "2030-01-01T00:00:00Z" } });
        QCOMPARE(ran.status, 200);
        QVERIFY(ran.json().value(QStringLiteral("ran")).isDouble());
        QVERIFY(ran.json().value(QStringLiteral("ran")).toInteger(-1) >= 0);

        for (const QByteArray& bad : { QByteArrayLiteral("yesterday"), QByteArrayLiteral("2030-01-01"),
                 QByteArrayLiteral("2030-13-01T00:00:00Z") }) {
            const HttpReply reply = m_api.http().get(QStringLiteral("/healthz"), {}, { { "X-Roost-Now", bad } });
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.errorCode(), QStringLiteral("bad_request"));
            QVERIFY2(envelopeProblem(reply).isEmpty(), qPrintable(envelopeProblem(reply)));
        }
    }

    void testingHooksOffInProduction()
    {
        // X-Roost-Now moves "today", so past days of a listing's calendar tell whether it counted.
        const QJsonObject listing = m_api.createListing(m_user);
        QVERIFY(!listing.isEmpty());
        const QString availability = QStringLiteral("/api/v1/listings/%1/availability?from=2030-05-30&to=2030-06-02")
                                         .arg(listing.value(QStringLiteral("id")).toString());
        const Headers moved { { "X-Roost-Now", "2030-06-01T12:00:00Z" } };
        auto availableDays = [](const HttpReply& reply) {
            QStringList days;
            for (const QJsonValue day : reply.json().value(QStringLiteral("days")).toArray())
                if (day.toObject().value(QStringLiteral("available")).toBool())
                    days << day.toObject().value(QStringLiteral("date")).toString();
            return days;
        };
        const HttpReply inTest = m_api.http().get(availability, {}, moved);
        QCOMPARE(inTest.status, 200);
        QCOMPARE(availableDays(inTest), QStringList { QStringLiteral("2030-06-01") });

        ServerProcess production(
            m_api.databaseUrl(), { { QStringLiteral("ROOST_ENV"), QStringLiteral("production") } });
        QVERIFY(production.start());
        HttpClient http(production.baseUrl());
        const HttpReply hook = http.post(
            QStringLiteral("/api/v1/test/run-due-jobs"), {}, {}, { { "X-Roost-Now", "2030-01-01T00:00:00Z" } });
        QCOMPARE(hook.status, 404);
        QCOMPARE(hook.errorCode(), QStringLiteral("not_found"));
        QCOMPARE(http.get(QStringLiteral("/healthz"), {}, { { "X-Roost-Now", "yesterday" } }).status, 200);
        const HttpReply inProduction = http.get(availability, {}, moved);
        QCOMPARE(inProduction.status, 200);
        QCOMPARE(availableDays(inProduction),
            (QStringList { QStringLiteral("2030-05-30"), QStringLiteral("2030-05-31"), QStringLiteral("2030-06-01") }));
    }

    // Last: everything above must not have hurt the server.
    void serverStillHealthy()
    {
        QVERIFY(m_api.server().isRunning());
        const HttpReply reply = m_api.http().get(QStringLiteral("/healthz"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(m_api.http().get(kMe, m_user.accessToken).status, 200);
        QVERIFY2(!m_api.server().output().contains("unhandled error"), m_api.server().output().constData());
    }
};

QTEST_GUILESS_MAIN(TestConventions)
#include "tst_conventions.moc"
