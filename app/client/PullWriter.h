// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LocalStore.h"
#include "SyncProtocol.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace roost::client {

class Outbox;
class Reconciler;

/// Stores pull pages on a thread of its own, with its own connection to the cache, so the sync
/// thread asks for the next page the moment one arrives instead of after SQLite has written the
/// last: the server prepares page n+1 while this writes page n. A first sync is about half
/// each, so overlapping them is most of what is left to gain.
///
/// Pages are stored in order, several per transaction (each page with its cursor, so any commit
/// is a consistent point to resume from). The transaction ends when it holds enough rows, has
/// been open long enough, no page came for a moment, the pull ended, flush() is called, or a
/// local write is waiting for the cache (LocalStore::waitingTransactions): a write from the GUI
/// waits for the page being stored, and the next batch waits for it. Every page handed in is
/// answered by exactly one pagesDone(), counting it as stored or not.
class PullWriter : public QObject
{
    Q_OBJECT

public:
    /// The rows of one transaction at most (see PullWriter.cpp).
    static constexpr int kBatchRows = 25000;

    /// `generation` is the sync thread's account generation: pages of an older one are dropped
    /// (another account signed in and the cache was cleared).
    PullWriter(QString databasePath, const QAtomicInt& generation);
    ~PullWriter() override;

    /// On the writer's thread, before anything else. False with the error when the cache does
    /// not open.
    bool open(QString* error);
    /// Stores `page`, pulled under `generation` by pull number `chain`. After a page of a pull
    /// fails, the later pages of that pull are dropped: storing them would leave a gap.
    void store(const PullPage& page, int generation, int chain);
    /// Commits what is stored so far.
    void flush();
    /// Flushes and closes the connection (on the writer's thread, before it ends).
    void close();

Q_SIGNALS:
    /// `pages` handed in under `generation` are done: committed when `ok`, else rolled back or
    /// dropped with `error` (the cursor with them, so the next pull starts after the last commit).
    void pagesDone(int generation, int pages, bool ok, const QString& error);
    /// Something the views show was committed.
    void changed();

private:
    /// Lets local writes waiting for the cache go first.
    void giveWay();
    bool begin(int generation, int chain);
    void finishBatch(bool commit, const QString& error = {});

    QString m_path;
    const QAtomicInt& m_generation;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<Reconciler> m_reconciler;
    // The open transaction and what it holds; declared after m_store, so it ends first.
    std::unique_ptr<LocalStore::Transaction> m_batch;
    QElapsedTimer m_batchAge;
    QTimer m_idle;
    int m_batchPages = 0;
    int m_batchRows = 0;
    int m_batchGeneration = 0;
    int m_batchChain = 0;
    int m_brokenChain = -1; ///< a pull whose pages are dropped after one failed
};

} // namespace roost::client
