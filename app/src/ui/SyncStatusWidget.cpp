// SPDX-License-Identifier: Apache-2.0
#include "ui/SyncStatusWidget.h"

#include "common/AppContext.h"

#include "Outbox.h"
#include "SyncEngine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace roost::app {
namespace {

constexpr int kRecountMs = 2000;

} // namespace

SyncStatusWidget::SyncStatusWidget(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("syncStatus"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("syncState"));
    m_state->setAccessibleName(tr("Connection"));
    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(QStringLiteral("syncLastTime"));
    m_lastSync->setAccessibleName(tr("Last sync"));
    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(QStringLiteral("syncPending"));
    m_pendingLabel->setAccessibleName(tr("Changes waiting to be sent"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    m_syncNow = new QToolButton(this);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setText(tr("Sync now"));
    m_syncNow->setAccessibleName(tr("Sync now"));
    m_syncNow->setToolTip(tr("Send waiting changes and fetch new ones (F5)"));
    m_signIn = new QToolButton(this);
    m_signIn->setObjectName(QStringLiteral("statusSignInButton"));
    m_signIn->setText(tr("Sign in…"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_signIn->setVisible(false);
    layout->addWidget(m_state);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_pendingLabel);
    layout->addStretch(1);
    layout->addWidget(m_progress);
    layout->addWidget(m_signIn);
    layout->addWidget(m_syncNow);

    client::SyncEngine& engine = context.engine();
    connect(m_syncNow, &QToolButton::clicked, &engine, &client::SyncEngine::syncNow);
    connect(m_signIn, &QToolButton::clicked, &context, &AppContext::signInRequested);
    connect(&engine, &client::SyncEngine::syncStarted, this, [this] {
        m_syncing = true;
        m_progress->setRange(0, 0);
        refresh();
    });
    connect(&engine, &client::SyncEngine::progress, this, [this](const QString& phase, int done, int total) {
        // Without a total (a pull does not know how many pages follow) the bar only says "busy".
        m_progress->setRange(0, total > 0 ? total : 0);
        m_progress->setValue(total > 0 ? done : 0);
        m_progress->setToolTip(phase);
    });
    connect(&engine, &client::SyncEngine::syncFinished, this, [this](bool ok, const QString& error) {
        m_syncing = false;
        m_lastOk = ok;
        m_lastError = error;
        if (ok)
            m_lastSyncTime = QDateTime::currentDateTime();
        countPending();
    });
    connect(&engine, &client::SyncEngine::liveConnectedChanged, this, [this](bool connected) {
        m_live = connected;
        refresh();
    });
    connect(&engine, &client::SyncEngine::signInRequired, this, [this] { setSignInRequired(true); });
    connect(&engine, &client::SyncEngine::signedOut, this, [this] { setSignInRequired(true); });
    connect(&engine, &client::SyncEngine::signedIn, this, [this] { setSignInRequired(false); });
    connect(&engine, &client::SyncEngine::cacheChanged, this, &SyncStatusWidget::countPending);
    // A write while signed out starts no sync and changes nothing the engine announces; one
    // indexed COUNT every few seconds keeps the number true anyway.
    auto* recount = new QTimer(this);
    recount->setInterval(kRecountMs);
    connect(recount, &QTimer::timeout, this, [this] {
        if (client::Outbox(m_context.store()).count() != m_pending)
            countPending();
    });
    recount->start();
    countPending();
}

void SyncStatusWidget::setSignInRequired(bool required)
{
    m_signInRequired = required;
    refresh();
}

void SyncStatusWidget::countPending()
{
    m_pending = client::Outbox(m_context.store()).count();
    refresh();
}

void SyncStatusWidget::refresh()
{
    if (m_signInRequired) {
        m_state->setText(tr("Sign-in required"));
        m_state->setToolTip(tr("Your changes are kept and will be sent after you sign in."));
    } else if (m_syncing) {
        m_state->setText(tr("Syncing…"));
        m_state->setToolTip({});
    } else if (isOnline()) {
        m_state->setText(tr("Online"));
        m_state->setToolTip({});
    } else {
        m_state->setText(tr("Offline"));
        m_state->setToolTip(m_lastError.isEmpty() ? tr("The server has not been reached yet.")
                                                  : tr("The server cannot be reached: %1").arg(m_lastError));
    }
    m_lastSync->setText(m_lastSyncTime.isValid()
                            ? tr("Last sync %1").arg(QLocale().toString(m_lastSyncTime.time(), QLocale::ShortFormat))
                            : tr("Not synced yet"));
    m_pendingLabel->setText(tr("%n change(s) waiting", nullptr, m_pending));
    m_pendingLabel->setVisible(m_pending > 0);
    m_progress->setVisible(m_syncing);
    m_signIn->setVisible(m_signInRequired);
}

} // namespace roost::app
