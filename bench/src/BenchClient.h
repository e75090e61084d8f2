// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <functional>

namespace roost::bench {

/// One simulated client with its own connection pool (QNetworkAccessManager keeps at most six
/// connections per host, so each of the 32 clients needs its own).
class BenchClient
{
public:
    struct Answer {
        int status = 0;
        QJsonObject json;
        qint64 elapsedUs = 0;
    };
    using Callback = std::function<void(const Answer&)>;

    explicit BenchClient(QString baseUrl);

    void post(const QString& path, const QJsonObject& body, const QByteArray& token, Callback done,
              const QByteArray& idempotencyKey = {});
    /// Blocking variant for setup.
    Answer postSync(const QString& path, const QJsonObject& body, const QByteArray& token = {});

private:
    QString m_baseUrl;
    QNetworkAccessManager m_network;
};

} // namespace roost::bench
