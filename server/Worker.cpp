// SPDX-License-Identifier: Apache-2.0
#include "Worker.h"

#include "db/Database.h"
#include "db/SyncListener.h"
#include "http/ConnectionGuard.h"
#include "http/GuardedTcpServer.h"
#include "http/HttpServer.h"
#include "http/LiveHub.h"
#include "http/routes/Routes.h"
#include "services/Services.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QThread>

#include <sys/ioctl.h>

Q_DECLARE_LOGGING_CATEGORY(lcShutdown)

namespace roost::server {
namespace {
// Socket property: the client has sent (part of) a request that has not been answered yet.
constexpr const char* kAwaitingAnswer = "roost_awaiting_answer";
constexpr const char* kTracked = "roost_tracked";
// How often a draining worker looks whether its last connection has gone.
constexpr int kDrainPollMs = 20;
} // namespace

Worker::Worker(ServerContext& context, int listenDescriptor) : m_context(context), m_descriptor(listenDescriptor) {}

Worker::~Worker() = default;

void Worker::start()
{
    const Config& config = m_context.config;
    m_database = std::make_unique<Database>(m_context.databaseUrl);
    m_services = std::make_unique<Services>(*m_database, m_context);

    GuardedTcpServer::Limits limits;
    limits.maxConnections = std::max(16, config.maxConnections / config.threads);
    limits.idleTimeoutMs = config.idleTimeoutSeconds * 1000;
    limits.maxJsonBody = config.maxJsonBody;
    limits.maxPhotoBody = config.maxPhotoBody;
    m_tcp = new GuardedTcpServer(limits, config.tls, m_context.metrics.openConnections, this);
    if (!m_tcp->setSocketDescriptor(m_descriptor))
        qFatal("cannot adopt the listening socket: %s", qPrintable(m_tcp->errorString()));

    m_http = new HttpServer(m_context, buildRouter(*m_services, m_context), m_services->auth, this);
    m_http->bind(m_tcp);
    if (m_context.syncListener) {
        // Queued: the listener's thread emits, this thread pokes its own sockets.
        connect(m_context.syncListener, &SyncListener::changed, &m_http->live(), &LiveHub::poke, Qt::QueuedConnection);
    }
    // Connected after bind(), so the HTTP server has taken the new socket when this runs.
    connect(m_tcp, &QTcpServer::newConnection, this, &Worker::trackNewConnections);
    m_drainPoll.setInterval(kDrainPollMs);
    connect(&m_drainPoll, &QTimer::timeout, this, &Worker::quitWhenEmpty);
}

void Worker::trackNewConnections()
{
    // Accepted sockets are the server's children, newest last; stop at the first one seen before.
    const QObjectList& children = m_tcp->children();
    for (auto it = children.crbegin(); it != children.crend(); ++it) {
        auto* socket = qobject_cast<QTcpSocket*>(*it);
        if (!socket)
            continue;
        if (socket->property(kTracked).toBool())
            break;
        track(socket);
    }
}

void Worker::track(QTcpSocket* socket)
{
    socket->setProperty(kTracked, true);
    // This runs after the connection guard's and the HTTP server's readyRead handlers, which
    // parse the bytes and, once a request is complete, run its handler and write the answer.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { afterRead(socket); });
}

void Worker::afterRead(QTcpSocket* socket)
{
    // An answer being written means the request is done; otherwise the bytes were part of a
    // request still arriving.
    const bool answered = socket->bytesToWrite() > 0;
    socket->setProperty(kAwaitingAnswer, !answered);
    if (!m_draining)
        return;
    if (answered)
        socket->disconnectFromHost(); // after the answer is flushed
    else
        socket->setProperty(kCloseAfterAnswer, true); // the guard resets it with each new request head
}

bool Worker::awaitsAnswer(QTcpSocket* socket)
{
    if (socket->property(kAwaitingAnswer).toBool())
        return true;
    // Bytes the kernel holds but the event loop has not read yet are a request too.
    int unread = 0;
    return ::ioctl(int(socket->socketDescriptor()), FIONREAD, &unread) == 0 && unread > 0;
}

void Worker::drain()
{
    m_draining = true;
    m_tcp->close();
    for (QTcpSocket* socket : m_tcp->findChildren<QTcpSocket*>(Qt::FindDirectChildrenOnly)) {
        if (awaitsAnswer(socket))
            socket->setProperty(kCloseAfterAnswer, true); // HttpServer closes it after the answer
        else
            socket->disconnectFromHost(); // idle between requests (an answer still unsent goes first)
    }
    m_drainPoll.start();
    quitWhenEmpty();
}

void Worker::quitWhenEmpty()
{
    if (m_tcp->openConnections() == 0) {
        m_drainPoll.stop();
        thread()->quit();
    }
}

void Worker::abortConnections()
{
    const auto sockets = m_tcp->findChildren<QTcpSocket*>(Qt::FindDirectChildrenOnly);
    if (!sockets.isEmpty())
        qCWarning(lcShutdown) << "shutdown: dropping" << sockets.size() << "connection(s) still open after the grace period";
    for (QTcpSocket* socket : sockets)
        socket->abort();
    thread()->quit();
}

} // namespace roost::server
