// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace roost::app {

class AppContext;

/// The status bar's view of sync: online or offline, when the last sync succeeded, how many
/// changes wait to be sent, progress while syncing, Sync now, and Sign in when the session is gone.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(AppContext& context, QWidget* parent = nullptr);

    /// The live channel is connected, or the last sync reached the server.
    bool isOnline() const { return m_live || m_lastOk; }
    int pendingCount() const { return m_pending; }
    bool signInRequired() const { return m_signInRequired; }
    void setSignInRequired(bool required);

private:
    void refresh();
    void countPending();

    AppContext& m_context;
    QLabel* m_state = nullptr;
    QLabel* m_lastSync = nullptr;
    QLabel* m_pendingLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_syncNow = nullptr;
    QToolButton* m_signIn = nullptr;
    bool m_live = false;
    bool m_lastOk = false;
    bool m_syncing = false;
    bool m_signInRequired = false;
    int m_pending = 0;
    QString m_lastError;
    QDateTime m_lastSyncTime;
};

} // namespace roost::app
