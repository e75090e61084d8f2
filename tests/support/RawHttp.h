// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QTcpSocket>
#include <optional>

namespace roost::test {

/// One HTTP/1.1 answer read off a raw connection.
struct RawAnswer {
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const;
};

/// Parses the first complete answer (status line, headers, Content-Length body) at the start of
/// `bytes`; nothing when it is not complete. `consumed` gets the answer's length in bytes.
std::optional<RawAnswer> parseAnswer(const QByteArray& bytes, qsizetype* consumed = nullptr);

/// A hand-driven keep-alive connection: write any bytes, read whole answers one by one, see
/// when the server closes. For framing, timeouts and pipelining, which HTTP libraries hide.
class RawConnection
{
public:
    explicit RawConnection(quint16 port, int connectTimeoutMs = 5000);

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray& bytes);
    /// The next complete answer, or nothing if none arrives within `timeoutMs`.
    std::optional<RawAnswer> readAnswer(int timeoutMs = 10'000);
    /// Waits up to `timeoutMs` for the server to close the connection; true if it did.
    bool waitForClosed(int timeoutMs);
    /// Bytes received but not yet returned as an answer.
    const QByteArray& pending() const { return m_buffer; }

private:
    void pump(int waitMs);

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

/// An HTTP/1.1 request as bytes: `method path`, Host, the headers, and the body with its
/// Content-Length (and Content-Type application/json when there is one).
QByteArray requestBytes(const QByteArray& method, const QByteArray& path, const QByteArray& body = {},
    const QList<QPair<QByteArray, QByteArray>>& headers = {});

/// Opens one connection per request and, only once all are open, writes every request back to
/// back, so the server gets them at the same moment and handles them concurrently (what a race
/// test needs; one HTTP client would queue them). The answers come in request order; a request
/// without an answer within `timeoutMs` has status 0.
QList<RawAnswer> sendAtOnce(quint16 port, const QList<QByteArray>& requests, int timeoutMs = 60'000);
/// The same over several servers: request i goes to `ports[i % ports.size()]`.
QList<RawAnswer> sendAtOnce(const QList<quint16>& ports, const QList<QByteArray>& requests, int timeoutMs = 60'000);

} // namespace roost::test
