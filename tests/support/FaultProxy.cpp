// SPDX-License-Identifier: Apache-2.0
#include "FaultProxy.h"

#include <QPointer>
#include <QTcpSocket>

#include <memory>

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

/// `answer` (status line, headers, Content-Length body) with every body byte replaced, so the
/// length still holds and nothing of it parses; empty while the answer is incomplete.
QByteArray garbled(const QByteArray& answer)
{
    const qsizetype end = answer.indexOf("\r\n\r\n");
    if (end < 0)
        return {};
    qsizetype body = 0;
    for (const QByteArray& line : answer.left(end).split('\n')) {
        const QByteArray lower = line.trimmed().toLower();
        if (lower.startsWith("content-length:"))
            body = lower.mid(15).trimmed().toLongLong();
    }
    if (answer.size() < end + 4 + body)
        return {};
    return answer.left(end + 4) + QByteArray(body, '#') + answer.mid(end + 4 + body);
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
            if (link->garbleAnswer) {
                link->answer += answer;
                const QByteArray mangled = garbled(link->answer);
                if (mangled.isEmpty())
                    return; // not all of it yet
                ++m_counts.garbled;
                link->garbleAnswer = false;
                link->answer.clear();
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
