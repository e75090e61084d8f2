// SPDX-License-Identifier: Apache-2.0
#include "BenchClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>

namespace roost::bench {

BenchClient::BenchClient(QString baseUrl) : m_baseUrl(std::move(baseUrl)) {}

void BenchClient::post(const QString& path, const QJsonObject& body, const QByteArray& token, Callback done,
                       const QByteArray& idempotencyKey)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply* reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, timer, done = std::move(done)] {
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.json = QJsonDocument::fromJson(reply->readAll()).object();
        a.elapsedUs = timer->nsecsElapsed() / 1000;
        reply->deleteLater();
        done(a);
    });
}

BenchClient::Answer BenchClient::postSync(const QString& path, const QJsonObject& body, const QByteArray& token)
{
    Answer result;
    QEventLoop loop;
    post(path, body, token, [&](const Answer& a) {
        result = a;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace roost::bench
