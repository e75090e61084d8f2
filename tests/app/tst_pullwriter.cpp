// SPDX-License-Identifier: Apache-2.0
// PullWriter: pull pages stored in order, several per commit, each with its cursor; a page that
// cannot be stored takes the rest of its pull with it (no gap), and pages of an account that is
// gone are never stored. Real SQLite files; a failing write is made by a real trigger.
#include "ClientTestPrinting.h"
#include "LocalStore.h"
#include "PullWriter.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace roost::client;

namespace {

const QString kListing = QStringLiteral("listing");

QString uuid(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

PullChange listing(int n)
{
    const QJsonObject data{{QStringLiteral("id"), uuid(n)},
                           {QStringLiteral("title"), QStringLiteral("Loft %1").arg(n)},
                           {QStringLiteral("city"), QStringLiteral("Lisbon")},
                           {QStringLiteral("status"), QStringLiteral("listed")},
                           {QStringLiteral("version"), 1}};
    return PullChange::upsert(kListing, 1000 + n, data);
}

PullPage page(QList<int> listings, int number, bool hasMore)
{
    PullPage p;
    for (int n : listings)
        p.changes.append(listing(n));
    p.cursor = QStringLiteral("cursor-%1").arg(number);
    p.hasMore = hasMore;
    return p;
}

/// A writer on this thread, of account generation 1, with its answers recorded.
struct Writer {
    explicit Writer(const QString& path) : writer(path, generation), done(&writer, &PullWriter::pagesDone) {}
    bool open()
    {
        QString error;
        return writer.open(&error);
    }
    QAtomicInt generation = 1;
    PullWriter writer;
    QSignalSpy done;
};

} // namespace

class TestPullWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_files)); }

    /// What another connection (a view's) sees committed.
    static int listingsIn(const QString& path)
    {
        LocalStore reader(path);
        return reader.open() ? int(reader.objects(kListing).size()) : -1;
    }
    static QString cursorIn(const QString& path)
    {
        LocalStore reader(path);
        return reader.open() ? reader.cursor() : QStringLiteral("unreadable");
    }

private slots:
    void pagesOfAPullAreCommittedTogetherWithTheLastCursor()
    {
        const QString path = newPath();
        Writer w(path);
        QVERIFY(w.open());
        PullWriter& writer = w.writer;
        QSignalSpy& done = w.done;
        QSignalSpy changed(&writer, &PullWriter::changed);
        writer.store(page({1, 2}, 1, true), 1, 7);
        writer.store(page({3}, 2, true), 1, 7);
        QCOMPARE(done.size(), 0); // still one open transaction
        QCOMPARE(listingsIn(path), 0);
        writer.store(page({4, 5}, 3, false), 1, 7); // the last page ends it
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first(), (QVariantList{1, 3, true, QString()}));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(listingsIn(path), 5);
        QCOMPARE(cursorIn(path), QStringLiteral("cursor-3"));
    }

    void aWaitingLocalWriteEndsTheBatchAfterThePageBeingStored()
    {
        const QString path = newPath();
        Writer w(path);
        QVERIFY(w.open());
        w.writer.store(page({1}, 1, true), 1, 3); // a batch is open, holding the write lock
        QCOMPARE(w.done.size(), 0);
        // A local write from another thread (the GUI's) waits for the lock.
        QAtomicInt began = 0;
        std::unique_ptr<QThread> local(QThread::create([&path, &began] {
            LocalStore store(path);
            if (!store.open())
                return;
            LocalStore::Transaction transaction(store);
            began.storeRelease(transaction.isActive() ? 1 : -1);
        }));
        local->start();
        // Waited for without running this thread's events: the batch's idle timer must not end
        // it first.
        const QDeadlineTimer deadline(10000);
        while (LocalStore::waitingTransactions() == 0 && !deadline.hasExpired())
            QThread::msleep(1);
        QCOMPARE(LocalStore::waitingTransactions(), 1);
        w.writer.store(page({2}, 2, true), 1, 3);
        // The batch ended with that page, far below its bounds, so the local write could begin.
        QCOMPARE(w.done.size(), 1);
        QCOMPARE(w.done.first(), (QVariantList{1, 2, true, QString()}));
        QVERIFY(local->wait(10000));
        QCOMPARE(began.loadAcquire(), 1);
        QCOMPARE(cursorIn(path), QStringLiteral("cursor-2"));
        QCOMPARE(LocalStore::waitingTransactions(), 0);
    }

    void aSlowNextPageDoesNotKeepTheTransactionOpen()
    {
        const QString path = newPath();
        Writer w(path);
        QVERIFY(w.open());
        PullWriter& writer = w.writer;
        QSignalSpy& done = w.done;
        writer.store(page({1}, 1, true), 1, 1);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 5000);
        QCOMPARE(done.first().at(2).toBool(), true);
        QCOMPARE(cursorIn(path), QStringLiteral("cursor-1"));
    }

    void aPageThatCannotBeStoredTakesTheRestOfItsPullWithIt()
    {
        const QString path = newPath();
        {
            LocalStore setup(path);
            QVERIFY(setup.open());
            QVERIFY(setup.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON listings WHEN NEW.id = '%1' "
                                              "BEGIN SELECT RAISE(ABORT, 'disk says no'); END")
                                   .arg(uuid(5))));
        }
        Writer w(path);
        QVERIFY(w.open());
        PullWriter& writer = w.writer;
        QSignalSpy& done = w.done;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("statement failed")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("pulled pages not stored")));
        writer.store(page({1, 2}, 1, true), 1, 3);
        writer.store(page({4, 5}, 2, true), 1, 3); // fails: both pages of the transaction go
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.takeFirst().mid(0, 3), (QVariantList{1, 2, false}));
        writer.store(page({6}, 3, false), 1, 3); // after the gap: dropped, not stored
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.takeFirst().mid(0, 3), (QVariantList{1, 1, false}));
        QCOMPARE(listingsIn(path), 0);
        QCOMPARE(cursorIn(path), QString());

        writer.store(page({1, 2, 6}, 1, false), 1, 4); // the next pull starts again
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.takeFirst().mid(0, 3), (QVariantList{1, 1, true}));
        QCOMPARE(listingsIn(path), 3);
        QCOMPARE(cursorIn(path), QStringLiteral("cursor-1"));
    }

    void pagesOfAnAccountThatIsGoneAreNotStored()
    {
        const QString path = newPath();
        Writer w(path);
        QVERIFY(w.open());
        PullWriter& writer = w.writer;
        QSignalSpy& done = w.done;
        writer.store(page({1}, 1, true), 1, 1); // open, not committed
        w.generation = 2;                        // another account signs in
        writer.flush();
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.takeFirst().mid(0, 3), (QVariantList{1, 1, false}));
        writer.store(page({2}, 2, false), 1, 1); // late page of the old account
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.takeFirst().mid(0, 3), (QVariantList{1, 1, false}));
        QCOMPARE(listingsIn(path), 0);
        QCOMPARE(cursorIn(path), QString());
    }

    void aLatePageOfAnOldAccountEndsItsOpenTransaction()
    {
        const QString path = newPath();
        Writer w(path);
        QVERIFY(w.open());
        w.writer.store(page({1}, 1, true), 1, 1); // open, not committed
        w.generation = 2;                          // another account signs in
        w.writer.store(page({2}, 2, true), 1, 1); // a late page of the old account
        QCOMPARE(w.done.size(), 2);                // the open pages and the late one, none stored
        QCOMPARE(w.done.at(0).mid(0, 3), (QVariantList{1, 1, false}));
        QCOMPARE(w.done.at(1).mid(0, 3), (QVariantList{1, 1, false}));
        // Nothing holds the write lock: another connection clears the cache at once.
        LocalStore other(path);
        QVERIFY(other.open());
        QVERIFY(other.clearObjects());
        QCOMPARE(listingsIn(path), 0);
    }
};

QTEST_GUILESS_MAIN(TestPullWriter)
#include "tst_pullwriter.moc"
