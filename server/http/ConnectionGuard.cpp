// SPDX-License-Identifier: Apache-2.0
#include "http/ConnectionGuard.h"

#include <QRegularExpression>
#include <QTcpSocket>

#include <sys/socket.h>

namespace roost::server {
namespace {

// After refusing a request we keep reading (and discarding) for a moment before closing, so the
// client's unsent body does not turn our answer into a connection reset.
constexpr int kDrainMs = 2000;

bool isPhotoUpload(const QByteArray& requestLine)
{
    static const QRegularExpression photos(QStringLiteral("^POST /api/v1/listings/[^/ ?]+/photos[ ?]"));
    return photos.match(QString::fromLatin1(requestLine)).hasMatch();
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, const GuardedTcpServer::Limits& limits)
    : QObject(socket), m_socket(socket), m_limits(limits)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_limits.idleTimeoutMs);
    m_headerDeadline.setSingleShot(true);
    m_headerDeadline.setInterval(m_limits.headerTimeoutMs);
    connect(&m_idle, &QTimer::timeout, m_socket, &QTcpSocket::abort);
    connect(&m_headerDeadline, &QTimer::timeout, this,
            [this] { refuse(408, "Request Timeout", "bad_request", "The request headers took too long to arrive."); });
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_phase != Phase::Refused)
            m_idle.start();
    });
    m_idle.start();
}

void ConnectionGuard::onReadyRead()
{
    if (m_phase == Phase::Passthrough)
        return;
    if (m_phase == Phase::Refused) {
        m_socket->readAll();
        return;
    }
    m_idle.start();
    const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
    if (!scan(data))
        m_socket->readAll(); // QtHttpServer's handler, which runs next, must see nothing of it
}

bool ConnectionGuard::scan(const QByteArray& data)
{
    qsizetype pos = 0;
    while (pos < data.size()) {
        if (m_phase == Phase::Body) {
            const qint64 take = std::min<qint64>(m_bodyRemaining, data.size() - pos);
            m_bodyRemaining -= take;
            pos += take;
            if (m_bodyRemaining == 0)
                m_phase = Phase::Headers;
            continue;
        }
        if (m_phase != Phase::Headers)
            return m_phase != Phase::Refused;
        if (m_head.isEmpty())
            m_headerDeadline.start();
        const qsizetype before = m_head.size();
        m_head += data.mid(pos);
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > m_limits.maxHeaderBytes) {
                refuse(431, "Request Header Fields Too Large", "bad_request", "The request headers are too large.");
                return false;
            }
            return true;
        }
        m_headerDeadline.stop();
        const qsizetype headEnd = end + 4;
        pos += headEnd - before;
        const QByteArray head = m_head.left(headEnd);
        m_head.clear();
        if (!inspectHeaders(head))
            return false;
    }
    return true;
}

bool ConnectionGuard::inspectHeaders(const QByteArray& head)
{
    if (head.size() > m_limits.maxHeaderBytes) {
        refuse(431, "Request Header Fields Too Large", "bad_request", "The request headers are too large.");
        return false;
    }
    const QList<QByteArray> lines = head.split('\n');
    qint64 length = 0;
    bool sawLength = false;
    bool keepAlive = !lines.value(0).trimmed().endsWith("HTTP/1.0"); // HTTP/1.1 keeps by default
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            // Digits only, and only once: QtHttpServer frames the body by the first length, so a
            // second, different one would let a body past the size limit (request smuggling).
            bool ok = !value.isEmpty() && value.size() <= 18;
            for (const char c : value)
                ok = ok && c >= '0' && c <= '9';
            if (!ok || sawLength) {
                refuse(400, "Bad Request", "bad_request",
                       sawLength ? "Send one Content-Length header." : "Content-Length is not a number.");
                return false;
            }
            sawLength = true;
            length = value.toLongLong();
        } else if (name == "transfer-encoding" && value.toLower() != "identity") {
            // Chunked bodies cannot be sized before they are buffered; every client we know can
            // send Content-Length instead.
            refuse(411, "Length Required", "bad_request", "Send the body with a Content-Length.");
            return false;
        } else if (name == "connection") {
            const QByteArray tokens = value.toLower();
            if (tokens.contains("close"))
                keepAlive = false;
            else if (tokens.contains("keep-alive"))
                keepAlive = true;
        } else if (name == "upgrade" && value.toLower() == "websocket") {
            m_phase = Phase::Passthrough; // the WebSocket takes over the connection
            m_idle.stop();
            return true;
        }
    }
    const qint64 limit = isPhotoUpload(lines.value(0)) ? m_limits.maxPhotoBody : m_limits.maxJsonBody;
    if (length > limit) {
        refuse(413, "Payload Too Large", "payload_too_large",
               limit == m_limits.maxPhotoBody ? "Photos may be at most 10 MiB." : "Request bodies may be at most 1 MiB.");
        return false;
    }
    // HttpServer reads this when it answers, to close the connection after the answer.
    m_socket->setProperty(kCloseAfterAnswer, !keepAlive);
    m_bodyRemaining = length;
    m_phase = length > 0 ? Phase::Body : Phase::Headers;
    return true;
}

void ConnectionGuard::refuse(int status, const char* reason, const char* code, const char* message)
{
    if (m_phase == Phase::Refused)
        return;
    m_phase = Phase::Refused;
    m_headerDeadline.stop();
    m_idle.stop();
    const QByteArray body = QByteArrayLiteral("{\"error\":{\"code\":\"") + code + QByteArrayLiteral("\",\"message\":\"")
                            + message + QByteArrayLiteral("\"}}");
    const QByteArray answer = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' ' + reason
                              + QByteArrayLiteral("\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: ")
                              + QByteArray::number(body.size()) + QByteArrayLiteral("\r\n\r\n") + body;
    m_socket->readAll();
    m_socket->write(answer);
    m_socket->flush();
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    QTimer::singleShot(kDrainMs, m_socket, &QTcpSocket::abort);
}

} // namespace roost::server
