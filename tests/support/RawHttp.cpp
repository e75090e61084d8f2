// SPDX-License-Identifier: Apache-2.0
#include "RawHttp.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <memory>
#include <vector>

namespace roost::test {

QByteArray RawAnswer::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

std::optional<RawAnswer> parseAnswer(const QByteArray& bytes, qsizetype* consumed)
{
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    const QList<QByteArray> lines = bytes.left(headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    if (statusLine.size() < 2 || !statusLine[0].startsWith("HTTP/1."))
        return std::nullopt;
    RawAnswer answer;
    answer.status = statusLine[1].toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            answer.headers.append({ lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed() });
    }
    // Answers without a body by definition, or without a length (then the body runs to close).
    const bool bodiless = answer.status == 204 || answer.status == 304 || (answer.status >= 100 && answer.status < 200);
    qsizetype length = 0;
    if (!bodiless) {
        bool ok = false;
        length = answer.header("Content-Length").toLongLong(&ok);
        if (!ok)
            length = bytes.size() - headEnd - 4;
    }
    if (bytes.size() < headEnd + 4 + length)
        return std::nullopt;
    answer.body = bytes.mid(headEnd + 4, length);
    if (consumed)
        *consumed = headEnd + 4 + length;
    return answer;
}

RawConnection::RawConnection(quint16 port, int connectTimeoutMs)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    m_socket.waitForConnected(connectTimeoutMs);
}

void RawConnection::send(const QByteArray& bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
    m_socket.waitForBytesWritten(1000);
}

void RawConnection::pump(int waitMs)
{
    if (m_socket.bytesAvailable() == 0 && m_socket.state() == QAbstractSocket::ConnectedState)
        m_socket.waitForReadyRead(waitMs);
    m_buffer += m_socket.readAll();
}

std::optional<RawAnswer> RawConnection::readAnswer(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        // A Content-Length-less answer is only complete once the server closes.
        const bool closed = m_socket.state() != QAbstractSocket::ConnectedState;
        qsizetype consumed = 0;
        if (auto answer = parseAnswer(m_buffer, &consumed); answer
            && (closed || !answer->header("Content-Length").isEmpty() || answer->status == 204
                || answer->status == 304)) {
            m_buffer.remove(0, consumed);
            return answer;
        }
        if (closed || timer.elapsed() >= timeoutMs)
            return std::nullopt;
        pump(50);
    }
}

bool RawConnection::waitForClosed(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (m_socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs)
        pump(50);
    return m_socket.state() != QAbstractSocket::ConnectedState;
}

QByteArray requestBytes(const QByteArray& method, const QByteArray& path, const QByteArray& body,
    const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QByteArray bytes = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto& [name, value] : headers)
        bytes += name + ": " + value + "\r\n";
    if (!body.isEmpty())
        bytes += "Content-Type: application/json\r\n";
    bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return bytes;
}

QList<RawAnswer> sendAtOnce(quint16 port, const QList<QByteArray>& requests, int timeoutMs)
{
    return sendAtOnce(QList<quint16>{port}, requests, timeoutMs);
}

QList<RawAnswer> sendAtOnce(const QList<quint16>& ports, const QList<QByteArray>& requests, int timeoutMs)
{
    std::vector<std::unique_ptr<RawConnection>> connections;
    for (qsizetype i = 0; i < requests.size(); ++i)
        connections.push_back(std::make_unique<RawConnection>(ports[i % ports.size()]));
    for (qsizetype i = 0; i < requests.size(); ++i)
        connections[size_t(i)]->send(requests[i]);
    QElapsedTimer timer;
    timer.start();
    QList<RawAnswer> answers;
    for (auto& connection : connections) {
        const int left = std::max<int>(1, timeoutMs - int(timer.elapsed()));
        answers.append(connection->readAnswer(left).value_or(RawAnswer {}));
    }
    return answers;
}

} // namespace roost::test
