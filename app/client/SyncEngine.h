// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiClient.h"
#include "LocalWrites.h"
#include "SyncOptions.h"

#include "roost/Clock.h"

#include <QObject>
#include <QStringList>
#include <QThread>

#include <memory>

namespace roost::client {

class LocalStore;
class SyncWorker;
class TokenStore;

/// The desktop client's sync engine. The network side runs on its own thread (SyncWorker);
/// this object lives on the caller's (GUI) thread with its own connection to the cache, so
/// reads and local writes never wait on the network. Every write is a local change plus an
/// outbox mutation, then a sync request.
///
/// Destroying the engine stops the thread at once; queued mutations stay in the cache file and
/// the next engine on the same file sends them again (the server keeps mutation ids, so nothing
/// is applied twice).
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    /// `tokens` must outlive the engine; it is used from the sync thread.
    SyncEngine(SyncOptions options, TokenStore& tokens, QObject* parent = nullptr);
    ~SyncEngine() override;

    /// Opens the cache and starts the sync thread. False when the cache cannot be opened.
    bool start();
    /// The GUI thread's view of the cache (after a successful start()).
    LocalStore& store() { return *m_store; }
    const QString& lastError() const { return m_lastError; }

    void syncNow();
    void signIn(const QString& email, const QString& password);
    void signUp(const QString& email, const QString& password, const QString& displayName);
    void signOut();
    /// The account this cache belongs to (empty before the first sign-in).
    QString userId() const;

    /// An online-only request (payment, photo upload, review response, password change) with
    /// the engine's session, so there is one refresh-token rotation, never two racing. `done`
    /// runs on this (the GUI) thread, and not at all once `context` is gone.
    void call(const ApiRequest& request, QObject* context, ApiClient::Callback done);

    WriteResult createListing(const QJsonObject& fields);
    WriteResult updateListing(const QString& id, const QJsonObject& fields);
    WriteResult deleteListing(const QString& id);
    WriteResult createBlock(const QString& listingId, const QJsonObject& fields);
    WriteResult deleteBlock(const QString& id);
    WriteResult createBooking(const QJsonObject& fields);
    WriteResult cancelBooking(const QString& id, const QString& reason = {});
    WriteResult acceptBooking(const QString& id);
    WriteResult declineBooking(const QString& id);
    WriteResult createReview(const QString& bookingId, const QJsonObject& fields);
    WriteResult updateProfile(const QJsonObject& fields);

    /// For a conflicted object: send my changes again, on top of the server's current version.
    bool resolveKeepMine(const QString& id);
    /// For a conflicted or rejected object: drop my changes and show the server's object.
    bool resolveTakeTheirs(const QString& id);
    /// For a conflicted update, field by field: the fields named in `keepMine` are sent again on
    /// top of the server's version, every other field takes the server's value. False when the
    /// object has no conflicted update.
    bool resolveFields(const QString& id, const QStringList& keepMine);

Q_SIGNALS:
    void syncStarted();
    void progress(const QString& phase, int done, int total);
    void syncFinished(bool ok, const QString& error);
    /// Objects in the cache changed (a pull page or push results): views reload.
    void cacheChanged();
    /// The session is gone (refresh refused): sign in again; everything queued is kept.
    void signInRequired();
    void signedIn(const QString& userId);
    void signedOut();
    void signInFailed(const QString& error);
    void retryScheduled(qint64 delayMs);
    void liveConnectedChanged(bool connected);

private:
    WriteResult written(WriteResult result);
    static WriteResult notStarted();

    SyncOptions m_options;
    TokenStore& m_tokens;
    SystemClock m_clock;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<LocalWrites> m_writes;
    QThread m_thread;
    SyncWorker* m_worker = nullptr;
    QString m_lastError;
};

} // namespace roost::client
