// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiClient.h"
#include "Backoff.h"
#include "PullWriter.h"
#include "SyncProtocol.h"
#include "SyncOptions.h"

#include <QAtomicInt>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace roost::client {

class LiveChannel;
class LocalStore;
class Outbox;
class Reconciler;
class TokenStore;

/// The sync loop, on the engine's thread: push the outbox, then pull pages until the server
/// has nothing more, on start, on a timer, on a live poke and on demand. One cycle at a time;
/// a request during a cycle runs one more cycle after it. Owns its own LocalStore connection.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(SyncOptions options, TokenStore& tokens);
    ~SyncWorker() override;

    /// Opens the store and starts syncing if there is a session (else signInRequired).
    void start();
    void requestSync();
    void signIn(const QString& email, const QString& password);
    void signUp(const QString& email, const QString& password, const QString& displayName);
    /// Ends the session here and on the server. The cache and the outbox stay: the same
    /// account finds its queued writes after signing in again.
    void signOut();
    /// One online request with this session (payments, photos, registration-free reads).
    void call(const ApiRequest& request, const std::function<void(const ApiResult&)>& done);

Q_SIGNALS:
    void started(bool ok, const QString& error);
    void syncStarted();
    /// phase is "push" or "pull". For pulls, total is what is done plus the page's `remaining`
    /// (the server's upper bound of the log entries left: the total may overshoot and settles as
    /// pages come; the last page of a cycle makes it equal to done). 0 while a server that does
    /// not send `remaining` has more.
    void progress(const QString& phase, int done, int total);
    void syncFinished(bool ok, const QString& error);
    void cacheChanged();
    void signInRequired();
    void signedIn(const QString& userId);
    void signedOut();
    void signInFailed(const QString& error);
    void retryScheduled(qint64 delayMs);
    void liveConnectedChanged(bool connected);

private:
    void runCycle();
    void pushRound();
    void pullPage();
    /// Asks for one pull page from `cursor`; answers are taken in the order they were asked for.
    void requestPage(const QString& cursor, int chain);
    /// Takes the answer for the oldest page asked for: asks for what follows it and hands it to
    /// the writer. False when the pull failed there.
    bool takePage(const ApiResult& result, int chain);
    /// Ends the current pull's chain: its answers still to come are dropped.
    void dropPull();
    /// Starts the thread that stores pull pages (PullWriter); false with `error` when its cache
    /// connection does not open.
    bool startWriter(QString* error);
    /// The writer's answer for `pages` handed to it: the pull ends when its last page is stored,
    /// and fails when one is not.
    void onPagesStored(int generation, int pages, bool ok, const QString& error);
    /// For a push refused whole (422) for entries it names: rejects those and pushes on. False
    /// when the refusal names none of `batch`.
    bool rejectMalformed(const QList<Mutation>& batch, const ApiError& error);
    void finish();
    void fail(const ApiError& error);
    void onSessionChanged();
    void takeSignIn(const ApiResult& result);
    /// False (and signInFailed) when `userId` may not take over this cache.
    bool adoptAccount(const QString& userId);

    SyncOptions m_options;
    TokenStore& m_tokens;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<Reconciler> m_reconciler;
    ApiClient* m_api = nullptr;
    LiveChannel* m_live = nullptr;
    // Children, so they move to the sync thread with the worker.
    QTimer m_interval;
    QTimer m_retry;
    Backoff m_backoff;
    bool m_running = false;
    bool m_again = false;
    bool m_needsSignIn = false;
    int m_pushTotal = 0;
    int m_pushed = 0;
    int m_pulled = 0;
    QAtomicInt m_generation = 0; ///< bumped on an account switch; older answers are dropped
    int m_pullChain = 0;  ///< bumped per pull and when one fails; answers of older ones are dropped
    /// A pull page asked for and, once it came, its answer.
    struct PageRequest {
        QString cursor;
        quint64 ticket = 0;
        std::optional<ApiResult> answer = std::nullopt;
    };
    std::deque<PageRequest> m_pageRequests; ///< the current pull's pages in flight, in pull order (two at most)
    quint64 m_lastTicket = 0;
    QThread m_writerThread;
    PullWriter* m_writer = nullptr; ///< lives on m_writerThread
    int m_pagesInWriter = 0;        ///< handed to the writer, not yet answered
    bool m_pullEnded = false;       ///< the current pull's last page has come
};

} // namespace roost::client
