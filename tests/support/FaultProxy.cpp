// SPDX-License-Identifier: Apache-2.0
#include "FaultProxy.h"

#include <QPointer>
#include <QTcpSocket>

#include <memory>
#include <utility>

namespace roost::test {

namespace {

/// One client connection and its upstream twin. Requests are cut out of the client's byte
/// stream (headers plus Content-Length body) so each gets its own fate; the client library
/// sends the next request on a connection only after the previous answer, so answering one
/// here never reorders anything.
struct Link {
    QPointer<QTcpSocket> client;
    QPointer<QTcpSocket> upstream;
    QByteArray buffered;
    bool tunnel = false;       ///< after a WebSocket upgrade: plain bytes both ways
    bool dropOnAnswer = false; ///< the forwarded request's answer must never arrive
    bool garbleAnswer = false; ///< the forwarded request's answer is collected and garbled
    bool misleadAnswer = false; ///< the forwarded request's answer is collected for its forecast
    QByteArray answer;         ///< collected so far

    void close()
    {
        if (client)
            client->abort();
        if (upstream)
            upstream->abort();
    }
};

/// Length of the first complete request in `bytes`, 0 while incomplete.
qsizetype requestLength(const QByteArray& bytes, bool* upgrade)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return 0;
    qsizetype body = 0;
    const QList<QByteArray> lines = bytes.left(end).split('\n');
    for (const QByteArray& line : lines) {
        const QByteArray lower = line.trimmed().toLower();
        if (lower.startsWith("content-length:"))
            body = lower.mid(15).trimmed().toLongLong();
        else if (lower.startsWith("upgrade:"))
            *upgrade = true;
    }
    const qsizetype total = end + 4 + body;
    return bytes.size() >= total ? total : 0;
}

/// Where the headers of `answer` end and how long its body is; {-1, 0} while the headers are
/// incomplete.
std::pair<qsizetype, qsizetype> answerShape(const QByteArray& answer)
{
    const qsizetype end = answer.indexOf("\r\n\r\n");
    if (end < 0)
        return {-1, 0};
    qsizetype body = 0;
    for (const QByteArray& line : answer.left(end).split('\n')) {
        const QByteArray lower = line.trimmed().toLower();
        if (lower.startsWith("content-length:"))
            body = lower.mid(15).trimmed().toLongLong();
    }
    return {end, body};
}

bool isComplete(const QByteArray& answer)
{
    const auto [end, body] = answerShape(answer);
    return end >= 0 && answer.size() >= end + 4 + body;
}

/// `answer` (status line, headers, Content-Length body, all of it) with every body byte
/// replaced, so the length still holds and nothing of it parses.
QByteArray garbled(const QByteArray& answer)
{
    const auto [end, body] = answerShape(answer);
    return answer.left(end + 4) + QByteArray(body, '#') + answer.mid(end + 4 + body);
}

/// `answer` with its Roost-Following-Cursor header, if any, naming `cursor`; `replaced` says
/// whether it had one.
QByteArray withForecast(const QByteArray& answer, const QByteArray& cursor, bool* replaced)
{
    const auto [end, body] = answerShape(answer);
    QList<QByteArray> lines = answer.left(end).split('\n');
    *replaced = false;
    for (QByteArray& line : lines) {
        if (line.toLower().startsWith("roost-following-cursor:")) {
            line = "Roost-Following-Cursor: " + cursor + "\r";
            *replaced = true;
        }
    }
    return lines.join('\n') + answer.mid(end);
}

QByteArray serverError()
{
    const QByteArray body = "{\"error\":{\"code\":\"internal\",\"message\":\"injected by the test proxy\"}}";
    return "HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

FaultProxy::FaultProxy(quint16 upstreamPort, quint32 seed, QObject* parent)
    : QObject(parent), m_upstreamPort(upstreamPort), m_random(seed)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString FaultProxy::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void FaultProxy::setForecast(const QByteArray& cursor)
{
    m_forecast = cursor;
}

void FaultProxy::setFaults(double failRate, double dropRate, double garbleRate)
{
    m_failRate = failRate;
    m_dropRate = dropRate;
    m_garbleRate = garbleRate;
}

FaultProxy::Fate FaultProxy::decide()
{
    const double roll = m_random.generateDouble();
    if (roll < m_failRate)
        return Fate::Fail;
    if (roll < m_failRate + m_dropRate)
        return m_random.bounded(2) == 0 ? Fate::DropBefore : Fate::DropAfter;
    if (roll < m_failRate + m_dropRate + m_garbleRate)
        return Fate::Garble;
    return Fate::Forward;
}

void FaultProxy::accept()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        auto link = std::make_shared<Link>();
        link->client = client;
        link->upstream = new QTcpSocket(client); // goes with the client connection
        link->upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::disconnected, this, [link] {
            if (link->upstream)
                link->upstream->disconnectFromHost();
        });
        connect(link->upstream, &QTcpSocket::disconnected, this, [link] {
            if (link->client)
                link->client->disconnectFromHost();
        });
        connect(link->upstream, &QTcpSocket::errorOccurred, this, [link](QAbstractSocket::SocketError) {
            if (link->client)
                link->client->disconnectFromHost();
        });
        connect(link->upstream, &QTcpSocket::readyRead, this, [this, link] {
            const QByteArray answer = link->upstream->readAll();
            if (link->dropOnAnswer) {
                ++m_counts.droppedAfter;
                link->close();
                return;
            }
            if (link->garbleAnswer || link->misleadAnswer) {
                link->answer += answer;
                if (!isComplete(link->answer))
                    return; // not all of it yet
                QByteArray mangled = std::exchange(link->answer, {});
                if (std::exchange(link->garbleAnswer, false)) {
                    ++m_counts.garbled;
                    mangled = garbled(mangled);
                }
                if (std::exchange(link->misleadAnswer, false)) {
                    bool replaced = false;
                    mangled = withForecast(mangled, m_forecast, &replaced);
                    m_counts.misled += replaced ? 1 : 0;
                }
                if (link->client)
                    link->client->write(mangled);
                return;
            }
            if (link->client)
                link->client->write(answer);
        });
        connect(client, &QTcpSocket::readyRead, this, [this, link] {
            link->buffered += link->client->readAll();
            while (link->client && !link->buffered.isEmpty()) {
                if (link->tunnel) {
                    link->upstream->write(link->buffered);
                    link->buffered.clear();
                    return;
                }
                bool upgrade = false;
                const qsizetype length = requestLength(link->buffered, &upgrade);
                if (length == 0)
                    return;
                const QByteArray request = link->buffered.left(length);
                link->buffered.remove(0, length);
                // A live channel is not an HTTP request to fail; its own faults are not tested here.
                const Fate fate = upgrade ? Fate::Forward : decide();
                link->tunnel = upgrade;
                switch (fate) {
                case Fate::Forward:
                    ++m_counts.forwarded;
                    link->misleadAnswer = !m_forecast.isEmpty();
                    link->upstream->write(request);
                    break;
                case Fate::Fail:
                    ++m_counts.failed;
                    link->client->write(serverError());
                    link->client->disconnectFromHost();
                    link->upstream->abort();
                    return;
                case Fate::DropBefore:
                    ++m_counts.droppedBefore;
                    link->close();
                    return;
                case Fate::DropAfter:
                    link->dropOnAnswer = true;
                    link->upstream->write(request);
                    return;
                case Fate::Garble:
                    link->garbleAnswer = true;
                    link->upstream->write(request);
                    break;
                }
            }
        });
    }
}

} // namespace roost::test
