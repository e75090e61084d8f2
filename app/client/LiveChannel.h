// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Backoff.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace roost::client {

/// The `/sync/live` WebSocket: says when the server has something to pull. It reconnects with
/// backoff for as long as it is wanted; a lost connection only delays changes until the
/// engine's next timed sync, so nothing depends on it.
class LiveChannel : public QObject
{
    Q_OBJECT

public:
    LiveChannel(Backoff backoff, QObject* parent = nullptr);
    ~LiveChannel() override;

    /// Connects (again) to `url` with `accessToken`, replacing any current connection.
    void open(const QUrl& url, const QByteArray& accessToken);
    void close();
    bool isConnected() const { return m_connected; }

Q_SIGNALS:
    void poked();
    void connectedChanged(bool connected);

private:
    void connectNow();
    void onDisconnected();
    void onMessage(const QString& message);

    QWebSocket m_socket;
    QTimer m_reconnect;
    Backoff m_backoff;
    QUrl m_url;
    bool m_wanted = false;
    bool m_connected = false;
};

} // namespace roost::client
