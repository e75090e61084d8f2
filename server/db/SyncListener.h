// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QUuid>

#include <atomic>
#include <string>

class QThread;

namespace roost::server {

/// The process's one `LISTEN roost_sync` (migration 0004 notifies at every commit that logged a
/// change): a connection and a thread of its own, whose notifications become `changed()`,
/// delivered queued to the HTTP threads. Several server processes on one database each have
/// their own listener, so a change made through any of them reaches every live client.
class SyncListener final : public QObject
{
    Q_OBJECT

public:
    explicit SyncListener(std::string databaseUrl, QObject* parent = nullptr);
    ~SyncListener() override;

    void start();
    void stop();

Q_SIGNALS:
    /// A transaction committed changes up to `version` for `users`, or for anyone (`everyone`:
    /// something public changed, or notifications may have been missed while reconnecting).
    void changed(qint64 version, const QList<QUuid>& users, bool everyone);

private:
    void run();
    void notified(const std::string& payload);

    std::string m_url;
    std::atomic_bool m_stopping = false;
    QThread* m_thread = nullptr;
};

} // namespace roost::server
