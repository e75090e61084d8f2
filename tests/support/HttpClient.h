// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QSslConfiguration>

#include <optional>

namespace roost::test {

/// One HTTP answer, as the tests look at it.
struct HttpReply {
    int status = 0; ///< 0: no answer (connection failed or timed out)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const;
    QJsonObject json() const;
    QJsonArray items() const { return json().value(QStringLiteral("items")).toArray(); }
    /// `error.code` of an error envelope.
    QString errorCode() const;
    QJsonObject errorFields() const;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

/// A blocking HTTP client for tests (QNetworkAccessManager under a local event loop).
class HttpClient
{
public:
    explicit HttpClient(QString baseUrl);
    /// For https:// base URLs: whom to trust (e.g. a certificate made for the test).
    void setSslConfiguration(const QSslConfiguration& tls) { m_tls = tls; }

    HttpReply get(const QString& path, const QByteArray& token = {}, const Headers& headers = {});
    HttpReply post(const QString& path, const QJsonObject& body, const QByteArray& token = {}, const Headers& headers = {});
    HttpReply patch(const QString& path, const QJsonObject& body, const QByteArray& token = {}, const Headers& headers = {});
    HttpReply del(const QString& path, const QByteArray& token = {}, const Headers& headers = {});
    /// Any method with a raw body and content type.
    HttpReply send(const QByteArray& method, const QString& path, const QByteArray& body, const QByteArray& contentType,
                   const QByteArray& token = {}, const Headers& headers = {});

    /// Writes `bytes` on a fresh TCP connection and returns everything read until the server
    /// closes it or `timeoutMs` passes — for malformed requests no HTTP library would send.
    static QByteArray raw(quint16 port, const QByteArray& bytes, int timeoutMs = 5000);

private:
    QString m_baseUrl;
    QNetworkAccessManager m_network;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace roost::test
