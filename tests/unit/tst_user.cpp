// SPDX-License-Identifier: Apache-2.0
#include "roost/Error.h"
#include "roost/JsonReader.h"
#include "roost/User.h"

#include <QJsonDocument>
#include <QTest>

using namespace roost;

namespace {

QJsonObject json(const char* text)
{
    return *parseJsonObject(QByteArray(text));
}

// The field errors a parse throws, or an empty map when it succeeds.
template<typename Parse>
FieldErrors errorsOf(Parse parse)
{
    try {
        parse();
    } catch (const Error& error) {
        if (error.code() != ErrorCode::ValidationFailed)
            return {{QStringLiteral("<code>"), errorCodeName(error.code())}};
        return error.fields();
    }
    return {};
}

QString repeated(char c, int count)
{
    return QString(count, QLatin1Char(c));
}

QJsonObject registration(const QJsonValue& email, const QJsonValue& password, const QJsonValue& name)
{
    QJsonObject body{{QStringLiteral("email"), email},
                     {QStringLiteral("password"), password},
                     {QStringLiteral("display_name"), name}};
    for (const QString& key : body.keys()) {
        if (body.value(key).isUndefined())
            body.remove(key);
    }
    return body;
}

} // namespace

class TestUser : public QObject
{
    Q_OBJECT

private slots:
    void registrationValid()
    {
        const Registration r = parseRegistration(
            json("{\"email\": \" Ann@Example.com \", \"password\": \"0123456789\", \"display_name\": \"  Ann \","
                 " \"unknown\": 1}"));
        QCOMPARE(r.email.value(), QStringLiteral("ann@example.com"));
        QCOMPARE(r.password, QStringLiteral("0123456789"));
        QCOMPARE(r.displayName, QStringLiteral("Ann"));
    }

    void registrationRules_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field"); // empty = accepted
        QTest::addColumn<QString>("reason");
        const QJsonValue email(QStringLiteral("ann@example.com"));
        const QJsonValue password(QStringLiteral("0123456789"));
        const QJsonValue name(QStringLiteral("Ann"));
        const QJsonValue absent(QJsonValue::Undefined);
        const QString e = QStringLiteral("email"), p = QStringLiteral("password"), d = QStringLiteral("display_name");

        QTest::newRow("valid") << registration(email, password, name) << QString() << QString();
        QTest::newRow("email missing") << registration(absent, password, name) << e << QStringLiteral("is required");
        QTest::newRow("email null") << registration(QJsonValue::Null, password, name) << e << QStringLiteral("is required");
        QTest::newRow("email number") << registration(42, password, name) << e << QStringLiteral("must be a string");
        QTest::newRow("email invalid") << registration(QStringLiteral("ann"), password, name) << e
                                       << QStringLiteral("must be a valid email address");
        QTest::newRow("password missing") << registration(email, absent, name) << p << QStringLiteral("is required");
        QTest::newRow("password number") << registration(email, 1234567890, name) << p
                                         << QStringLiteral("must be a string");
        QTest::newRow("password 9") << registration(email, repeated('x', 9), name) << p
                                    << QStringLiteral("must be at least 10 characters");
        QTest::newRow("password 10") << registration(email, repeated('x', 10), name) << QString() << QString();
        QTest::newRow("password 10 with spaces") << registration(email, QStringLiteral("    x     "), name) << QString()
                                                 << QString();
        QTest::newRow("password 1024") << registration(email, repeated('x', 1024), name) << QString() << QString();
        QTest::newRow("password 1025") << registration(email, repeated('x', 1025), name) << p
                                       << QStringLiteral("must be at most 1024 characters");
        QTest::newRow("name missing") << registration(email, password, absent) << d << QStringLiteral("is required");
        QTest::newRow("name blank") << registration(email, password, QStringLiteral("   ")) << d
                                    << QStringLiteral("must be between 1 and 80 characters");
        QTest::newRow("name 1") << registration(email, password, QStringLiteral("A")) << QString() << QString();
        QTest::newRow("name 80") << registration(email, password, repeated('n', 80)) << QString() << QString();
        QTest::newRow("name 80 plus spaces") << registration(email, password, QString(QStringLiteral(" ") + repeated('n', 80) + QStringLiteral(" ")))
                                             << QString() << QString();
        QTest::newRow("name 81") << registration(email, password, repeated('n', 81)) << d
                                 << QStringLiteral("must be between 1 and 80 characters");
        QTest::newRow("name boolean") << registration(email, password, true) << d << QStringLiteral("must be a string");
        QTest::newRow("name newline") << registration(email, password, QStringLiteral("An\nn")) << d
                                      << QStringLiteral("must not contain control characters");
    }
    void registrationRules()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const FieldErrors errors = errorsOf([&] { parseRegistration(body); });
        if (field.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.keys().join(u',')));
        } else {
            QCOMPARE(errors.keys(), QStringList{field});
            QCOMPARE(errors.value(field), reason);
        }
    }

    void registrationListsEveryBadField()
    {
        const FieldErrors errors = errorsOf([] {
            parseRegistration(json("{\"email\": \"nope\", \"password\": \"short\", \"display_name\": \"\"}"));
        });
        QCOMPARE(errors.keys(), (QStringList{QStringLiteral("display_name"), QStringLiteral("email"),
                                              QStringLiteral("password")}));
        QCOMPARE(errorsOf([] { parseRegistration(QJsonObject()); }).size(), 3);
    }

    void profileChanges_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field"); // empty = accepted
        QTest::addColumn<QString>("reason");
        const QByteArray bio2000 = "{\"bio\": \"" + QByteArray(2000, 'b') + "\"}";
        const QByteArray bio2001 = "{\"bio\": \"" + QByteArray(2001, 'b') + "\"}";
        QTest::newRow("empty body") << QByteArray("{}") << QString() << QString();
        QTest::newRow("nulls are absent") << QByteArray("{\"bio\": null, \"phone\": null}") << QString() << QString();
        QTest::newRow("display name") << QByteArray("{\"display_name\": \" Bo \"}") << QString() << QString();
        QTest::newRow("display name blank") << QByteArray("{\"display_name\": \"\"}") << QStringLiteral("display_name")
                                            << QStringLiteral("must be between 1 and 80 characters");
        QTest::newRow("bio 2000") << bio2000 << QString() << QString();
        QTest::newRow("bio 2001") << bio2001 << QStringLiteral("bio") << QStringLiteral("must be at most 2000 characters");
        QTest::newRow("bio multi-line") << QByteArray("{\"bio\": \"a\\nb\"}") << QString() << QString();
        QTest::newRow("bio control") << QByteArray("{\"bio\": \"a\\u001bb\"}") << QStringLiteral("bio")
                                     << QStringLiteral("must not contain control characters");
        QTest::newRow("bio number") << QByteArray("{\"bio\": 5}") << QStringLiteral("bio") << QStringLiteral("must be a string");
        QTest::newRow("phone") << QByteArray("{\"phone\": \"+44 (20) 7946-0958\"}") << QString() << QString();
        QTest::newRow("phone cleared") << QByteArray("{\"phone\": \"\"}") << QString() << QString();
        QTest::newRow("phone 32") << QByteArray("{\"phone\": \"" + QByteArray(32, '1') + "\"}") << QString() << QString();
        QTest::newRow("phone 33") << QByteArray("{\"phone\": \"" + QByteArray(33, '1') + "\"}") << QStringLiteral("phone")
                                  << QStringLiteral("must be at most 32 characters");
        QTest::newRow("phone letters") << QByteArray("{\"phone\": \"call me\"}") << QStringLiteral("phone")
                                       << QStringLiteral("may contain only digits, spaces and + - ( )");
        QTest::newRow("phone number type") << QByteArray("{\"phone\": 5551234}") << QStringLiteral("phone")
                                           << QStringLiteral("must be a string");
        QTest::newRow("new password with current") << QByteArray("{\"new_password\": \"0123456789\", \"current_password\": \"old\"}")
                                                   << QString() << QString();
        QTest::newRow("new password without current") << QByteArray("{\"new_password\": \"0123456789\"}")
                                                      << QStringLiteral("current_password")
                                                      << QStringLiteral("is required to change the password");
        QTest::newRow("new password, empty current") << QByteArray("{\"new_password\": \"0123456789\", \"current_password\": \"\"}")
                                                     << QStringLiteral("current_password")
                                                     << QStringLiteral("is required to change the password");
        QTest::newRow("new password short") << QByteArray("{\"new_password\": \"012345678\", \"current_password\": \"old\"}")
                                            << QStringLiteral("new_password") << QStringLiteral("must be at least 10 characters");
        QTest::newRow("current password number") << QByteArray("{\"new_password\": \"0123456789\", \"current_password\": 1}")
                                                  << QStringLiteral("current_password") << QStringLiteral("must be a string");
        QTest::newRow("current alone is ignored") << QByteArray("{\"current_password\": \"old\"}") << QString() << QString();
    }
    void profileChanges()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const FieldErrors errors = errorsOf([&] { parseProfileChanges(*parseJsonObject(body)); });
        if (field.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.keys().join(u',')));
        } else {
            QCOMPARE(errors.keys(), QStringList{field});
            QCOMPARE(errors.value(field), reason);
        }
    }

    void applyProfileChanges()
    {
        User user;
        user.displayName = QStringLiteral("Ann");
        user.bio = QStringLiteral("old bio");
        user.phone = QStringLiteral("123");
        const ProfileChanges changes = parseProfileChanges(
            json("{\"display_name\": \" Annie \", \"phone\": \"\", \"new_password\": \"0123456789\","
                 " \"current_password\": \"secret-old\"}"));
        QCOMPARE(changes.newPassword, std::optional<QString>(QStringLiteral("0123456789")));
        QCOMPARE(changes.currentPassword, std::optional<QString>(QStringLiteral("secret-old")));
        roost::applyProfileChanges(user, changes);
        QCOMPARE(user.displayName, QStringLiteral("Annie"));
        QCOMPARE(user.bio, QStringLiteral("old bio"));
        QCOMPARE(user.phone, QString());
        QCOMPARE(user.version, qint64(1));
    }

    void credentials_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        QTest::newRow("valid") << QByteArray("{\"email\": \"Ann@Example.com \", \"password\": \"x\"}") << QString() << QString();
        QTest::newRow("email not checked") << QByteArray("{\"email\": \"not-an-email\", \"password\": \"x\"}") << QString()
                                           << QString();
        QTest::newRow("email missing") << QByteArray("{\"password\": \"x\"}") << QStringLiteral("email")
                                       << QStringLiteral("is required");
        QTest::newRow("email empty") << QByteArray("{\"email\": \"\", \"password\": \"x\"}") << QStringLiteral("email")
                                     << QStringLiteral("is required");
        QTest::newRow("email blank") << QByteArray("{\"email\": \"  \", \"password\": \"x\"}") << QStringLiteral("email")
                                     << QStringLiteral("is required");
        QTest::newRow("email 255") << QByteArray("{\"email\": \"" + QByteArray(255, 'e') + "\", \"password\": \"x\"}")
                                   << QStringLiteral("email") << QStringLiteral("must be at most 254 characters");
        QTest::newRow("email number") << QByteArray("{\"email\": 1, \"password\": \"x\"}") << QStringLiteral("email")
                                      << QStringLiteral("must be a string");
        QTest::newRow("password missing") << QByteArray("{\"email\": \"a@b.c\"}") << QStringLiteral("password")
                                          << QStringLiteral("is required");
        QTest::newRow("password empty") << QByteArray("{\"email\": \"a@b.c\", \"password\": \"\"}")
                                        << QStringLiteral("password") << QStringLiteral("is required");
        QTest::newRow("password boolean") << QByteArray("{\"email\": \"a@b.c\", \"password\": true}")
                                          << QStringLiteral("password") << QStringLiteral("must be a string");
    }
    void credentials()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const FieldErrors errors = errorsOf([&] { parseCredentials(*parseJsonObject(body)); });
        if (field.isEmpty()) {
            QVERIFY(errors.isEmpty());
        } else {
            QCOMPARE(errors.keys(), QStringList{field});
            QCOMPARE(errors.value(field), reason);
        }
    }

    void credentialsNormaliseEmail()
    {
        const Credentials c = parseCredentials(json("{\"email\": \" Ann@Example.COM\", \"password\": \" pw \"}"));
        QCOMPARE(c.email, QStringLiteral("ann@example.com"));
        QCOMPARE(c.password, QStringLiteral(" pw "));
    }

    void userJson()
    {
        User user;
        user.id = QUuid::fromString(QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301"));
        user.email = QStringLiteral("ann@example.com");
        user.displayName = QStringLiteral("Ann");
        user.bio = QStringLiteral("Hi");
        user.phone = QStringLiteral("+1 555");
        user.isHost = true;
        user.createdAt = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
        user.version = 3;

        const QJsonObject full = userToJson(user);
        QCOMPARE(full.keys(), (QStringList{QStringLiteral("bio"), QStringLiteral("created_at"),
                                           QStringLiteral("display_name"), QStringLiteral("email"),
                                           QStringLiteral("id"), QStringLiteral("is_admin"), QStringLiteral("is_host"),
                                           QStringLiteral("phone"), QStringLiteral("version")}));
        QCOMPARE(full.value(QStringLiteral("id")).toString(), QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301"));
        QCOMPARE(full.value(QStringLiteral("email")).toString(), user.email);
        QCOMPARE(full.value(QStringLiteral("is_host")), QJsonValue(true));
        QCOMPARE(full.value(QStringLiteral("is_admin")), QJsonValue(false));
        QCOMPARE(full.value(QStringLiteral("created_at")).toString(), QStringLiteral("2024-05-01T12:00:00.000Z"));
        QCOMPARE(full.value(QStringLiteral("version")).toInteger(), qint64(3));

        const QJsonObject unrated = publicProfileToJson(user, std::nullopt, 0);
        QCOMPARE(unrated.keys(), (QStringList{QStringLiteral("bio"), QStringLiteral("display_name"),
                                              QStringLiteral("host_rating"), QStringLiteral("id"),
                                              QStringLiteral("is_host"), QStringLiteral("joined_at"),
                                              QStringLiteral("review_count")}));
        QVERIFY(unrated.value(QStringLiteral("host_rating")).isNull());
        QCOMPARE(unrated.value(QStringLiteral("joined_at")).toString(), QStringLiteral("2024-05-01T12:00:00.000Z"));
        QVERIFY(!unrated.contains(QStringLiteral("email")));
        QVERIFY(!unrated.contains(QStringLiteral("phone")));

        const QJsonObject rated = publicProfileToJson(user, 4.5, 12);
        QCOMPARE(rated.value(QStringLiteral("host_rating")).toDouble(), 4.5);
        QCOMPARE(rated.value(QStringLiteral("review_count")).toInt(), 12);
    }
};

QTEST_APPLESS_MAIN(TestUser)
#include "tst_user.moc"
