// SPDX-License-Identifier: Apache-2.0
#include "LiveChannel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace roost::client {

LiveChannel::LiveChannel(Backoff backoff, QObject* parent)
    : QObject(parent), m_socket(QString(), QWebSocketProtocol::VersionLatest, this), m_backoff(backoff)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &LiveChannel::connectNow);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_backoff.reset();
        m_connected = true;
        Q_EMIT connectedChanged(true);
        // Whatever changed while we were not listening is waiting: ask for a pull.
        Q_EMIT poked();
    });
    // stateChanged, not disconnected: a refused connection never was connected, so it only
    // changes state, and it must be retried too.
    connect(&m_socket, &QWebSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
        if (state == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &LiveChannel::onMessage);
}

LiveChannel::~LiveChannel()
{
    // The socket outlives the reconnect timer (declared first): it must not call back into us.
    m_wanted = false;
    disconnect(&m_socket, nullptr, this, nullptr);
    m_socket.abort();
}

void LiveChannel::open(const QUrl& url, const QByteArray& accessToken)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("access_token"), QString::fromUtf8(accessToken));
    m_url = url;
    m_url.setQuery(query);
    m_wanted = true;
    m_socket.abort();
    m_reconnect.stop();
    connectNow();
}

void LiveChannel::close()
{
    m_wanted = false;
    m_reconnect.stop();
    m_socket.abort();
}

void LiveChannel::connectNow()
{
    if (m_wanted && m_socket.state() == QAbstractSocket::UnconnectedState)
        m_socket.open(m_url);
}

void LiveChannel::onDisconnected()
{
    if (m_connected) {
        m_connected = false;
        Q_EMIT connectedChanged(false);
    }
    if (!m_wanted || m_reconnect.isActive())
        return;
    const auto delay = m_backoff.next();
    qCDebug(lcSync) << "live channel closed:" << m_socket.errorString() << "- reconnecting in" << delay.count() << "ms";
    m_reconnect.start(delay);
}

void LiveChannel::onMessage(const QString& message)
{
    const QJsonObject object = QJsonDocument::fromJson(message.toUtf8()).object();
    if (object.value(QStringLiteral("type")).toString() == QLatin1String("poke"))
        Q_EMIT poked();
}

} // namespace roost::client
