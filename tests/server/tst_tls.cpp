// SPDX-License-Identifier: Apache-2.0
// HTTPS: given a certificate and key, roost-server speaks only TLS on its port; bad TLS settings
// stop it with a message naming the setting (issue: operations; docs/configuration.md).
#include "ApiFixture.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace roost::test;

namespace {

/// A self-signed certificate for 127.0.0.1 and its key, made with the openssl command.
bool makeCertificate(const QString& dir, const QString& name)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                   QStringLiteral("-keyout"), dir + QLatin1Char('/') + name + QStringLiteral(".key"),
                   QStringLiteral("-out"), dir + QLatin1Char('/') + name + QStringLiteral(".crt")});
    return openssl.waitForFinished(30'000) && openssl.exitCode() == 0;
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;

    QString file(const QString& name) const { return m_dir.filePath(name); }
    QMap<QString, QString> tlsEnv(const QString& cert, const QString& key) const
    {
        return {{QStringLiteral("ROOST_TLS_CERT"), file(cert)}, {QStringLiteral("ROOST_TLS_KEY"), file(key)}};
    }
    QString httpsUrl() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_server->port()); }
    QSslConfiguration trusting() const
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(file(QStringLiteral("server.crt"))));
        return tls;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(makeCertificate(m_dir.path(), QStringLiteral("server")));
        QVERIFY(makeCertificate(m_dir.path(), QStringLiteral("other")));
        QVERIFY(m_api.start());
        m_server = std::make_unique<ServerProcess>(m_api.databaseUrl(), tlsEnv(QStringLiteral("server.crt"), QStringLiteral("server.key")));
        QVERIFY(m_server->start());
        QVERIFY(m_server->output().contains("listening on https://"));
    }

    void servesTheApiOverTls()
    {
        HttpClient https(httpsUrl());
        https.setSslConfiguration(trusting());
        const HttpReply health = https.get(QStringLiteral("/healthz"));
        QCOMPARE(health.status, 200);
        QVERIFY(!health.header("X-Request-Id").isEmpty());
        const HttpReply registered = https.post(QStringLiteral("/api/v1/auth/register"),
                                                {{QStringLiteral("email"), QStringLiteral("tls@example.com")},
                                                 {QStringLiteral("password"), QStringLiteral("correct horse battery")},
                                                 {QStringLiteral("display_name"), QStringLiteral("Tee")}});
        QCOMPARE(registered.status, 201);
        const QByteArray token = registered.json().value(QStringLiteral("access_token")).toString().toLatin1();
        QCOMPARE(https.get(QStringLiteral("/api/v1/me"), token).json().value(QStringLiteral("email")).toString(),
                 QStringLiteral("tls@example.com"));
    }

    void aClientThatDoesNotTrustTheCertificateGetsNothing()
    {
        HttpClient https(httpsUrl());
        QCOMPARE(https.get(QStringLiteral("/healthz")).status, 0); // handshake refused by the client
    }

    void plainHttpOnTheTlsPortIsNotAnswered()
    {
        const QByteArray answer = HttpClient::raw(m_server->port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", 3000);
        QVERIFY2(!answer.startsWith("HTTP/1.1 200"), answer.constData());
        // …and the server is still fine afterwards.
        HttpClient https(httpsUrl());
        https.setSslConfiguration(trusting());
        QCOMPARE(https.get(QStringLiteral("/healthz")).status, 200);
    }

    void badTlsSettingsStopTheServer_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("named");
        QTest::newRow("key of another certificate") << "server.crt" << "other.key" << QByteArray("ROOST_TLS_KEY");
        QTest::newRow("key is a certificate") << "server.crt" << "other.crt" << QByteArray("ROOST_TLS_KEY");
        QTest::newRow("certificate is a key") << "server.key" << "server.key" << QByteArray("ROOST_TLS_CERT");
        QTest::newRow("missing certificate file") << "absent.crt" << "server.key" << QByteArray("ROOST_TLS_CERT");
    }

    void badTlsSettingsStopTheServer()
    {
        QFETCH(QString, cert);
        QFETCH(QString, key);
        QFETCH(QByteArray, named);
        ServerProcess bad(m_api.databaseUrl(), tlsEnv(cert, key));
        QVERIFY(!bad.start());
        QVERIFY2(bad.output().contains(QByteArray("configuration error: " + named)), bad.output().constData());
    }

    void aCertificateWithoutItsKeyIsRefused()
    {
        ServerProcess bad(m_api.databaseUrl(), {{QStringLiteral("ROOST_TLS_CERT"), file(QStringLiteral("server.crt"))}});
        QVERIFY(!bad.start());
        QVERIFY2(bad.output().contains("ROOST_TLS_KEY"), bad.output().constData());
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
