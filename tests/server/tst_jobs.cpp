// SPDX-License-Identifier: Apache-2.0
// Background jobs of a real server: retries with exponential backoff, dead jobs, the worker
// inside `serve`, a separate `roost-server worker` process, and a worker killed in the middle of
// a job whose lease another process takes over (API.md, Testing hooks; JobService). Each test
// gets its own server and database, so the queue holds only what the test put there.
#include "ApiFixture.h"
#include "BookingApi.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <memory>
#include <pqxx/pqxx>

using namespace roost::test;

namespace {

const QString kProbes = QStringLiteral("/api/v1/test/probe-jobs");
const QMap<QString, QString> kNoWorker { { QStringLiteral("ROOST_JOB_WORKERS"), QStringLiteral("0") } };

/// Whole seconds, so the instants the test compares are exact.
QDateTime secondsFromNow(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + seconds, Qt::UTC);
}

/// A `roost-server worker` process on `databaseUrl`, in the test environment.
class WorkerProcess
{
public:
    explicit WorkerProcess(const QString& databaseUrl)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ROOST_DATABASE_URL"), databaseUrl);
        env.insert(QStringLiteral("ROOST_ENV"), QStringLiteral("test"));
        env.insert(QStringLiteral("ROOST_DATA_DIR"), m_dataDir.path());
        env.insert(QStringLiteral("ROOST_JOB_WORKERS"), QStringLiteral("1"));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
    }
    ~WorkerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    /// Starts it and waits until it says its workers run.
    bool start()
    {
        m_process.start(
            qEnvironmentVariable("ROOST_SERVER_BINARY", QStringLiteral("roost-server")), { QStringLiteral("worker") });
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30'000 && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(200);
            m_output += m_process.readAll();
            if (m_output.contains("job worker(s)"))
                return true;
        }
        qWarning("roost-server worker did not start:\n%s", m_output.constData());
        return false;
    }
    void signal(int sig) { ::kill(pid_t(m_process.processId()), sig); }
    QProcess& process() { return m_process; }

private:
    QTemporaryDir m_dataDir;
    QProcess m_process;
    QByteArray m_output;
};

} // namespace

class TestJobs : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiFixture> m_api;

    bool start(const QMap<QString, QString>& env = {})
    {
        m_api = std::make_unique<ApiFixture>();
        return m_api->start(env);
    }
    HttpClient& http() { return m_api->http(); }

    HttpReply probe(int succeedOn, int maxAttempts, const QDateTime& at)
    {
        QJsonObject body { { QStringLiteral("succeed_on"), succeedOn } };
        if (maxAttempts > 0)
            body.insert(QStringLiteral("max_attempts"), maxAttempts);
        return http().post(kProbes, body, {}, at.isValid() ? BookingApi::at(at) : Headers());
    }
    int run(const QDateTime& now) { return BookingApi(http()).runDueJobs(now); }
    QJsonObject jobs() { return http().get(QStringLiteral("/api/v1/test/jobs")).json(); }
    int count(const char* state) { return jobs().value(QString::fromLatin1(state)).toInt(-1); }
    bool queueIsEmpty()
    {
        const QJsonObject j = jobs();
        return j.value(QStringLiteral("queued")).toInt(-1) == 0 && j.value(QStringLiteral("running")).toInt(-1) == 0
            && j.value(QStringLiteral("dead")).toInt(-1) == 0;
    }

    /// Runs due jobs at `from` + 1 s, + 2 s … until one runs; the seconds that took (-1: none in a minute).
    int secondsUntilNextRun(const QDateTime& from)
    {
        for (int s = 1; s <= 60; ++s) {
            const int ran = run(from.addSecs(s));
            if (ran != 0)
                return ran == 1 ? s : -1;
        }
        return -1;
    }

private slots:
    void cleanup() { m_api.reset(); }

    void aFailingJobIsRetriedWithBackoffUntilItSucceeds()
    {
        QVERIFY(start(kNoWorker));
        const QDateTime t = secondsFromNow(600);
        QCOMPARE(probe(3, 0, t).status, 201);
        QCOMPARE(count("queued"), 1);
        QCOMPARE(run(t.addSecs(-1)), 0); // not due before its time
        QCOMPARE(run(t), 1); // attempt 1 fails
        QCOMPARE(count("queued"), 1);
        QCOMPARE(run(t), 0); // the retry waits
        const int first = secondsUntilNextRun(t); // attempt 2 fails
        QVERIFY2(first >= 1, "no retry within a minute");
        QCOMPARE(count("queued"), 1);
        QCOMPARE(count("dead"), 0);
        const QDateTime t2 = t.addSecs(first);
        const int second = secondsUntilNextRun(t2); // attempt 3 succeeds
        QCOMPARE(second, 2 * first); // exponential: each wait doubles
        QVERIFY(queueIsEmpty());
        QCOMPARE(run(t2.addDays(1)), 0); // done is done
    }

    void aJobOutOfAttemptsIsDead()
    {
        QVERIFY(start(kNoWorker));
        const QDateTime t = secondsFromNow(600);
        QCOMPARE(probe(5, 2, t).status, 201);
        QCOMPARE(run(t), 1);
        QCOMPARE(count("dead"), 0);
        QCOMPARE(run(t.addSecs(600)), 1);
        const QJsonObject summary = jobs();
        QCOMPARE(summary.value(QStringLiteral("dead")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("queued")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("running")).toInt(), 0);
        const QJsonArray dead = summary.value(QStringLiteral("dead_jobs")).toArray();
        QCOMPARE(dead.size(), 1);
        const QJsonObject job = dead.first().toObject();
        QCOMPARE(job.value(QStringLiteral("kind")).toString(), QStringLiteral("probe_flaky"));
        QCOMPARE(job.value(QStringLiteral("attempts")).toInt(), 2);
        QCOMPARE(job.value(QStringLiteral("payload")).toObject().value(QStringLiteral("succeed_on")).toInt(), 5);
        QVERIFY(job.value(QStringLiteral("last_error")).toString().contains(QStringLiteral("planned failure")));
        QCOMPARE(run(t.addDays(2)), 0); // the dead stay dead
        QCOMPARE(count("dead"), 1);
    }

    void probeRequestsAreValidated_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no succeed_on") << QJsonObject() << "succeed_on";
        QTest::newRow("succeed_on 0") << QJsonObject { { QStringLiteral("succeed_on"), 0 } } << "succeed_on";
        QTest::newRow("max_attempts 101")
            << QJsonObject { { QStringLiteral("succeed_on"), 1 }, { QStringLiteral("max_attempts"), 101 } }
            << "max_attempts";
    }

    void probeRequestsAreValidated()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        if (!m_api)
            QVERIFY(start(kNoWorker));
        const HttpReply reply = http().post(kProbes, body);
        QCOMPARE(reply.status, 422);
        QVERIFY(reply.errorFields().contains(field));
        QCOMPARE(count("queued"), 0);
    }

    void theWorkerInsideServeRunsDueJobsByItself()
    {
        QVERIFY(start()); // one job worker: the default
        QCOMPARE(probe(1, 0, {}).status, 201);
        QCOMPARE(probe(2, 0, {}).status, 201); // fails once, then waits its backoff in real time
        QTRY_VERIFY_WITH_TIMEOUT(queueIsEmpty(), 20'000);
    }

    void aWorkerProcessRunsTheJobsServeLeaves()
    {
        QVERIFY(start(kNoWorker));
        QCOMPARE(probe(1, 0, {}).status, 201);
        QTest::qWait(2500); // two polls of a worker, had serve started one
        QCOMPARE(count("queued"), 1);
        WorkerProcess worker(m_api->databaseUrl());
        QVERIFY(worker.start());
        QTRY_VERIFY_WITH_TIMEOUT(queueIsEmpty(), 15'000);
        worker.signal(SIGTERM);
        QVERIFY(worker.process().waitForFinished(15'000));
        QCOMPARE(worker.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(worker.process().exitCode(), 0);
    }

    void aLeaseOfAKilledWorkerIsTakenOver()
    {
        QVERIFY(start(kNoWorker));
        BookingApi bookings(http());
        const TestUser host = m_api->registerUser(QStringLiteral("Host"));
        const TestUser guest = m_api->registerUser(QStringLiteral("Guest"));
        const QString listing = m_api->createListing(host).value(QStringLiteral("id")).toString();
        QVERIFY(!listing.isEmpty());
        // Booked 20 minutes "ago": its hold-expiry job is due now by the wall clock workers use.
        const QDate in = BookingApi::today().addDays(10);
        const HttpReply made
            = bookings.book(guest, listing, in, in.addDays(2), 1, {}, BookingApi::at(secondsFromNow(-20 * 60)));
        QCOMPARE(made.status, 201);
        const QString id = made.json().value(QStringLiteral("id")).toString();

        // Hold the booking's row lock: the job's handler (SELECT … FOR UPDATE) will wait on it after
        // its worker has leased the job, so the worker is caught in the middle of the job.
        pqxx::connection db(m_api->databaseUrl().toStdString());
        auto lock = std::make_unique<pqxx::work>(db);
        lock->exec_params("SELECT 1 FROM bookings WHERE id = $1::uuid FOR UPDATE", id.toStdString());
        {
            WorkerProcess worker(m_api->databaseUrl());
            QVERIFY(worker.start());
            QTRY_COMPARE_WITH_TIMEOUT(count("running"), 1, 15'000);
            worker.signal(SIGKILL);
            QVERIFY(worker.process().waitForFinished(5000));
        }
        lock->abort();
        lock.reset();

        // The job's effect never committed, and its lease outlives the worker.
        QCOMPARE(
            bookings.booking(guest, id).value(QStringLiteral("status")).toString(), QStringLiteral("pending_payment"));
        QCOMPARE(count("running"), 1);
        QCOMPARE(run(secondsFromNow(3600)), 0); // a live lease is not taken over
        QCOMPARE(count("running"), 1);

        // The lease (5 min by the database's clock, which X-Roost-Now does not move) runs out:
        // moving locked_until stands for the wait.
        pqxx::work expire(db);
        QCOMPARE(
            expire.exec_params("UPDATE jobs SET locked_until = now() - interval '1 second' WHERE state = 'running'")
                .affected_rows(),
            pqxx::result::size_type(1));
        expire.commit();
        QCOMPARE(run(secondsFromNow(0)), 1);
        QCOMPARE(bookings.booking(guest, id).value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
        QVERIFY(queueIsEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
