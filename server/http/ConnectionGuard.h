// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/GuardedTcpServer.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace roost::server {

/// Socket property set by the guard when the client asked to close after this request
/// (`Connection: close`, or HTTP/1.0 without keep-alive).
inline constexpr const char* kCloseAfterAnswer = "roost_close_after_answer";

/// Watches one connection's byte stream (HTTP/1.1 framing by Content-Length) to enforce the
/// GuardedTcpServer limits. Lives as a child of its socket.
class ConnectionGuard final : public QObject
{
    Q_OBJECT

public:
    ConnectionGuard(QTcpSocket* socket, const GuardedTcpServer::Limits& limits);

private:
    void onReadyRead();
    /// Consumes `data` (new bytes) against the framing state; false once the request is refused.
    bool scan(const QByteArray& data);
    bool inspectHeaders(const QByteArray& head);
    void refuse(int status, const char* reason, const char* code, const char* message);

    enum class Phase { Headers, Body, Passthrough, Refused };

    QTcpSocket* m_socket;
    const GuardedTcpServer::Limits& m_limits;
    Phase m_phase = Phase::Headers;
    QByteArray m_head;
    qint64 m_bodyRemaining = 0;
    QTimer m_idle;
    QTimer m_headerDeadline;
};

} // namespace roost::server
