// SPDX-License-Identifier: Apache-2.0
// The session store without a keyring: a file only its owner can read, written off the sync
// thread, that brings a real session back after a restart.
#include "ShellFixture.h"

#include "ui/KeychainTokenStore.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

using namespace roost;
using namespace roost::test;
using app::KeychainTokenStore;

class TestKeychainTokenStore : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    QTemporaryDir m_dir;

    QString tokenFile() const { return m_dir.filePath(QStringLiteral("config/session.token")); }

    QByteArray fileContents() const
    {
        QFile file(tokenFile());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static bool ownerOnly(const QString& path)
    {
        return QFileInfo(path).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                                                  | QFileDevice::WriteUser);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(startShellTest(m_api, m_dir));
    }

    void init() { QFile::remove(tokenFile()); }

    void theFallbackFileIsPrivateAndWrittenFromAnotherThread()
    {
        KeychainTokenStore store(QStringLiteral("Roost test"), tokenFile(), KeychainTokenStore::Backend::FileOnly);
        QVERIFY(!store.load());
        QVERIFY(!store.usesKeychain());
        QSignalSpy saved(&store, &KeychainTokenStore::saved);
        // As the sync thread does: set there, saved here.
        QThread* thread = QThread::create([&store] { store.setRefreshToken("secret-one"); });
        thread->start();
        QVERIFY(thread->wait(10'000));
        delete thread;
        QCOMPARE(store.refreshToken(), QByteArray("secret-one"));
        QVERIFY(saved.wait(10'000));
        QVERIFY(QFile::exists(tokenFile()));
        QVERIFY2(ownerOnly(tokenFile()), qPrintable(QString::number(int(QFileInfo(tokenFile()).permissions()), 16)));

        // Rewriting keeps it private; clearing removes it.
        store.setRefreshToken("secret-two");
        QVERIFY(saved.wait(10'000));
        QVERIFY(ownerOnly(tokenFile()));
        KeychainTokenStore reread(QStringLiteral("Roost test"), tokenFile(), KeychainTokenStore::Backend::FileOnly);
        QVERIFY(reread.load());
        QCOMPARE(reread.refreshToken(), QByteArray("secret-two"));
        store.setRefreshToken({});
        QVERIFY(saved.wait(10'000));
        QVERIFY(!QFile::exists(tokenFile()));
    }

    void withoutASecretServiceTheFileIsUsed()
    {
        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("a session bus is present here: a keyring may answer");
        KeychainTokenStore store(QStringLiteral("Roost test fallback"), tokenFile());
        QVERIFY(!store.load());
        QVERIFY(!store.usesKeychain());
        QSignalSpy saved(&store, &KeychainTokenStore::saved);
        store.setRefreshToken("kept-in-a-file");
        QVERIFY(saved.wait(10'000));
        QVERIFY(ownerOnly(tokenFile()));
        QCOMPARE(fileContents(), QByteArray("kept-in-a-file"));
    }

    void aTokenRotatedJustBeforeQuittingIsStillSaved()
    {
        {
            KeychainTokenStore store(QStringLiteral("Roost test"), tokenFile(), KeychainTokenStore::Backend::FileOnly);
            store.load();
            store.setRefreshToken("rotated-at-the-last-moment");
            // Destroyed before any event loop runs the queued save.
        }
        QCOMPARE(fileContents(), QByteArray("rotated-at-the-last-moment"));
        QVERIFY(ownerOnly(tokenFile()));
    }

    void aSessionSurvivesARestart()
    {
        const TestUser user = m_api.registerUser(QStringLiteral("Restarting User"));
        const QString cache = m_dir.filePath(QStringLiteral("restart.sqlite"));
        client::SyncOptions options;
        options.serverUrl = QUrl(m_api.server().baseUrl());
        options.databasePath = cache;
        options.live = false;
        options.retryFirst = 100ms;
        options.retryMax = 1s;
        {
            KeychainTokenStore tokens(QStringLiteral("Roost test"), tokenFile(), KeychainTokenStore::Backend::FileOnly);
            tokens.load();
            client::SyncEngine engine(options, tokens);
            QVERIFY(engine.start());
            QSignalSpy signedIn(&engine, &client::SyncEngine::signedIn);
            engine.signIn(user.email, user.password);
            QVERIFY(signedIn.wait(20'000));
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(tokenFile()), 10'000);
            QVERIFY(ownerOnly(tokenFile()));
        }
        // The next start: no sign-in, the saved session syncs (and rotates the token again).
        KeychainTokenStore tokens(QStringLiteral("Roost test"), tokenFile(), KeychainTokenStore::Backend::FileOnly);
        QVERIFY(tokens.load());
        const QByteArray before = tokens.refreshToken();
        client::SyncEngine engine(options, tokens);
        QSignalSpy finished(&engine, &client::SyncEngine::syncFinished);
        QSignalSpy required(&engine, &client::SyncEngine::signInRequired);
        QVERIFY(engine.start());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20'000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().last().toString()));
        QVERIFY(required.isEmpty());
        QCOMPARE(engine.userId(), user.id);
        QTRY_VERIFY_WITH_TIMEOUT(tokens.refreshToken() != before, 10'000);
        // The rotated token replaces the old one on disk.
        QTRY_COMPARE_WITH_TIMEOUT(fileContents(), tokens.refreshToken(), 10'000);
        QVERIFY(ownerOnly(tokenFile()));
    }
};

QTEST_MAIN(TestKeychainTokenStore)
#include "tst_keychaintokenstore.moc"
