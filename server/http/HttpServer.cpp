// SPDX-License-Identifier: Apache-2.0
#include "http/HttpServer.h"

#include "ServerContext.h"
#include "http/ConnectionGuard.h"
#include "http/LiveHub.h"
#include "observe/Logging.h"

#include <roost/Date.h>

#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpSocket>

#include <pqxx/except>

Q_LOGGING_CATEGORY(lcHttp, "roost.http")

namespace roost::server {
namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    default: return QByteArrayLiteral("OTHER");
    }
}

/// Operations endpoints stay reachable for probes and scrapers whatever the limits.
bool exemptFromLimits(const QString& path)
{
    return path == QLatin1String("/healthz") || path == QLatin1String("/readyz") || path == QLatin1String("/metrics");
}

const QString kUnmatchedRoute = QStringLiteral("unmatched");

} // namespace

HttpServer::HttpServer(ServerContext& context, Router router, Authenticator& authenticator, QObject* parent)
    : QAbstractHttpServer(parent), m_context(context), m_router(std::move(router)), m_authenticator(authenticator),
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
    QElapsedTimer timer;
    timer.start();
    const QByteArray requestId = requestIdFrom(headerValue(request, QByteArrayLiteral("X-Request-Id")));
    const RequestLogScope logScope(requestId);
    const QHostAddress client = clientAddress(request, m_context.config.trustProxy);
    Metrics& metrics = m_context.metrics;

    metrics.requestsInFlight.fetch_add(1, std::memory_order_relaxed);
    QString route = kUnmatchedRoute;
    Response response = dispatch(request, client, route);
    response.header(QByteArrayLiteral("X-Request-Id"), requestId);
    write(request, socket, response);
    metrics.requestsInFlight.fetch_sub(1, std::memory_order_relaxed);

    const qint64 elapsed = timer.nsecsElapsed();
    const QByteArray method = methodName(request.method());
    metrics.recordRequest(method, route, response.status, elapsed);
    // The path, never the query string (it may carry a token) nor headers or bodies.
    logEvent("roost.access", {{QStringLiteral("message"), QStringLiteral("request")},
                              {QStringLiteral("method"), QString::fromLatin1(method)},
                              {QStringLiteral("path"), request.url().path()},
                              {QStringLiteral("route"), route},
                              {QStringLiteral("status"), response.status},
                              {QStringLiteral("duration_ms"), double(elapsed / 1000) / 1000.0},
                              {QStringLiteral("bytes"), response.body.size()},
                              {QStringLiteral("client"), client.toString()}});
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

int HttpServer::throttled(const QHttpServerRequest& request, const QHostAddress& client) const
{
    if (exemptFromLimits(request.url().path()))
        return 0;
    if (const int wait = m_context.ipLimiter.take(qHash(client.toString(), 0x5eed)))
        return wait;
    const QByteArray authorization = headerValue(request, QByteArrayLiteral("Authorization"));
    if (authorization.startsWith("Bearer "))
        return m_context.tokenLimiter.take(qHash(authorization, 0x70c3));
    return 0;
}

Response HttpServer::dispatch(const QHttpServerRequest& raw, const QHostAddress& client, QString& route)
{
    try {
        if (const int wait = throttled(raw, client))
            throw Error(ErrorCode::RateLimited, QStringLiteral("Too many requests; slow down and retry later.")).retryAfter(wait);

        const Router::Match match = m_router.match(raw.method(), raw.url().path());
        if (!match.handler) {
            if (match.pathKnown) {
                if (!match.pattern.isEmpty())
                    route = match.pattern;
                throw Error(ErrorCode::MethodNotAllowed, QStringLiteral("This path does not accept that method."));
            }
            throw Error::notFound();
        }
        route = match.pattern;

        // The testing hook: X-Roost-Now moves the domain's clock for this request only.
        SystemClock systemClock;
        std::optional<FixedClock> movedClock;
        if (m_context.config.isTest()) {
            const QByteArray now = headerValue(raw, QByteArrayLiteral("X-Roost-Now"));
            if (!now.isEmpty()) {
                const auto at = parseTimestamp(QString::fromUtf8(now));
                if (!at)
                    throw Error(ErrorCode::BadRequest, QStringLiteral("X-Roost-Now must be an RFC 3339 timestamp."));
                movedClock.emplace(*at);
            }
        }
        const Clock& clock = movedClock ? static_cast<const Clock&>(*movedClock) : systemClock;

        Request request(raw, match.params, m_authenticator, clock, client);
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
