// SPDX-License-Identifier: Apache-2.0
#include "SyncWorker.h"

#include "ApiClient.h"
#include "LiveChannel.h"
#include "LocalStore.h"
#include "Outbox.h"
#include "Reconciler.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSync, "roost.sync")

namespace roost::client {

SyncWorker::SyncWorker(SyncOptions options, TokenStore& tokens)
    : m_options(std::move(options)), m_tokens(tokens), m_interval(this), m_retry(this),
      m_backoff(m_options.retryFirst, m_options.retryMax)
{
    m_interval.setInterval(m_options.interval);
    connect(&m_interval, &QTimer::timeout, this, &SyncWorker::requestSync);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncWorker::requestSync);
}

SyncWorker::~SyncWorker()
{
    if (m_writer) {
        // What was pulled is kept: the writer commits and closes before its thread ends.
        QMetaObject::invokeMethod(m_writer, &PullWriter::close, Qt::BlockingQueuedConnection);
        m_writerThread.quit();
        m_writerThread.wait();
    }
    // Before the store they call back into goes away.
    delete m_live;
    delete m_api;
}

void SyncWorker::start()
{
    m_store = std::make_unique<LocalStore>(m_options.databasePath);
    if (!m_store->open()) {
        qCWarning(lcSync) << "cannot open the cache:" << m_store->lastError();
        Q_EMIT started(false, m_store->lastError());
        return;
    }
    m_outbox = std::make_unique<Outbox>(*m_store);
    m_reconciler = std::make_unique<Reconciler>(*m_store, *m_outbox);
    QString writerError;
    if (!startWriter(&writerError)) {
        Q_EMIT started(false, writerError);
        return;
    }
    m_api = new ApiClient(m_options.serverUrl, m_tokens, this);
    m_api->setTimeout(m_options.requestTimeout);
    connect(m_api, &ApiClient::accessTokenChanged, this, &SyncWorker::onSessionChanged);
    if (m_options.live) {
        m_live = new LiveChannel(Backoff(m_options.retryFirst, m_options.retryMax), this);
        connect(m_live, &LiveChannel::poked, this, &SyncWorker::requestSync);
        connect(m_live, &LiveChannel::connectedChanged, this, &SyncWorker::liveConnectedChanged);
    }
    m_interval.start();
    Q_EMIT started(true, {});
    if (m_api->hasSession()) {
        requestSync();
    } else {
        m_needsSignIn = true;
        Q_EMIT signInRequired();
    }
}

void SyncWorker::onSessionChanged()
{
    // Only the first account claims the cache here; a switch is signIn()'s to decide.
    if (!m_api->userId().isEmpty() && m_store->meta(QStringLiteral("user_id")).isEmpty())
        m_store->setMeta(QStringLiteral("user_id"), m_api->userId());
    if (m_live)
        m_live->open(m_api->liveUrl(), m_api->accessToken());
}

void SyncWorker::signIn(const QString& email, const QString& password)
{
    if (m_api)
        m_api->signIn(email, password, [this](const ApiResult& result) { takeSignIn(result); });
}

void SyncWorker::signUp(const QString& email, const QString& password, const QString& displayName)
{
    if (m_api)
        m_api->signUp(email, password, displayName, [this](const ApiResult& result) { takeSignIn(result); });
}

void SyncWorker::takeSignIn(const ApiResult& result)
{
    if (!result.ok()) {
        Q_EMIT signInFailed(result.error.describe());
        return;
    }
    if (!adoptAccount(m_api->userId()))
        return;
    m_needsSignIn = false;
    m_backoff.reset();
    Q_EMIT signedIn(m_api->userId());
    requestSync();
}

void SyncWorker::signOut()
{
    if (!m_api)
        return;
    if (m_live)
        m_live->close();
    m_needsSignIn = true;
    m_retry.stop();
    if (m_writer)
        QMetaObject::invokeMethod(m_writer, &PullWriter::flush, Qt::QueuedConnection);
    m_api->signOut([this](const ApiResult& result) {
        if (!result.ok())
            qCInfo(lcSync) << "sign-out not confirmed by the server:" << result.error.describe();
        Q_EMIT signedOut();
    });
}

void SyncWorker::call(const ApiRequest& request, const std::function<void(const ApiResult&)>& done)
{
    if (!m_api) {
        ApiResult result;
        result.error = {ApiError::Kind::Network, 0, {}, QStringLiteral("the sync engine is not started"), {}};
        done(result);
        return;
    }
    m_api->request(request, [this, done](const ApiResult& result) {
        if (result.error.isUnauthenticated() && !m_needsSignIn) {
            m_needsSignIn = true;
            Q_EMIT signInRequired();
        }
        done(result);
    });
}

bool SyncWorker::adoptAccount(const QString& userId)
{
    const QString cached = m_store->meta(QStringLiteral("user_id"));
    if (cached.isEmpty() || cached == userId)
        return true;
    if (m_outbox->count() > 0) {
        // Sending one account's queued writes as another would be wrong, and dropping them
        // would lose them: the other account must sign in (and sync) first.
        m_api->forgetSession();
        if (m_live)
            m_live->close();
        m_needsSignIn = true;
        Q_EMIT signInFailed(QStringLiteral("this cache holds unsent changes of another account; sign in as that account first"));
        return false;
    }
    // Another account: nothing of the previous one may stay visible. A cycle still in flight
    // belongs to the previous session; its answers are dropped (see m_generation).
    ++m_generation;
    m_running = false;
    m_again = false;
    // The writer drops the previous account's pages by the generation, before or after this.
    if (!m_store->clearObjects() || !m_store->setMeta(QStringLiteral("user_id"), userId)) {
        qCWarning(lcSync) << "cannot clear the cache for another account:" << m_store->lastError();
        m_api->forgetSession();
        m_needsSignIn = true;
        Q_EMIT signInFailed(m_store->lastError());
        return false;
    }
    Q_EMIT cacheChanged();
    return true;
}

void SyncWorker::requestSync()
{
    if (!m_store || !m_writer || m_needsSignIn)
        return;
    // A pull must start from the cursor of the last page stored, not of one still being written.
    if (m_running || m_pagesInWriter > 0) {
        m_again = true;
        return;
    }
    runCycle();
}

void SyncWorker::runCycle()
{
    m_running = true;
    m_again = false;
    m_retry.stop();
    m_pushTotal = m_outbox->count();
    m_pushed = 0;
    m_pulled = 0;
    Q_EMIT syncStarted();
    pushRound();
}

void SyncWorker::pushRound()
{
    const QList<Mutation> batch = m_outbox->sendable(m_options.pushBatchSize);
    if (batch.isEmpty()) {
        pullPage();
        return;
    }
    QJsonArray mutations;
    for (const Mutation& mutation : batch)
        mutations.append(mutation.toJson());
    const int generation = m_generation;
    m_api->post(QStringLiteral("/sync/push"), {{QStringLiteral("mutations"), mutations}}, [this, generation, batch](const ApiResult& result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            if (!rejectMalformed(batch, result.error))
                fail(result.error);
            return;
        }
        int matched = 0;
        if (!m_reconciler->applyResults(parsePushResults(result.json), &matched)) {
            fail({ApiError::Kind::BadReply, 0, {}, QStringLiteral("cache write failed: ") + m_store->lastError(), {}});
            return;
        }
        if (matched == 0) {
            // Sending the same batch again would loop forever; wait and retry instead.
            fail({ApiError::Kind::BadReply, 0, {}, QStringLiteral("the push answer names none of the mutations"), {}});
            return;
        }
        m_pushed += matched;
        Q_EMIT progress(QStringLiteral("push"), m_pushed, std::max(m_pushed, m_pushTotal));
        Q_EMIT cacheChanged();
        pushRound();
    });
}

bool SyncWorker::rejectMalformed(const QList<Mutation>& batch, const ApiError& error)
{
    // The server refuses a whole push when one entry is not a well-formed mutation, naming it
    // (`mutations[3].base_version`). Sending the batch again would be refused again, forever,
    // and hold back every other write: the named ones are rejected on their own instead, so the
    // user sees them, and the rest go on.
    if (error.kind != ApiError::Kind::Http || error.status != 422)
        return false;
    static const QRegularExpression entry(QStringLiteral("^mutations\\[(\\d+)\\]"));
    const QJsonObject fields = error.envelope.value(QStringLiteral("fields")).toObject();
    QList<MutationResult> rejected;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QRegularExpressionMatch match = entry.match(it.key());
        const int index = match.hasMatch() ? match.captured(1).toInt() : -1;
        if (index < 0 || index >= batch.size())
            continue;
        MutationResult result;
        result.mutationId = batch.at(index).mutationId;
        result.status = MutationResult::Status::Rejected;
        result.errorCode = error.code;
        result.errorMessage = it.key() + QStringLiteral(": ") + it.value().toString();
        rejected.append(result);
    }
    int matched = 0;
    if (rejected.isEmpty() || !m_reconciler->applyResults(rejected, &matched) || matched == 0)
        return false;
    qCWarning(lcSync) << "the server refused" << matched << "malformed mutations:" << fields;
    Q_EMIT cacheChanged();
    pushRound();
    return true;
}

void SyncWorker::pullPage()
{
    m_pullEnded = false;
    dropPull();
    requestPage(m_store->cursor(), m_pullChain);
}

void SyncWorker::dropPull()
{
    ++m_pullChain;
    m_pageRequests.clear();
}

void SyncWorker::requestPage(const QString& cursor, int chain)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pullPageSize));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), QString::fromUtf8(QUrl::toPercentEncoding(cursor)));
    const int generation = m_generation;
    const quint64 ticket = ++m_lastTicket;
    m_pageRequests.push_back({cursor, ticket, std::nullopt});
    m_api->getText(QStringLiteral("/sync/pull?") + query.toString(QUrl::FullyEncoded), [this, generation, chain, ticket](const ApiResult& result) {
        if (generation != m_generation || chain != m_pullChain)
            return; // another account, or a pull that failed on an earlier page
        const auto asked = std::find_if(m_pageRequests.begin(), m_pageRequests.end(),
                                        [ticket](const PageRequest& request) { return request.ticket == ticket; });
        if (asked == m_pageRequests.end())
            return; // a forecast page the pull no longer follows
        asked->answer = result;
        // In pull order: a page that comes before the one ahead of it waits for it.
        while (!m_pageRequests.empty() && m_pageRequests.front().answer) {
            const ApiResult answer = std::move(*m_pageRequests.front().answer);
            m_pageRequests.pop_front();
            if (!takePage(answer, chain))
                return;
        }
    });
}

bool SyncWorker::takePage(const ApiResult& result, int chain)
{
    if (!result.ok()) {
        dropPull(); // the pages asked for ahead must not be stored after this gap
        fail(result.error);
        return false;
    }
    // The next page is asked for at once, before this one is read, when the server named its
    // cursor in a header, and this one is handed to the writer's thread: the server works on
    // the next while this thread reads this one and SQLite writes the one before. When the
    // server also forecast where the next page ends, the page after it is asked for too, so two
    // are prepared at once. Only a forecast that came true is followed: the pull goes from each
    // page's own cursor to the next, as it would one page at a time.
    const QString next = QString::fromLatin1(result.header("Roost-Next-Cursor"));
    const QString following = QString::fromLatin1(result.header("Roost-Following-Cursor"));
    if (!m_pageRequests.empty() && m_pageRequests.front().cursor != next)
        m_pageRequests.clear(); // a forecast that did not come true; its answer is dropped
    if (!next.isEmpty() && m_pageRequests.empty())
        requestPage(next, chain);
    if (!following.isEmpty() && m_pageRequests.size() == 1)
        requestPage(following, chain);
    const std::optional<PullPage> page = parsePullPage(result.body);
    if (!page || (!next.isEmpty() && (!page->hasMore || page->cursor != next))) {
        dropPull(); // the pages asked for ahead must not be stored after this gap
        fail({ApiError::Kind::BadReply, 0, {}, QStringLiteral("not a pull page"), {}});
        return false;
    }
    if (page->hasMore && next.isEmpty())
        requestPage(page->cursor, chain);
    else if (!page->hasMore)
        m_pullEnded = true;
    ++m_pagesInWriter;
    QMetaObject::invokeMethod(
        m_writer, [writer = m_writer, stored = *page, generation = m_generation.loadRelaxed(), chain] { writer->store(stored, generation, chain); },
        Qt::QueuedConnection);
    m_pulled += int(page->changes.size());
    const int remaining = page->remaining;
    Q_EMIT progress(QStringLiteral("pull"), m_pulled, remaining > 0 || !page->hasMore ? m_pulled + remaining : 0);
    return true;
}

bool SyncWorker::startWriter(QString* error)
{
    m_writer = new PullWriter(m_options.databasePath, m_generation);
    m_writer->moveToThread(&m_writerThread);
    m_writerThread.setObjectName(QStringLiteral("roost-sync-store"));
    connect(&m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &PullWriter::pagesDone, this, &SyncWorker::onPagesStored);
    connect(m_writer, &PullWriter::changed, this, &SyncWorker::cacheChanged);
    m_writerThread.start();
    bool opened = false;
    QMetaObject::invokeMethod(m_writer, [&] { opened = m_writer->open(error); }, Qt::BlockingQueuedConnection);
    if (!opened) {
        qCWarning(lcSync) << "cannot open the cache for pulls:" << *error;
        m_writerThread.quit(); // the writer goes with it
        m_writerThread.wait();
        m_writer = nullptr;
    }
    return opened;
}

void SyncWorker::onPagesStored(int generation, int pages, bool ok, const QString& error)
{
    m_pagesInWriter -= pages;
    if (generation == m_generation && m_running) {
        if (!ok) {
            dropPull(); // the pages asked for since must not be stored after a gap
            fail({ApiError::Kind::BadReply, 0, {}, error, {}});
        } else if (m_pullEnded && m_pagesInWriter == 0) {
            finish();
        }
    }
    if (m_pagesInWriter == 0 && !m_running && m_again)
        requestSync();
}

void SyncWorker::finish()
{
    m_running = false;
    m_backoff.reset();
    Q_EMIT syncFinished(true, {});
    if (m_again)
        requestSync();
}

void SyncWorker::fail(const ApiError& error)
{
    // Pages handed to the writer before the failure are whole, each with its cursor: it goes on
    // storing them, and the next pull waits for it (requestSync).
    m_running = false;
    m_again = false;
    qCInfo(lcSync) << "sync failed:" << error.describe();
    if (error.isUnauthenticated()) {
        // Everything stays queued; signIn() resumes from here.
        m_needsSignIn = true;
        if (m_live)
            m_live->close();
        Q_EMIT syncFinished(false, error.describe());
        Q_EMIT signInRequired();
        return;
    }
    const auto delay = m_backoff.next();
    m_retry.start(delay);
    Q_EMIT syncFinished(false, error.describe());
    Q_EMIT retryScheduled(qint64(delay.count()));
}

} // namespace roost::client
