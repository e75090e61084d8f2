// SPDX-License-Identifier: Apache-2.0
// Tokens over HTTP: refresh rotation and reuse detection, logout, forged access tokens and the
// password change that ends other logins (API.md, Auth and users; Precise rules, Accounts).
#include "ApiFixture.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace roost::test;

namespace {

const QString kMe = QStringLiteral("/api/v1/me");
const QString kRefresh = QStringLiteral("/api/v1/auth/refresh");
const QString kLogout = QStringLiteral("/api/v1/auth/logout");
const QString kLogin = QStringLiteral("/api/v1/auth/login");
// The fixture's signing key, so this test can forge tokens that are correct in every other way.
const QByteArray kSecret = QByteArrayLiteral("tst_authtokens-signing-key-0123456789abcdef");

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray base64Url(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
}

QJsonObject decodePart(const QByteArray& part)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(part, kBase64Url)).object();
}

QByteArray hs256(const QByteArray& input, const QByteArray& key)
{
    return QMessageAuthenticationCode::hash(input, key, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

/// A JWT built by hand: `header.payload.signature`, HS256 with `key`.
QByteArray jwt(const QJsonObject& header, const QJsonObject& payload, const QByteArray& key)
{
    const QByteArray input = base64Url(header) + '.' + base64Url(payload);
    return input + '.' + hs256(input, key);
}

const QJsonObject kHs256Header { { QStringLiteral("alg"), QStringLiteral("HS256") },
    { QStringLiteral("typ"), QStringLiteral("JWT") } };

struct Pair {
    QByteArray access;
    QByteArray refresh;
};

Pair pairOf(const HttpReply& reply)
{
    const QJsonObject body = reply.json();
    return { body.value(QStringLiteral("access_token")).toString().toLatin1(),
        body.value(QStringLiteral("refresh_token")).toString().toLatin1() };
}

} // namespace

class TestAuthTokens : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;

    HttpReply refresh(const QByteArray& token)
    {
        return m_api.http().post(kRefresh, { { QStringLiteral("refresh_token"), QString::fromLatin1(token) } });
    }
    HttpReply login(const TestUser& user, const QString& password)
    {
        return m_api.http().post(
            kLogin, { { QStringLiteral("email"), user.email }, { QStringLiteral("password"), password } });
    }
    int meStatus(const QByteArray& accessToken) { return m_api.http().get(kMe, accessToken).status; }
    HttpReply meWithAuthorization(const QByteArray& authorization)
    {
        return m_api.http().get(kMe, {}, { { QByteArrayLiteral("Authorization"), authorization } });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_api.start({ { QStringLiteral("ROOST_JWT_SECRET"), QString::fromLatin1(kSecret) } }));
    }

    void refreshRotatesThePair()
    {
        const TestUser user = m_api.registerUser();
        QVERIFY(!user.id.isEmpty());
        const HttpReply reply = refresh(user.refreshToken);
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString(), user.id);
        QCOMPARE(body.value(QStringLiteral("expires_in")), QJsonValue(900));
        const Pair next = pairOf(reply);
        QVERIFY(!next.refresh.isEmpty());
        QVERIFY(next.refresh != user.refreshToken);
        QCOMPARE(meStatus(next.access), 200);
        // The new refresh token rotates again; each one is good for exactly one use.
        const HttpReply again = refresh(next.refresh);
        QCOMPARE(again.status, 200);
        QCOMPARE(meStatus(pairOf(again).access), 200);
    }

    void refreshValidation()
    {
        const HttpReply missing = m_api.http().post(kRefresh, {});
        QCOMPARE(missing.status, 422);
        QVERIFY(missing.errorFields().contains(QStringLiteral("refresh_token")));
        const HttpReply unknown = refresh("not-a-token-anyone-was-given");
        QCOMPARE(unknown.status, 401);
    }

    void reusedRefreshTokenEndsTheLogin()
    {
        const TestUser user = m_api.registerUser();
        const HttpReply first = refresh(user.refreshToken);
        QCOMPARE(first.status, 200);
        const Pair second = pairOf(first);
        const HttpReply secondRefresh = refresh(second.refresh);
        QCOMPARE(secondRefresh.status, 200);
        const Pair newest = pairOf(secondRefresh);
        // Another login of the same user, which reuse detection must leave alone.
        const HttpReply otherLogin = login(user, user.password);
        QCOMPARE(otherLogin.status, 200);
        const Pair other = pairOf(otherLogin);

        // The original, spent refresh token comes back: someone else holds a copy.
        const HttpReply reused = refresh(user.refreshToken);
        QCOMPARE(reused.status, 401);
        QCOMPARE(reused.errorCode(), QStringLiteral("token_reused"));

        // Every token of that login is dead now: the newest refresh token and all access tokens.
        QCOMPARE(refresh(newest.refresh).status, 401);
        QCOMPARE(meStatus(user.accessToken), 401);
        QCOMPARE(meStatus(second.access), 401);
        QCOMPARE(meStatus(newest.access), 401);
        // The other login stands.
        QCOMPARE(meStatus(other.access), 200);
        QCOMPARE(refresh(other.refresh).status, 200);
    }

    void logoutEndsTheLogin()
    {
        const TestUser user = m_api.registerUser();
        const HttpReply otherLogin = login(user, user.password);
        QCOMPARE(otherLogin.status, 200);
        QCOMPARE(meStatus(user.accessToken), 200);

        const HttpReply reply = m_api.http().post(
            kLogout, { { QStringLiteral("refresh_token"), QString::fromLatin1(user.refreshToken) } });
        QCOMPARE(reply.status, 204);
        QVERIFY(reply.body.isEmpty());
        const HttpReply afterwards = refresh(user.refreshToken);
        QCOMPARE(afterwards.status, 401);
        QCOMPARE(meStatus(user.accessToken), 401);
        // Logout ends that login only.
        QCOMPARE(meStatus(pairOf(otherLogin).access), 200);
    }

    void forgedAccessTokens_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char* kind : { "signature flipped", "alg none", "alg none with signature", "alg HS512", "other key",
                 "future iat", "expired", "payload edited", "two parts", "garbage", "empty sid" })
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }
    void forgedAccessTokens()
    {
        QFETCH(QString, kind);
        const TestUser user = m_api.registerUser();
        QVERIFY(!user.id.isEmpty());
        const QList<QByteArray> parts = user.accessToken.split('.');
        QCOMPARE(parts.size(), 3);
        const QJsonObject payload = decodePart(parts[1]);
        QVERIFY(payload.contains(QStringLiteral("sub")));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        auto withTimes = [&payload](qint64 iat, qint64 exp) {
            QJsonObject p = payload;
            p.insert(QStringLiteral("iat"), iat);
            p.insert(QStringLiteral("exp"), exp);
            return p;
        };

        // Control: a token built here the same way, with the fixture's key, is accepted, so each
        // rejection below is down to the one thing the row changes.
        QCOMPARE(meStatus(jwt(kHs256Header, withTimes(now - 5, now + 600), kSecret)), 200);

        QByteArray token;
        if (kind == QLatin1String("signature flipped")) {
            QByteArray signature = parts[2];
            signature[0] = signature[0] == 'A' ? 'B' : 'A';
            token = parts[0] + '.' + parts[1] + '.' + signature;
        } else if (kind == QLatin1String("alg none")) {
            token = base64Url({ { QStringLiteral("alg"), QStringLiteral("none") },
                        { QStringLiteral("typ"), QStringLiteral("JWT") } })
                + '.' + parts[1] + '.';
        } else if (kind == QLatin1String("alg none with signature")) {
            token = base64Url({ { QStringLiteral("alg"), QStringLiteral("none") } }) + '.' + parts[1] + '.' + parts[2];
        } else if (kind == QLatin1String("alg HS512")) {
            const QByteArray input = base64Url({ { QStringLiteral("alg"), QStringLiteral("HS512") } }) + '.' + parts[1];
            token = input + '.'
                + QMessageAuthenticationCode::hash(input, kSecret, QCryptographicHash::Sha512).toBase64(kBase64Url);
        } else if (kind == QLatin1String("other key")) {
            token = jwt(kHs256Header, withTimes(now - 5, now + 600),
                QByteArrayLiteral("some-other-key-of-at-least-32-bytes!!"));
        } else if (kind == QLatin1String("future iat")) {
            token = jwt(kHs256Header, withTimes(now + 3600, now + 3600 + 900), kSecret);
        } else if (kind == QLatin1String("expired")) {
            token = jwt(kHs256Header, withTimes(now - 2000, now - 1100), kSecret);
        } else if (kind == QLatin1String("payload edited")) {
            // A genuine signature over someone else's claims.
            QJsonObject p = payload;
            p.insert(QStringLiteral("exp"), now + 100000);
            token = parts[0] + '.' + base64Url(p) + '.' + parts[2];
        } else if (kind == QLatin1String("two parts")) {
            token = parts[0] + '.' + parts[1];
        } else if (kind == QLatin1String("garbage")) {
            token = "%%%.***.~~~";
        } else if (kind == QLatin1String("empty sid")) {
            QJsonObject p = withTimes(now - 5, now + 600);
            p.insert(QStringLiteral("sid"), QString());
            token = jwt(kHs256Header, p, kSecret);
        }
        const HttpReply reply = m_api.http().get(kMe, token);
        QCOMPARE(reply.status, 401);
        QVERIFY2(reply.errorCode() == QLatin1String("unauthenticated")
                || reply.errorCode() == QLatin1String("token_expired"),
            reply.body.constData());
        if (kind == QLatin1String("expired"))
            QCOMPARE(reply.errorCode(), QStringLiteral("token_expired"));
    }

    void authorizationScheme_data()
    {
        QTest::addColumn<QByteArray>("scheme"); // sent in front of a valid access token
        QTest::newRow("Basic") << QByteArrayLiteral("Basic ");
        QTest::newRow("Token") << QByteArrayLiteral("Token ");
        QTest::newRow("no scheme") << QByteArray();
        QTest::newRow("Bearer without space") << QByteArrayLiteral("Bearer");
        QTest::newRow("Bearer glued") << QByteArrayLiteral("Bearer:");
    }
    void authorizationScheme()
    {
        QFETCH(QByteArray, scheme);
        const TestUser user = m_api.registerUser();
        QCOMPARE(meWithAuthorization("Bearer " + user.accessToken).status, 200);
        const HttpReply reply = meWithAuthorization(scheme + user.accessToken);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), QStringLiteral("unauthenticated"));
    }

    void missingAuthorization()
    {
        const HttpReply reply = m_api.http().get(kMe);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), QStringLiteral("unauthenticated"));
        QCOMPARE(meWithAuthorization("Bearer ").status, 401);
    }

    void passwordChangeValidation_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        const QString good = QStringLiteral("a brand new password");
        QTest::newRow("wrong current") << QJsonObject { { QStringLiteral("new_password"), good },
            { QStringLiteral("current_password"), QStringLiteral("not my password") } }
                                       << QStringLiteral("current_password");
        QTest::newRow("current missing") << QJsonObject { { QStringLiteral("new_password"), good } }
                                         << QStringLiteral("current_password");
        QTest::newRow("new too short") << QJsonObject { { QStringLiteral("new_password"), QStringLiteral("short") },
            { QStringLiteral("current_password"), QStringLiteral("correct horse battery") } }
                                       << QStringLiteral("new_password");
        QTest::newRow("new as number") << QJsonObject { { QStringLiteral("new_password"), 12345678901234.0 },
            { QStringLiteral("current_password"), QStringLiteral("correct horse battery") } }
                                       << QStringLiteral("new_password");
    }
    void passwordChangeValidation()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const TestUser user = m_api.registerUser();
        const HttpReply reply = m_api.http().patch(kMe, body, user.accessToken);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), QStringLiteral("validation_failed"));
        QVERIFY2(reply.errorFields().contains(field), reply.body.constData());
        // Nothing changed: the old password still signs in.
        QCOMPARE(login(user, user.password).status, 200);
    }

    void passwordChangeEndsOtherLogins()
    {
        const TestUser user = m_api.registerUser();
        const HttpReply second = login(user, user.password);
        const HttpReply third = login(user, user.password);
        QCOMPARE(second.status, 200);
        QCOMPARE(third.status, 200);
        const QString newPassword = QStringLiteral("an entirely new passphrase");

        const HttpReply reply = m_api.http().patch(kMe,
            { { QStringLiteral("new_password"), newPassword }, { QStringLiteral("current_password"), user.password } },
            user.accessToken);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("id")).toString(), user.id);
        QVERIFY(!reply.json().contains(QStringLiteral("password")));
        QVERIFY(!reply.body.contains("scrypt"));

        // The login that changed it goes on; every other one has ended, refresh tokens included.
        QCOMPARE(meStatus(user.accessToken), 200);
        QCOMPARE(meStatus(pairOf(second).access), 401);
        QCOMPARE(meStatus(pairOf(third).access), 401);
        QCOMPARE(refresh(pairOf(third).refresh).status, 401);
        QCOMPARE(refresh(user.refreshToken).status, 200);

        const HttpReply oldPassword = login(user, user.password);
        QCOMPARE(oldPassword.status, 401);
        QCOMPARE(oldPassword.errorCode(), QStringLiteral("invalid_credentials"));
        QCOMPARE(login(user, newPassword).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestAuthTokens)
#include "tst_authtokens.moc"
