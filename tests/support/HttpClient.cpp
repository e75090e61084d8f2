// SPDX-License-Identifier: Apache-2.0
#include "HttpClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTimer>

namespace roost::test {

QByteArray HttpReply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpReply::errorCode() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QJsonObject HttpReply::errorFields() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("fields")).toObject();
}

HttpClient::HttpClient(QString baseUrl) : m_baseUrl(std::move(baseUrl))
{
    m_network.setAutoDeleteReplies(false);
}

HttpReply HttpClient::get(const QString& path, const QByteArray& token, const Headers& headers)
{
    return send("GET", path, {}, {}, token, headers);
}

HttpReply HttpClient::post(const QString& path, const QJsonObject& body, const QByteArray& token, const Headers& headers)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", token, headers);
}

HttpReply HttpClient::patch(const QString& path, const QJsonObject& body, const QByteArray& token, const Headers& headers)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", token, headers);
}

HttpReply HttpClient::del(const QString& path, const QByteArray& token, const Headers& headers)
{
    return send("DELETE", path, {}, {}, token, headers);
}

HttpReply HttpClient::send(const QByteArray& method, const QString& path, const QByteArray& body,
                           const QByteArray& contentType, const QByteArray& token, const Headers& headers)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(30'000);
    if (m_tls)
        request.setSslConfiguration(*m_tls);
    if (!contentType.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto& pair : reply->rawHeaderPairs())
        result.headers.append(pair);
    result.body = reply->readAll();
    delete reply;
    return result;
}

QByteArray HttpClient::raw(quint16 port, const QByteArray& bytes, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(bytes);
    socket.flush();
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.waitForReadyRead(100))
            answer += socket.readAll();
    }
    answer += socket.readAll();
    return answer;
}

} // namespace roost::test
