// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <initializer_list>
#include <memory>

namespace roost::server {

/// Turns POSIX signals (SIGTERM from systemd, SIGINT from a terminal) into a clean
/// QCoreApplication::quit() on the main thread, through a self-pipe: a signal handler may only
/// write(2), never touch Qt.
class SignalWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(std::initializer_list<int> signalNumbers);
    ~SignalWatcher() override;

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace roost::server
