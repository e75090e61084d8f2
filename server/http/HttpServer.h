// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/Router.h"

#include <QAbstractHttpServer>

#include <memory>

namespace roost::server {

struct ServerContext;
class LiveHub;

/// One worker thread's HTTP server: Roost's own route table on QAbstractHttpServer (6.4's
/// QHttpServer cannot be extended for WebSocket upgrades), with the error envelope for
/// everything that goes wrong. Runs each handler synchronously on its thread. Every answer
/// carries an `X-Request-Id`, is counted in the metrics and written to the access log.
class HttpServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    HttpServer(ServerContext& context, Router router, Authenticator& authenticator, QObject* parent = nullptr);
    ~HttpServer() override;

    /// This thread's live (WebSocket) clients.
    LiveHub& live() { return *m_live; }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    /// The answer, and the matched route pattern (or a fixed label) for metrics and logs.
    Response dispatch(const QHttpServerRequest& request, const QHostAddress& client, QString& route);
    /// Seconds to wait when the caller is over a rate limit, else 0.
    int throttled(const QHttpServerRequest& request, const QHostAddress& client) const;
    void write(const QHttpServerRequest& request, QTcpSocket* socket, const Response& response);

    ServerContext& m_context;
    Router m_router;
    Authenticator& m_authenticator;
    std::unique_ptr<LiveHub> m_live;
};

} // namespace roost::server
