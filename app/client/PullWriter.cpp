// SPDX-License-Identifier: Apache-2.0
#include "PullWriter.h"

#include "Outbox.h"
#include "Reconciler.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QThread>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace roost::client {

namespace {

using namespace std::chrono_literals;

// Bounds of one transaction: about 25 000 rows at a time in a first sync. Each commit writes
// every index page it touched to the WAL, and a first sync's ids and orders land all over
// each index: committing every 5 000 rows cost a third more than one transaction for all,
// every 500-row page more than twice as much. A local write waiting for the cache does not
// wait for the bound: the batch ends after the page being stored (giveWay).
constexpr auto kBatchAge = 1000ms;
constexpr auto kBatchIdle = 100ms;
// How long a new batch waits for local writes waiting to begin: they are short, and one
// stuck on another process's lock must not stall the sync.
constexpr auto kGiveWayAtMost = 250ms;

} // namespace

PullWriter::PullWriter(QString databasePath, const QAtomicInt& generation)
    : m_path(std::move(databasePath)), m_generation(generation), m_idle(this)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(kBatchIdle);
    connect(&m_idle, &QTimer::timeout, this, &PullWriter::flush);
}

PullWriter::~PullWriter() = default;

bool PullWriter::open(QString* error)
{
    m_store = std::make_unique<LocalStore>(m_path);
    if (!m_store->open()) {
        *error = m_store->lastError();
        m_store.reset();
        return false;
    }
    m_outbox = std::make_unique<Outbox>(*m_store);
    m_reconciler = std::make_unique<Reconciler>(*m_store, *m_outbox);
    return true;
}

void PullWriter::store(const PullPage& page, int generation, int chain)
{
    m_idle.stop();
    if (m_batch && (generation != m_batchGeneration || chain != m_batchChain))
        finishBatch(true); // an earlier pull's pages: theirs to keep or drop
    QString refused;
    if (generation != m_generation.loadAcquire())
        refused = QStringLiteral("another account signed in");
    else if (chain == m_brokenChain)
        refused = QStringLiteral("an earlier page of this pull was not stored");
    else if (!m_store)
        refused = QStringLiteral("the cache is not open");
    if (refused.isEmpty() && !m_batch) {
        giveWay();
        if (!begin(generation, chain))
            refused = m_store->lastError();
    }
    if (!refused.isEmpty()) {
        finishBatch(true); // an open transaction must not wait for a page that will not come
        Q_EMIT pagesDone(generation, 1, false, refused);
        return;
    }
    ++m_batchPages;
    if (!m_reconciler->applyPullPage(page)) {
        finishBatch(false, QStringLiteral("cache write failed: ") + m_store->lastError());
        return;
    }
    m_batchRows += int(page.changes.size());
    if (!page.hasMore || m_batchRows >= kBatchRows || m_batchAge.elapsed() >= kBatchAge.count()
        || LocalStore::waitingTransactions() > 0)
        flush();
    else
        m_idle.start();
}

void PullWriter::flush()
{
    m_idle.stop();
    finishBatch(true);
}

void PullWriter::close()
{
    flush();
    m_reconciler.reset();
    m_outbox.reset();
    m_store.reset();
}

void PullWriter::giveWay()
{
    const QDeadlineTimer deadline(kGiveWayAtMost);
    while (LocalStore::waitingTransactions() > 0 && !deadline.hasExpired())
        QThread::msleep(1);
}

bool PullWriter::begin(int generation, int chain)
{
    m_batch = std::make_unique<LocalStore::Transaction>(*m_store);
    if (!m_batch->isActive()) {
        m_batch.reset();
        return false;
    }
    m_batchAge.start();
    m_batchPages = 0;
    m_batchRows = 0;
    m_batchGeneration = generation;
    m_batchChain = chain;
    return true;
}

void PullWriter::finishBatch(bool commit, const QString& error)
{
    if (!m_batch)
        return;
    const int pages = m_batchPages;
    const bool anyRows = m_batchRows > 0;
    // The account may have changed while the pages waited here: then they are not committed.
    const bool current = m_generation.loadAcquire() == m_batchGeneration;
    bool ok = commit && current;
    QString why = current ? error : QStringLiteral("another account signed in");
    if (ok) {
        ok = m_batch->commit();
        if (!ok)
            why = QStringLiteral("cache commit failed: ") + m_store->lastError();
    }
    m_batch.reset(); // rolls back what was not committed
    m_batchPages = 0;
    m_batchRows = 0;
    if (!ok) {
        m_brokenChain = m_batchChain;
        if (current)
            qCWarning(lcSync) << "pulled pages not stored:" << why;
    }
    Q_EMIT pagesDone(m_batchGeneration, pages, ok, why);
    if (ok && anyRows)
        Q_EMIT changed();
}

} // namespace roost::client
