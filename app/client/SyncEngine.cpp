// SPDX-License-Identifier: Apache-2.0
#include "SyncEngine.h"

#include "LocalStore.h"
#include "Outbox.h"
#include "Reconciler.h"
#include "SyncWorker.h"

#include <QPointer>

namespace roost::client {

SyncEngine::SyncEngine(SyncOptions options, TokenStore& tokens, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_tokens(tokens)
{
    m_thread.setObjectName(QStringLiteral("roost-sync"));
}

SyncEngine::~SyncEngine()
{
    // Pending replies are aborted with the worker; what they would have answered is still
    // queued in the outbox, so the next engine sends it again.
    m_thread.quit();
    m_thread.wait();
}

bool SyncEngine::start()
{
    m_store = std::make_unique<LocalStore>(m_options.databasePath);
    if (!m_store->open()) {
        m_lastError = m_store->lastError();
        return false;
    }
    m_writes = std::make_unique<LocalWrites>(*m_store, m_clock);
    m_worker = new SyncWorker(m_options, m_tokens);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &SyncWorker::start);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::syncStarted, this, &SyncEngine::syncStarted);
    connect(m_worker, &SyncWorker::progress, this, &SyncEngine::progress);
    connect(m_worker, &SyncWorker::syncFinished, this, &SyncEngine::syncFinished);
    connect(m_worker, &SyncWorker::cacheChanged, this, &SyncEngine::cacheChanged);
    connect(m_worker, &SyncWorker::signInRequired, this, &SyncEngine::signInRequired);
    connect(m_worker, &SyncWorker::signedIn, this, &SyncEngine::signedIn);
    connect(m_worker, &SyncWorker::signedOut, this, &SyncEngine::signedOut);
    connect(m_worker, &SyncWorker::signInFailed, this, &SyncEngine::signInFailed);
    connect(m_worker, &SyncWorker::retryScheduled, this, &SyncEngine::retryScheduled);
    connect(m_worker, &SyncWorker::liveConnectedChanged, this, &SyncEngine::liveConnectedChanged);
    m_thread.start();
    return true;
}

void SyncEngine::syncNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::requestSync, Qt::QueuedConnection);
}

void SyncEngine::signIn(const QString& email, const QString& password)
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, email, password] { worker->signIn(email, password); },
                                  Qt::QueuedConnection);
}

void SyncEngine::signUp(const QString& email, const QString& password, const QString& displayName)
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, email, password, displayName] { worker->signUp(email, password, displayName); },
            Qt::QueuedConnection);
}

void SyncEngine::signOut()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::signOut, Qt::QueuedConnection);
}

QString SyncEngine::userId() const
{
    return m_store ? m_store->meta(QStringLiteral("user_id")) : QString();
}

void SyncEngine::call(const ApiRequest& request, QObject* context, ApiClient::Callback done)
{
    if (!m_worker) {
        ApiResult result;
        result.error = {ApiError::Kind::Network, 0, {}, QStringLiteral("the sync engine is not started"), {}};
        done(result);
        return;
    }
    // The answer comes back through the engine, which outlives its worker; the context is
    // only looked at on this thread.
    QPointer<QObject> guard(context);
    auto deliver = [this, guard, done = std::move(done)](const ApiResult& result) {
        QMetaObject::invokeMethod(this, [guard, done, result] {
            if (guard)
                done(result);
        }, Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request, deliver] { worker->call(request, deliver); },
                              Qt::QueuedConnection);
}

WriteResult SyncEngine::written(WriteResult result)
{
    if (result.ok()) {
        // Every view shows the change at once, online or not; queued, so no view reloads in
        // the middle of the handler that made the write.
        QMetaObject::invokeMethod(this, &SyncEngine::cacheChanged, Qt::QueuedConnection);
        syncNow();
    }
    return result;
}

WriteResult SyncEngine::notStarted()
{
    return {QString(), FieldErrors{{QStringLiteral("store"), QStringLiteral("the sync engine is not started")}}};
}

WriteResult SyncEngine::createListing(const QJsonObject& fields)
{
    return m_writes ? written(m_writes->createListing(fields)) : notStarted();
}

WriteResult SyncEngine::updateListing(const QString& id, const QJsonObject& fields)
{
    return m_writes ? written(m_writes->updateListing(id, fields)) : notStarted();
}

WriteResult SyncEngine::deleteListing(const QString& id)
{
    return m_writes ? written(m_writes->deleteListing(id)) : notStarted();
}

WriteResult SyncEngine::createBlock(const QString& listingId, const QJsonObject& fields)
{
    return m_writes ? written(m_writes->createBlock(listingId, fields)) : notStarted();
}

WriteResult SyncEngine::deleteBlock(const QString& id)
{
    return m_writes ? written(m_writes->deleteBlock(id)) : notStarted();
}

WriteResult SyncEngine::createBooking(const QJsonObject& fields)
{
    return m_writes ? written(m_writes->createBooking(fields)) : notStarted();
}

WriteResult SyncEngine::cancelBooking(const QString& id, const QString& reason)
{
    return m_writes ? written(m_writes->cancelBooking(id, reason)) : notStarted();
}

WriteResult SyncEngine::acceptBooking(const QString& id)
{
    return m_writes ? written(m_writes->acceptBooking(id)) : notStarted();
}

WriteResult SyncEngine::declineBooking(const QString& id)
{
    return m_writes ? written(m_writes->declineBooking(id)) : notStarted();
}

WriteResult SyncEngine::createReview(const QString& bookingId, const QJsonObject& fields)
{
    return m_writes ? written(m_writes->createReview(bookingId, fields)) : notStarted();
}

WriteResult SyncEngine::updateProfile(const QJsonObject& fields)
{
    return m_writes ? written(m_writes->updateProfile(fields)) : notStarted();
}

bool SyncEngine::resolveKeepMine(const QString& id)
{
    if (!m_writes)
        return false;
    Outbox outbox(*m_store);
    const QString entity = outbox.entityOf(id);
    if (entity.isEmpty() || !Reconciler(*m_store, outbox).resolveKeepMine(entity, id))
        return false;
    syncNow();
    return true;
}

bool SyncEngine::resolveFields(const QString& id, const QStringList& keepMine)
{
    if (!m_writes)
        return false;
    Outbox outbox(*m_store);
    const QString entity = outbox.entityOf(id);
    if (entity.isEmpty() || !Reconciler(*m_store, outbox).resolveFields(entity, id, keepMine))
        return false;
    Q_EMIT cacheChanged();
    syncNow();
    return true;
}

bool SyncEngine::resolveTakeTheirs(const QString& id)
{
    if (!m_writes)
        return false;
    Outbox outbox(*m_store);
    const QString entity = outbox.entityOf(id);
    if (entity.isEmpty() || !Reconciler(*m_store, outbox).resolveTakeTheirs(entity, id))
        return false;
    Q_EMIT cacheChanged();
    return true;
}

} // namespace roost::client
