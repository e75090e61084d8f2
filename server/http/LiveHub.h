// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/AuthUser.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUuid>

#include <memory>

class QHttpServerRequest;
class QTcpSocket;
class QWebSocket;

namespace roost::server {

/// `GET /sync/live` on one HTTP thread: the WebSockets of signed-in clients, poked with
/// `{"type":"poke","cursor":"..."}` when a commit changed something they would pull. Sockets
/// that stop answering pings are closed.
class LiveHub final : public QObject
{
    Q_OBJECT

public:
    explicit LiveHub(Authenticator& authenticator, QObject* parent = nullptr);
    ~LiveHub() override;

    /// Whether `request` is a WebSocket upgrade of the live path.
    static bool isLiveUpgrade(const QHttpServerRequest& request);
    /// Checks the access token (`?access_token=` or `Authorization: Bearer`) of an upgrade and
    /// remembers the caller for the socket; false (no upgrade) without a valid one.
    bool admit(const QHttpServerRequest& request, QTcpSocket* socket);
    /// Takes over an upgraded socket admitted before.
    void adopt(std::unique_ptr<QWebSocket> socket);

    /// A commit stamped `version` for `users` (or for anyone): pokes their sockets.
    void poke(qint64 version, const QList<QUuid>& users, bool everyone);

    int clientCount() const { return int(m_clients.size()); }

private:
    struct Client {
        QUuid user;
        bool answered = true; ///< a pong (or the connection itself) since the last ping
    };
    void pingAll();
    void drop(QWebSocket* socket);

    Authenticator& m_authenticator;
    struct Admitted {
        QUuid user;
        qint64 atMs = 0; ///< monotonic; an upgrade that never completes is forgotten at a ping
    };
    QHash<QString, Admitted> m_admitted; ///< peer address:port → caller, between admit and adopt
    QElapsedTimer m_clock;
    QHash<QWebSocket*, Client> m_clients;
    QTimer m_ping;
};

} // namespace roost::server
