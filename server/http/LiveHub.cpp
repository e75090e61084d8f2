// SPDX-License-Identifier: Apache-2.0
#include "http/LiveHub.h"

#include "http/Request.h"
#include "services/SyncCursor.h"

#include <roost/Error.h>

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcLive, "roost.sync.live")

namespace roost::server {
namespace {

const QString kLivePath = QStringLiteral("/api/v1/sync/live");
// Often enough that proxies keep the connection open (they commonly cut idle ones after 60 s)
// and dead clients go within two intervals; rarely enough to cost nothing.
constexpr int kPingIntervalMs = 25'000;

QString peerKey(const QHostAddress& address, quint16 port)
{
    return address.toString() + QLatin1Char('|') + QString::number(port);
}

} // namespace

LiveHub::LiveHub(Authenticator& authenticator, QObject* parent) : QObject(parent), m_authenticator(authenticator)
{
    m_clock.start();
    m_ping.setInterval(kPingIntervalMs);
    connect(&m_ping, &QTimer::timeout, this, &LiveHub::pingAll);
    m_ping.start();
}

LiveHub::~LiveHub()
{
    const QList<QWebSocket*> sockets = m_clients.keys();
    for (QWebSocket* socket : sockets) {
        socket->disconnect(this);
        delete socket;
    }
}

bool LiveHub::isLiveUpgrade(const QHttpServerRequest& request)
{
    return request.url().path() == kLivePath
           && headerValue(request, QByteArrayLiteral("Upgrade")).compare("websocket", Qt::CaseInsensitive) == 0;
}

bool LiveHub::admit(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QByteArray token = QUrlQuery(request.url()).queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded).toUtf8();
    const QByteArray authorization = headerValue(request, QByteArrayLiteral("Authorization"));
    if (token.isEmpty() && authorization.startsWith("Bearer "))
        token = authorization.mid(7).trimmed();
    if (token.isEmpty())
        return false;
    try {
        const AuthUser caller = m_authenticator.authenticate(token);
        m_admitted.insert(peerKey(socket->peerAddress(), socket->peerPort()), Admitted{caller.userId, m_clock.elapsed()});
        return true;
    } catch (const Error&) {
        return false;
    }
}

void LiveHub::adopt(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket* socket = owned.release();
    const QUuid user = m_admitted.take(peerKey(socket->peerAddress(), socket->peerPort())).user;
    if (user.isNull()) { // not through admit(): cannot happen, but never serve anyone unknown
        socket->abort();
        socket->deleteLater();
        return;
    }
    m_clients.insert(socket, Client{user, true});
    connect(socket, &QWebSocket::pong, this, [this, socket] {
        if (auto it = m_clients.find(socket); it != m_clients.end())
            it->answered = true;
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); });
    qCDebug(lcLive) << "live client connected;" << m_clients.size() << "on this thread";
}

void LiveHub::poke(qint64 version, const QList<QUuid>& users, bool everyone)
{
    const QString message = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("poke")},
                                  {QStringLiteral("cursor"), encodeSyncCursor(version)}})
            .toJson(QJsonDocument::Compact));
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        if (everyone || users.contains(it->user))
            it.key()->sendTextMessage(message);
    }
}

void LiveHub::pingAll()
{
    const qint64 stale = m_clock.elapsed() - kPingIntervalMs;
    m_admitted.removeIf([stale](QHash<QString, Admitted>::iterator it) { return it->atMs < stale; });
    const QList<QWebSocket*> sockets = m_clients.keys();
    for (QWebSocket* socket : sockets) {
        Client& client = m_clients[socket];
        if (!client.answered) {
            qCDebug(lcLive) << "live client stopped answering; closing it";
            socket->abort();
            drop(socket);
            continue;
        }
        client.answered = false;
        socket->ping();
    }
}

void LiveHub::drop(QWebSocket* socket)
{
    if (m_clients.remove(socket))
        socket->deleteLater();
}

} // namespace roost::server
