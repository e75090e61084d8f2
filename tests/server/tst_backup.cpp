// SPDX-License-Identifier: Apache-2.0
// `roost-server backup` / `restore` over a real database and photo store: what a server served
// before the backup is served again after a restore into a fresh database and data folder
// (photo bytes identical), a restore refuses to overwrite data without --force, and with it
// puts the backed-up state back.
#include "ApiFixture.h"
#include "ServerCommand.h"
#include "TestCluster.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace roost::test;

namespace {

QByteArray pngImage()
{
    QImage image(64, 48, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb(x * 4, y * 5, (x * y) % 256));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString listingPath(const QString& id)
{
    return QStringLiteral("/api/v1/listings/") + id;
}

/// The state a backup must carry: a host, their listing and its photo.
struct World {
    TestUser host;
    QString listingId;
    QString title;
    QString photoPath;
    QByteArray photo;
};

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    QTemporaryDir m_work;
    World m_world;

    CommandResult command(const QStringList& args, const QString& databaseUrl, const QString& dataDir)
    {
        return runServerCommand(args, databaseUrl, dataDir);
    }

    /// Starts `server` (on restored data) and checks it serves everything of `w`.
    static bool seesWorld(const World& w, ServerProcess& server)
    {
        if (!server.start())
            return false;
        HttpClient http(server.baseUrl());
        const HttpReply login = http.post(QStringLiteral("/api/v1/auth/login"),
            { { QStringLiteral("email"), w.host.email }, { QStringLiteral("password"), w.host.password } });
        if (login.status != 200) {
            qWarning("login after restore: %d %s", login.status, login.body.constData());
            return false;
        }
        const QByteArray token = login.json().value(QStringLiteral("access_token")).toString().toLatin1();
        const HttpReply listing = http.get(listingPath(w.listingId), token);
        if (listing.status != 200 || listing.json().value(QStringLiteral("title")).toString() != w.title) {
            qWarning("listing after restore: %d %s", listing.status, listing.body.constData());
            return false;
        }
        const HttpReply photo = http.get(w.photoPath);
        if (photo.status != 200 || photo.body != w.photo) {
            qWarning("photo after restore: %d, %lld bytes", photo.status, qint64(photo.body.size()));
            return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_api.start());
        m_world.host = m_api.registerUser(QStringLiteral("Backed-up Host"));
        QVERIFY(!m_world.host.id.isEmpty());
        m_world.title = QStringLiteral("Lighthouse keeper's cottage");
        const QJsonObject listing = m_api.createListing(m_world.host, { { QStringLiteral("title"), m_world.title } });
        m_world.listingId = listing.value(QStringLiteral("id")).toString();
        QVERIFY(!m_world.listingId.isEmpty());
        m_world.photo = pngImage();
        const HttpReply uploaded = m_api.http().send("POST", listingPath(m_world.listingId) + QStringLiteral("/photos"),
            m_world.photo, "image/png", m_world.host.accessToken);
        QCOMPARE(uploaded.status, 201);
        m_world.photoPath = QUrl(uploaded.json().value(QStringLiteral("url")).toString()).path();
        QVERIFY(!m_world.photoPath.isEmpty());
    }

    void aTarBackupRestoresIntoAnEmptyDatabase()
    {
        const QString archive = m_work.filePath(QStringLiteral("roost.tar"));
        const CommandResult saved
            = command({ QStringLiteral("backup"), archive }, m_api.databaseUrl(), m_api.server().dataDir());
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        QVERIFY(QFileInfo(archive).isFile());
        QVERIFY2(saved.out.contains("photo store saved (") && !saved.out.contains("(0 files)"), saved.out.constData());
        // The database password is in the URL the command was given; it must not be printed.
        const QString password = QUrl(m_api.databaseUrl()).password();
        QVERIFY(!password.isEmpty());
        QVERIFY(!saved.out.contains(password.toUtf8()) && !saved.err.contains(password.toUtf8()));

        const QString freshDatabase = TestCluster::instance().createDatabase();
        ServerProcess fresh(freshDatabase);
        const CommandResult restored = command({ QStringLiteral("restore"), archive }, freshDatabase, fresh.dataDir());
        QVERIFY2(restored.exitCode == 0, restored.err.constData());
        QVERIFY2(restored.out.contains("photo store restored (") && !restored.out.contains("(0 files)"),
            restored.out.constData());
        QVERIFY(seesWorld(m_world, fresh));
    }

    void aFolderBackupHoldsTheDumpThePhotosAndAManifest()
    {
        const QString folder = m_work.filePath(QStringLiteral("folder-backup"));
        const CommandResult saved
            = command({ QStringLiteral("backup"), folder }, m_api.databaseUrl(), m_api.server().dataDir());
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        QVERIFY(QFileInfo(folder + QStringLiteral("/manifest.json")).isFile());
        QVERIFY(QFileInfo(folder + QStringLiteral("/database.dump")).size() > 0);
        QDir photos(folder + QStringLiteral("/photos"));
        QVERIFY(photos.exists());

        // A second backup never writes over the first.
        const CommandResult again
            = command({ QStringLiteral("backup"), folder }, m_api.databaseUrl(), m_api.server().dataDir());
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("not an empty folder"));

        const QString freshDatabase = TestCluster::instance().createDatabase();
        ServerProcess fresh(freshDatabase);
        const CommandResult restored = command({ QStringLiteral("restore"), folder }, freshDatabase, fresh.dataDir());
        QVERIFY2(restored.exitCode == 0, restored.err.constData());
        QVERIFY(seesWorld(m_world, fresh));
    }

    void restoreReplacesExistingDataOnlyWithForce()
    {
        const QString archive = m_work.filePath(QStringLiteral("before-changes.tar"));
        QCOMPARE(
            command({ QStringLiteral("backup"), archive }, m_api.databaseUrl(), m_api.server().dataDir()).exitCode, 0);

        // Changes after the backup: a new user and an edited title.
        const TestUser later = m_api.registerUser(QStringLiteral("After The Backup"));
        QVERIFY(!later.id.isEmpty());
        const HttpReply edited = m_api.http().patch(listingPath(m_world.listingId),
            { { QStringLiteral("title"), QStringLiteral("Renamed") } }, m_world.host.accessToken);
        QCOMPARE(edited.status, 200);
        m_api.server().stop(); // restores are done with the server stopped (docs/operations.md)

        const CommandResult refused
            = command({ QStringLiteral("restore"), archive }, m_api.databaseUrl(), m_api.server().dataDir());
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("--force"), refused.err.constData());

        const CommandResult forced = command({ QStringLiteral("restore"), archive, QStringLiteral("--force") },
            m_api.databaseUrl(), m_api.server().dataDir());
        QVERIFY2(forced.exitCode == 0, forced.err.constData());
        ServerProcess again(m_api.databaseUrl(), { { QStringLiteral("ROOST_DATA_DIR"), m_api.server().dataDir() } });
        QVERIFY(seesWorld(m_world, again)); // the title is the backed-up one
        HttpClient http(again.baseUrl());
        QCOMPARE(http.post(QStringLiteral("/api/v1/auth/login"),
                         { { QStringLiteral("email"), later.email }, { QStringLiteral("password"), later.password } })
                     .status,
            401);
    }

    void aServerOnTheEmbeddedDatabaseIsBackedUpWhileItRuns()
    {
        // No database URL: the server runs a private cluster in its data folder, and commands
        // given the same folder use that running cluster.
        const QMap<QString, QString> embedded { { QStringLiteral("ROOST_DATABASE_URL"), QString() } };
        ServerProcess server(QString(), embedded);
        // As root the cluster runs as `postgres`, which must pass through the data folder.
        QFile::setPermissions(
            server.dataDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeOther);
        QVERIFY(server.start());
        HttpClient http(server.baseUrl());
        World w;
        w.host.email = QStringLiteral("embedded-host@example.com");
        w.host.password = QStringLiteral("correct horse battery");
        const HttpReply registered = http.post(QStringLiteral("/api/v1/auth/register"),
            { { QStringLiteral("email"), w.host.email }, { QStringLiteral("password"), w.host.password },
                { QStringLiteral("display_name"), QStringLiteral("Embedded Host") } });
        QCOMPARE(registered.status, 201);
        w.host.accessToken = registered.json().value(QStringLiteral("access_token")).toString().toLatin1();
        w.title = QStringLiteral("Cabin on the embedded database");
        const HttpReply listing = http.post(QStringLiteral("/api/v1/listings"),
            ApiFixture::listingBody({ { QStringLiteral("title"), w.title } }), w.host.accessToken);
        QCOMPARE(listing.status, 201);
        w.listingId = listing.json().value(QStringLiteral("id")).toString();
        w.photo = pngImage();
        const HttpReply uploaded = http.send(
            "POST", listingPath(w.listingId) + QStringLiteral("/photos"), w.photo, "image/png", w.host.accessToken);
        QCOMPARE(uploaded.status, 201);
        w.photoPath = QUrl(uploaded.json().value(QStringLiteral("url")).toString()).path();

        const CommandResult users
            = runServerCommand({ QStringLiteral("admin"), QStringLiteral("users"), QStringLiteral("--json") },
                QString(), server.dataDir(), embedded);
        QVERIFY2(users.exitCode == 0, users.err.constData());
        QVERIFY(users.out.contains(w.host.email.toUtf8()));

        const QString archive = m_work.filePath(QStringLiteral("embedded.tar"));
        const CommandResult saved
            = runServerCommand({ QStringLiteral("backup"), archive }, QString(), server.dataDir(), embedded);
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        QVERIFY(server.isRunning()); // the server was never interrupted
        QCOMPARE(http.get(listingPath(w.listingId), w.host.accessToken).status, 200);

        const QString freshDatabase = TestCluster::instance().createDatabase();
        ServerProcess fresh(freshDatabase);
        const CommandResult restored = command({ QStringLiteral("restore"), archive }, freshDatabase, fresh.dataDir());
        QVERIFY2(restored.exitCode == 0, restored.err.constData());
        QVERIFY(seesWorld(w, fresh));
    }

    void whatIsNotABackupIsRefused()
    {
        const QString empty = m_work.filePath(QStringLiteral("not-a-backup"));
        QVERIFY(QDir().mkpath(empty));
        const QString database = TestCluster::instance().createDatabase();
        QTemporaryDir dataDir;
        const CommandResult notBackup = command({ QStringLiteral("restore"), empty }, database, dataDir.path());
        QCOMPARE(notBackup.exitCode, 1);
        QVERIFY2(notBackup.err.contains("not a Roost backup"), notBackup.err.constData());
        const CommandResult missing = command(
            { QStringLiteral("restore"), m_work.filePath(QStringLiteral("missing.tar")) }, database, dataDir.path());
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("does not exist"));
        QCOMPARE(command({ QStringLiteral("restore") }, database, dataDir.path()).exitCode, 2);
        QCOMPARE(
            command({ QStringLiteral("backup"), QStringLiteral("a"), QStringLiteral("b") }, database, dataDir.path())
                .exitCode,
            2);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
