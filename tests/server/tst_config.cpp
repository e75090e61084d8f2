// SPDX-License-Identifier: Apache-2.0
#include "config/Config.h"

#include <QTemporaryFile>
#include <QTest>

using namespace roost::server;

class TestConfig : public QObject
{
    Q_OBJECT

private:
    static QProcessEnvironment env(const QList<QPair<QString, QString>>& vars)
    {
        QProcessEnvironment e;
        for (const auto& [k, v] : vars)
            e.insert(k, v);
        return e;
    }

private slots:
    void defaults()
    {
        const Config c = loadConfig({}, env({}));
        QVERIFY(c.databaseUrl.isEmpty());
        QCOMPARE(c.listenAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(c.listenPort, quint16(8080));
        QCOMPARE(c.environment, Environment::Production);
        QVERIFY(c.threads >= 4);
        QCOMPARE(c.scrypt.n, quint64(1) << 17);
        QCOMPARE(c.scrypt.r, 8u);
        QCOMPARE(c.scrypt.p, 1u);
    }

    void environmentValues()
    {
        const Config c = loadConfig({}, env({{QStringLiteral("ROOST_LISTEN"), QStringLiteral("0.0.0.0:9000")},
                                             {QStringLiteral("ROOST_THREADS"), QStringLiteral("6")},
                                             {QStringLiteral("ROOST_ENV"), QStringLiteral("test")},
                                             {QStringLiteral("ROOST_SCRYPT_N"), QStringLiteral("1024")},
                                             {QStringLiteral("ROOST_DATA_DIR"), QStringLiteral("/tmp/roost-x")}}));
        QCOMPARE(c.listenAddress, QHostAddress(QStringLiteral("0.0.0.0")));
        QCOMPARE(c.listenPort, quint16(9000));
        QCOMPARE(c.threads, 6);
        QVERIFY(c.isTest());
        QCOMPARE(c.scrypt.n, quint64(1024));
        QCOMPARE(c.dataDir, QStringLiteral("/tmp/roost-x"));
    }

    void fileThenEnvironmentWins()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("listen = 127.0.0.1:7000\nthreads = 5\n");
        file.close();
        Config c = loadConfig(file.fileName(), env({}));
        QCOMPARE(c.listenPort, quint16(7000));
        QCOMPARE(c.threads, 5);
        c = loadConfig(file.fileName(), env({{QStringLiteral("ROOST_THREADS"), QStringLiteral("7")}}));
        QCOMPARE(c.threads, 7);
    }

    void invalidNamesTheSetting_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("listen without port") << "ROOST_LISTEN" << "localhost";
        QTest::newRow("listen bad host") << "ROOST_LISTEN" << "example.com:80";
        QTest::newRow("listen port range") << "ROOST_LISTEN" << "127.0.0.1:70000";
        QTest::newRow("threads zero") << "ROOST_THREADS" << "0";
        QTest::newRow("threads text") << "ROOST_THREADS" << "many";
        QTest::newRow("env unknown") << "ROOST_ENV" << "staging";
        QTest::newRow("short secret") << "ROOST_JWT_SECRET" << "short";
        QTest::newRow("scrypt not power of two") << "ROOST_SCRYPT_N" << "1000";
        QTest::newRow("database not a URL") << "ROOST_DATABASE_URL" << "host=localhost";
        QTest::newRow("public url relative") << "ROOST_PUBLIC_URL" << "/photos";
        QTest::newRow("idle timeout") << "ROOST_IDLE_TIMEOUT" << "-1";
    }

    void invalidNamesTheSetting()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        try {
            loadConfig({}, env({{name, value}}));
            QFAIL("accepted an invalid setting");
        } catch (const ConfigError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).startsWith(name), e.what());
        }
    }

    void unreadableFile()
    {
        QVERIFY_THROWS_EXCEPTION(ConfigError, loadConfig(QStringLiteral("/nonexistent/roost.conf"), env({})));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
