// SPDX-License-Identifier: Apache-2.0
// Profiles over HTTP: GET/PATCH /me with ETags and versions, and the public profile
// (API.md, Auth and users; Conventions; Precise rules, Creates, versions, idempotency).
#include "ApiFixture.h"

#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace roost::test;

namespace {

const QString kMe = QStringLiteral("/api/v1/me");

QString usersPath(const QString& id)
{
    return QStringLiteral("/api/v1/users/") + id;
}

qint64 versionOf(const HttpReply& reply)
{
    return reply.json().value(QStringLiteral("version")).toInteger(-1);
}

} // namespace

class TestUsers : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;

    HttpReply me(const TestUser& user, const Headers& headers = {})
    {
        return m_api.http().get(kMe, user.accessToken, headers);
    }
    HttpReply patchMe(const TestUser& user, const QJsonObject& body, const Headers& headers = {})
    {
        return m_api.http().patch(kMe, body, user.accessToken, headers);
    }

private slots:
    void initTestCase() { QVERIFY(m_api.start()); }

    void getMeSendsETag()
    {
        const TestUser user = m_api.registerUser(QStringLiteral("Etag Person"));
        QVERIFY(!user.id.isEmpty());
        const HttpReply reply = me(user);
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(QStringLiteral("id")).toString(), user.id);
        QCOMPARE(body.value(QStringLiteral("email")).toString(), user.email.toLower());
        QCOMPARE(body.value(QStringLiteral("display_name")).toString(), QStringLiteral("Etag Person"));
        const qint64 version = versionOf(reply);
        QVERIFY(version >= 1);
        QCOMPARE(reply.header("ETag"), '"' + QByteArray::number(version) + '"');

        const HttpReply same = me(user, { { "If-None-Match", reply.header("ETag") } });
        QCOMPARE(same.status, 304);
        QVERIFY(same.body.isEmpty());
        QCOMPARE(same.header("ETag"), reply.header("ETag"));

        const HttpReply stale = me(user, { { "If-None-Match", "\"" + QByteArray::number(version + 7) + "\"" } });
        QCOMPARE(stale.status, 200);
        QCOMPARE(stale.json(), body);
    }

    void patchAppliesAndVersionGrows()
    {
        const TestUser user = m_api.registerUser();
        qint64 version = versionOf(me(user));
        const QList<QJsonObject> edits {
            { { QStringLiteral("display_name"), QStringLiteral("  Ada Lovelace  ") } },
            { { QStringLiteral("bio"), QStringLiteral("Host in Amsterdam.\nLoves canals.") } },
            { { QStringLiteral("phone"), QStringLiteral(" +31 (20) 555-0100 ") } },
            { { QStringLiteral("bio"), QString() }, { QStringLiteral("phone"), QString() } },
            { { QStringLiteral("display_name"), QStringLiteral("Ada") }, { QStringLiteral("unknown_field"), 12 } },
        };
        const QList<QJsonObject> expected {
            { { QStringLiteral("display_name"), QStringLiteral("Ada Lovelace") } },
            { { QStringLiteral("bio"), QStringLiteral("Host in Amsterdam.\nLoves canals.") } },
            { { QStringLiteral("phone"), QStringLiteral("+31 (20) 555-0100") } },
            { { QStringLiteral("bio"), QString() }, { QStringLiteral("phone"), QString() } },
            { { QStringLiteral("display_name"), QStringLiteral("Ada") } },
        };
        for (qsizetype i = 0; i < edits.size(); ++i) {
            const HttpReply reply = patchMe(user, edits[i]);
            QCOMPARE(reply.status, 200);
            const QJsonObject body = reply.json();
            for (auto it = expected[i].begin(); it != expected[i].end(); ++it)
                QCOMPARE(body.value(it.key()), it.value());
            QVERIFY(!body.contains(QStringLiteral("unknown_field")));
            QVERIFY2(versionOf(reply) > version, qPrintable(QStringLiteral("edit %1").arg(i)));
            version = versionOf(reply);
            QCOMPARE(reply.header("ETag"), '"' + QByteArray::number(version) + '"');
            // What PATCH answered is what GET now shows.
            QCOMPARE(me(user).json(), body);
        }
    }

    void patchValidation_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        auto row = [](const char* tag, const char* field, const QJsonValue& value) {
            QTest::newRow(tag) << QJsonObject { { QLatin1String(field), value } } << QString::fromLatin1(field);
        };
        row("display_name empty", "display_name", QString());
        row("display_name blank", "display_name", QStringLiteral("   "));
        row("display_name 81 chars", "display_name", QString(81, QLatin1Char('x')));
        row("display_name number", "display_name", 42);
        row("display_name bell", "display_name", QStringLiteral("Ann\aBell"));
        row("display_name newline", "display_name", QStringLiteral("Ann\nNewline"));
        row("display_name array", "display_name", QJsonArray { QStringLiteral("Ann") });
        row("bio 2001 chars", "bio", QString(2001, QLatin1Char('b')));
        row("bio number", "bio", 7);
        row("bio object", "bio", QJsonObject { { QStringLiteral("text"), QStringLiteral("hi") } });
        row("bio escape char", "bio", QStringLiteral("hello\x1b[31m red"));
        row("phone letters", "phone", QStringLiteral("call me maybe"));
        row("phone 33 chars", "phone", QString(33, QLatin1Char('1')));
        row("phone number", "phone", 31205550100.0);
        row("phone bool", "phone", true);
    }
    void patchValidation()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const TestUser user = m_api.registerUser(QStringLiteral("Unchanged"));
        const HttpReply before = me(user);
        const HttpReply reply = patchMe(user, body);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), QStringLiteral("validation_failed"));
        QCOMPARE(reply.errorFields().keys(), QStringList { field });
        // A refused edit writes nothing: same profile, same version.
        QCOMPARE(me(user).json(), before.json());
    }

    void patchLimitsAreInclusive()
    {
        const TestUser user = m_api.registerUser();
        const QJsonObject body { { QStringLiteral("display_name"), QString(80, QLatin1Char('n')) },
            { QStringLiteral("bio"), QString(2000, QLatin1Char('b')) },
            { QStringLiteral("phone"), QString(32, QLatin1Char('5')) } };
        const HttpReply reply = patchMe(user, body);
        QCOMPARE(reply.status, 200);
        for (auto it = body.begin(); it != body.end(); ++it)
            QCOMPARE(reply.json().value(it.key()), it.value());
    }

    void ifMatchMismatchConflicts()
    {
        const TestUser user = m_api.registerUser(QStringLiteral("Before"));
        QCOMPARE(patchMe(user, { { QStringLiteral("bio"), QStringLiteral("first edit") } }).status, 200);
        const HttpReply current = me(user);
        const qint64 version = versionOf(current);
        QVERIFY(version >= 2);

        for (const QByteArray& stale :
            QByteArrayList { QByteArray::number(version - 1), "\"" + QByteArray::number(version + 1) + "\"" }) {
            const HttpReply reply = patchMe(
                user, { { QStringLiteral("display_name"), QStringLiteral("After") } }, { { "If-Match", stale } });
            QCOMPARE(reply.status, 409);
            QCOMPARE(reply.errorCode(), QStringLiteral("version_conflict"));
            // error.current is the profile as it is now, so the client can merge without a GET.
            QCOMPARE(reply.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("current")).toObject(),
                current.json());
        }
        // The body's "version" is the same check.
        const HttpReply viaBody = patchMe(user,
            { { QStringLiteral("display_name"), QStringLiteral("After") },
                { QStringLiteral("version"), version - 1 } });
        QCOMPARE(viaBody.status, 409);
        QCOMPARE(viaBody.errorCode(), QStringLiteral("version_conflict"));
        QCOMPARE(me(user).json(), current.json());
    }

    void ifMatchForms_data()
    {
        QTest::addColumn<QString>("format"); // %1 is the current version
        QTest::newRow("bare") << QStringLiteral("%1");
        QTest::newRow("quoted") << QStringLiteral("\"%1\"");
        QTest::newRow("weak") << QStringLiteral("W/\"%1\"");
        QTest::newRow("spaces") << QStringLiteral("  \"%1\"  ");
    }
    void ifMatchForms()
    {
        QFETCH(QString, format);
        const TestUser user = m_api.registerUser();
        QCOMPARE(patchMe(user, { { QStringLiteral("bio"), QStringLiteral("one") } }).status, 200);
        QCOMPARE(patchMe(user, { { QStringLiteral("bio"), QStringLiteral("two") } }).status, 200);
        const qint64 version = versionOf(me(user));
        QVERIFY(version >= 3);
        const HttpReply reply = patchMe(user, { { QStringLiteral("bio"), QStringLiteral("three") } },
            { { "If-Match", format.arg(version).toLatin1() } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("bio")).toString(), QStringLiteral("three"));
        QVERIFY(versionOf(reply) > version);
        // The same If-Match again is now stale.
        const HttpReply again = patchMe(user, { { QStringLiteral("bio"), QStringLiteral("four") } },
            { { "If-Match", format.arg(version).toLatin1() } });
        QCOMPARE(again.status, 409);
    }

    void publicProfile()
    {
        const TestUser owner = m_api.registerUser(QStringLiteral("Public Person"));
        const TestUser viewer = m_api.registerUser();
        QCOMPARE(patchMe(owner,
                     { { QStringLiteral("bio"), QStringLiteral("I like boats.") },
                         { QStringLiteral("phone"), QStringLiteral("+31 6 1234 5678") } })
                     .status,
            200);
        const QJsonObject mine = me(owner).json();

        const HttpReply reply = m_api.http().get(usersPath(owner.id), viewer.accessToken);
        QCOMPARE(reply.status, 200);
        const QJsonObject profile = reply.json();
        QStringList keys = profile.keys();
        keys.sort();
        QCOMPARE(keys,
            (QStringList { QStringLiteral("bio"), QStringLiteral("display_name"), QStringLiteral("host_rating"),
                QStringLiteral("id"), QStringLiteral("is_host"), QStringLiteral("joined_at"),
                QStringLiteral("review_count") }));
        QCOMPARE(profile.value(QStringLiteral("id")).toString(), owner.id);
        QCOMPARE(profile.value(QStringLiteral("display_name")).toString(), QStringLiteral("Public Person"));
        QCOMPARE(profile.value(QStringLiteral("bio")).toString(), QStringLiteral("I like boats."));
        QCOMPARE(profile.value(QStringLiteral("joined_at")), mine.value(QStringLiteral("created_at")));
        QCOMPARE(profile.value(QStringLiteral("is_host")), QJsonValue(false));
        QVERIFY(profile.value(QStringLiteral("host_rating")).isNull());
        QCOMPARE(profile.value(QStringLiteral("review_count")), QJsonValue(0));
        // Never the contact details, anywhere in the answer.
        QVERIFY(!reply.body.contains(owner.email.toLower().toUtf8()));
        QVERIFY(!reply.body.contains("1234 5678"));
    }

    void publicProfileSendsETag()
    {
        // API.md, Conventions: "GET of a single object sends ETag; If-None-Match answers 304".
        const TestUser owner = m_api.registerUser();
        const TestUser viewer = m_api.registerUser();
        const HttpReply first = m_api.http().get(usersPath(owner.id), viewer.accessToken);
        QCOMPARE(first.status, 200);
        const QByteArray etag = first.header("ETag");
        QVERIFY2(!etag.isEmpty(), "no ETag on GET /users/{id}");
        const HttpReply cached
            = m_api.http().get(usersPath(owner.id), viewer.accessToken, { { "If-None-Match", etag } });
        QCOMPARE(cached.status, 304);
        // A change to what the profile shows changes the ETag.
        QCOMPARE(patchMe(owner, { { QStringLiteral("bio"), QStringLiteral("changed") } }).status, 200);
        const HttpReply changed
            = m_api.http().get(usersPath(owner.id), viewer.accessToken, { { "If-None-Match", etag } });
        QCOMPARE(changed.status, 200);
        QVERIFY(changed.header("ETag") != etag);
    }

    void publicProfileUnknown_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("unknown uuid") << QUuid::createUuid().toString(QUuid::WithoutBraces);
        QTest::newRow("nil uuid") << QStringLiteral("00000000-0000-0000-0000-000000000000");
        QTest::newRow("not a uuid") << QStringLiteral("not-a-uuid");
        QTest::newRow("number") << QStringLiteral("12345");
        QTest::newRow("uuid with braces") << QUuid::createUuid().toString();
        QTest::newRow("quote") << QStringLiteral("x'%20OR%20'1'='1");
    }
    void publicProfileUnknown()
    {
        QFETCH(QString, id);
        const TestUser viewer = m_api.registerUser();
        const HttpReply reply = m_api.http().get(usersPath(id), viewer.accessToken);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), QStringLiteral("not_found"));
    }

    void becomesHostByCreatingAListing()
    {
        const TestUser host = m_api.registerUser(QStringLiteral("Future Host"));
        const TestUser viewer = m_api.registerUser();
        const qint64 before = versionOf(me(host));
        QCOMPARE(m_api.http().get(usersPath(host.id), viewer.accessToken).json().value(QStringLiteral("is_host")),
            QJsonValue(false));

        const HttpReply created
            = m_api.http().post(QStringLiteral("/api/v1/listings"), ApiFixture::listingBody(), host.accessToken);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(QStringLiteral("host_id")).toString(), host.id);

        QCOMPARE(m_api.http().get(usersPath(host.id), viewer.accessToken).json().value(QStringLiteral("is_host")),
            QJsonValue(true));
        const HttpReply after = me(host);
        QCOMPARE(after.json().value(QStringLiteral("is_host")), QJsonValue(true));
        // The server's own write bumps the version too, so cached profiles are refreshed.
        QVERIFY(versionOf(after) > before);
        // A second listing changes nothing more about the user.
        QCOMPARE(
            m_api.http().post(QStringLiteral("/api/v1/listings"), ApiFixture::listingBody(), host.accessToken).status,
            201);
        QCOMPARE(versionOf(me(host)), versionOf(after));
        // The viewer, who has no listing, is still a guest.
        QCOMPARE(me(viewer).json().value(QStringLiteral("is_host")), QJsonValue(false));
    }

    void profileNeedsAuthentication()
    {
        QCOMPARE(m_api.http().get(kMe).status, 401);
        const HttpReply reply = m_api.http().patch(kMe, { { QStringLiteral("bio"), QStringLiteral("x") } });
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), QStringLiteral("unauthenticated"));
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
