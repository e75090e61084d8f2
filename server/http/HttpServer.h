// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/Router.h"

#include <QAbstractHttpServer>

#include <memory>

namespace roost::server {

struct Config;
class LiveHub;

/// One worker thread's HTTP server: Roost's own route table on QAbstractHttpServer (6.4's
/// QHttpServer cannot be extended for WebSocket upgrades), with the error envelope for
/// everything that goes wrong. Runs each handler synchronously on its thread.
class HttpServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    HttpServer(const Config& config, Router router, Authenticator& authenticator, QObject* parent = nullptr);
    ~HttpServer() override;

    /// This thread's live (WebSocket) clients.
    LiveHub& live() { return *m_live; }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Response dispatch(const QHttpServerRequest& request);
    void write(const QHttpServerRequest& request, QTcpSocket* socket, const Response& response);

    const Config& m_config;
    Router m_router;
    Authenticator& m_authenticator;
    std::unique_ptr<LiveHub> m_live;
};

} // namespace roost::server
