// SPDX-License-Identifier: Apache-2.0
#include "http/HttpServer.h"

#include "config/Config.h"
#include "http/ConnectionGuard.h"
#include "http/LiveHub.h"

#include <roost/Date.h>

#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QTcpSocket>

#include <pqxx/except>

Q_LOGGING_CATEGORY(lcHttp, "roost.http")

namespace roost::server {

HttpServer::HttpServer(const Config& config, Router router, Authenticator& authenticator, QObject* parent)
    : QAbstractHttpServer(parent), m_config(config), m_router(std::move(router)), m_authenticator(authenticator),
      m_live(std::make_unique<LiveHub>(authenticator))
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (hasPendingWebSocketConnections())
            m_live->adopt(nextPendingWebSocketConnection());
    });
}

HttpServer::~HttpServer() = default;

bool HttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // Qt 6.4 upgrades the connection to a WebSocket when this answers true for an upgrade
    // request, without anything written; false makes it call missingHandler() and close.
    if (LiveHub::isLiveUpgrade(request))
        return m_live->admit(request, socket);
    write(request, socket, dispatch(request));
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    if (LiveHub::isLiveUpgrade(request)) {
        write(request, socket,
              Response::error(Error(ErrorCode::Unauthenticated,
                                    QStringLiteral("Send a valid access token as ?access_token= or Authorization."))));
        return;
    }
    write(request, socket, Response::error(Error::notFound()));
}

Response HttpServer::dispatch(const QHttpServerRequest& raw)
{
    try {
        const Router::Match match = m_router.match(raw.method(), raw.url().path());
        if (!match.handler) {
            if (match.pathKnown)
                throw Error(ErrorCode::MethodNotAllowed, QStringLiteral("This path does not accept that method."));
            throw Error::notFound();
        }

        // The testing hook: X-Roost-Now moves the domain's clock for this request only.
        SystemClock systemClock;
        std::optional<FixedClock> movedClock;
        if (m_config.isTest()) {
            const QByteArray now = headerValue(raw, QByteArrayLiteral("X-Roost-Now"));
            if (!now.isEmpty()) {
                const auto at = parseTimestamp(QString::fromUtf8(now));
                if (!at)
                    throw Error(ErrorCode::BadRequest, QStringLiteral("X-Roost-Now must be an RFC 3339 timestamp."));
                movedClock.emplace(*at);
            }
        }
        const Clock& clock = movedClock ? static_cast<const Clock&>(*movedClock) : systemClock;

        Request request(raw, match.params, m_authenticator, clock);
        return (*match.handler)(request);
    } catch (const Error& e) {
        return Response::error(e);
    } catch (const pqxx::broken_connection&) {
        return Response::error(Error(ErrorCode::Unavailable, QStringLiteral("The database is unavailable; try again shortly.")).retryAfter(1));
    } catch (const std::exception& e) {
        // The cause goes to the log, never to the client: no stack traces or SQL in answers.
        qCCritical(lcHttp) << "unhandled error on" << raw.url().path() << ":" << e.what();
        return Response::error(Error(ErrorCode::Internal, QStringLiteral("Something went wrong on our side.")));
    }
}

void HttpServer::write(const QHttpServerRequest& request, QTcpSocket* socket, const Response& response)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Type"), response.contentType);
    for (const auto& [name, value] : response.headers)
        responder.writeHeader(name, value);
    const bool close = socket->property(kCloseAfterAnswer).toBool();
    if (close)
        responder.writeHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
    if (close)
        socket->disconnectFromHost(); // after the answer is flushed
}

} // namespace roost::server
