// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

#include <atomic>
#include <optional>

namespace roost::server {

/// Limits QtHttpServer 6.4 does not have: a connection cap, idle and slow-header timeouts, a
/// bound on the header block, and body size limits enforced from `Content-Length` before the
/// body is buffered. Its per-socket readyRead handler is connected before QtHttpServer's, so it
/// sees each byte first (peek) and can answer 413/431/400 itself and close the connection.
/// With a TLS configuration each connection is a QSslSocket that reaches QtHttpServer only once
/// its handshake is done, so everything above reads plain HTTP.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT

public:
    struct Limits {
        int maxConnections = 1024;
        int idleTimeoutMs = 30'000;
        int headerTimeoutMs = 10'000; ///< a whole header block must arrive within this (slowloris)
        qint64 maxJsonBody = 1 << 20;
        qint64 maxPhotoBody = 10 << 20;
        int maxHeaderBytes = 16 * 1024;
        int handshakeTimeoutMs = 10'000;
    };

    GuardedTcpServer(Limits limits, std::optional<QSslConfiguration> tls, std::atomic<int>& openGauge,
                     QObject* parent = nullptr);

    int openConnections() const { return m_open; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void accept(QTcpSocket* socket);

    Limits m_limits;
    std::optional<QSslConfiguration> m_tls;
    std::atomic<int>& m_openGauge;
    int m_open = 0;
};

} // namespace roost::server
