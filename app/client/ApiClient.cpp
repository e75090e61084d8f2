// SPDX-License-Identifier: Apache-2.0
#include "ApiClient.h"

#include "TokenStore.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcApi, "roost.api")

namespace roost::client {

QString ApiError::describe() const
{
    switch (kind) {
    case Kind::None: return QStringLiteral("ok");
    case Kind::Network: return QStringLiteral("network: ") + message;
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::BadReply: return QStringLiteral("bad reply: ") + message;
    case Kind::Http: return QStringLiteral("HTTP %1 %2: %3").arg(status).arg(code, message);
    }
    return {};
}

ApiClient::ApiClient(QUrl baseUrl, TokenStore& tokens, QObject* parent)
    : QObject(parent), m_baseUrl(std::move(baseUrl)), m_tokens(tokens), m_network(this)
{
}

ApiClient::~ApiClient()
{
    // The callbacks belong to an owner that is going away too: none may run from here on.
    const QList<QNetworkReply*> replies = m_network.findChildren<QNetworkReply*>();
    for (QNetworkReply* reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
    }
}

bool ApiClient::hasSession() const
{
    return !m_accessToken.isEmpty() || !m_tokens.refreshToken().isEmpty();
}

QUrl ApiClient::url(const QString& path) const
{
    QString base = m_baseUrl.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + QStringLiteral("/api/v1") + path);
}

QUrl ApiClient::liveUrl() const
{
    QUrl live = url(QStringLiteral("/sync/live"));
    live.setScheme(m_baseUrl.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    return live;
}

void ApiClient::send(const ApiRequest& apiRequest, const QByteArray& token, Callback done)
{
    QNetworkRequest request(url(apiRequest.path));
    request.setTransferTimeout(int(m_timeout.count()));
    request.setRawHeader("Accept", "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    for (const auto& [name, value] : apiRequest.headers)
        request.setRawHeader(name, value);
    QByteArray payload;
    const bool hasBody = apiRequest.json || !apiRequest.bytes.isEmpty();
    if (apiRequest.json) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = QJsonDocument(*apiRequest.json).toJson(QJsonDocument::Compact);
    } else if (hasBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, apiRequest.contentType);
        payload = apiRequest.bytes;
    }
    QNetworkReply* reply = hasBody || apiRequest.method != "GET"
                               ? m_network.sendCustomRequest(request, apiRequest.method, payload)
                               : m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, unparsed = apiRequest.unparsed, done = std::move(done)] {
        reply->deleteLater();
        done(readReply(reply, unparsed));
    });
}

ApiResult ApiClient::readReply(QNetworkReply* reply, bool unparsed) const
{
    ApiResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = reply->readAll();
    if (result.status == 0) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError;
        result.error.kind = timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network;
        result.error.message = reply->errorString();
        return result;
    }
    result.headers = reply->rawHeaderPairs();
    if (unparsed && result.status >= 200 && result.status < 300) {
        result.body = bytes;
        return result;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (result.status >= 200 && result.status < 300) {
        if (bytes.isEmpty())
            return result;
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            result.error.kind = ApiError::Kind::BadReply;
            result.error.message = QStringLiteral("not a JSON object");
            return result;
        }
        result.json = document.object();
        return result;
    }
    result.error.kind = ApiError::Kind::Http;
    result.error.status = result.status;
    result.error.envelope = document.object().value(QStringLiteral("error")).toObject();
    result.error.code = result.error.envelope.value(QStringLiteral("code")).toString();
    result.error.message = result.error.envelope.value(QStringLiteral("message")).toString();
    return result;
}

bool ApiClient::takeSession(const ApiResult& result)
{
    const QByteArray access = result.json.value(QStringLiteral("access_token")).toString().toUtf8();
    const QByteArray refresh = result.json.value(QStringLiteral("refresh_token")).toString().toUtf8();
    if (access.isEmpty() || refresh.isEmpty())
        return false;
    m_accessToken = access;
    m_tokens.setRefreshToken(refresh);
    const QString userId = result.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
    if (!userId.isEmpty())
        m_userId = userId;
    Q_EMIT accessTokenChanged();
    return true;
}

void ApiClient::sendSessionRequest(const QString& path, const QJsonObject& body, const QString& missing, Callback done)
{
    send({"POST", path, body, {}, {}, {}}, {}, [this, missing, done = std::move(done)](ApiResult result) {
        if (result.ok() && !takeSession(result)) {
            result.error.kind = ApiError::Kind::BadReply;
            result.error.message = missing;
        }
        done(result);
    });
}

void ApiClient::signIn(const QString& email, const QString& password, Callback done)
{
    const QJsonObject body{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
    sendSessionRequest(QStringLiteral("/auth/login"), body, QStringLiteral("login answer without tokens"), std::move(done));
}

void ApiClient::signUp(const QString& email, const QString& password, const QString& displayName, Callback done)
{
    const QJsonObject body{{QStringLiteral("email"), email},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("display_name"), displayName}};
    sendSessionRequest(QStringLiteral("/auth/register"), body, QStringLiteral("registration answer without tokens"),
                       std::move(done));
}

void ApiClient::signOut(Callback done)
{
    const QByteArray token = m_tokens.refreshToken();
    forgetSession();
    if (token.isEmpty()) {
        done(ApiResult{});
        return;
    }
    const QJsonObject body{{QStringLiteral("refresh_token"), QString::fromUtf8(token)}};
    send({"POST", QStringLiteral("/auth/logout"), body, {}, {}, {}}, {}, std::move(done));
}

void ApiClient::forgetSession()
{
    m_accessToken.clear();
    m_userId.clear();
    m_tokens.setRefreshToken({});
}

void ApiClient::refresh(Callback done)
{
    m_refreshWaiters.append(std::move(done));
    if (m_refreshWaiters.size() > 1)
        return;
    const QByteArray token = m_tokens.refreshToken();
    auto finish = [this](const ApiResult& result) {
        const QList<Callback> waiters = std::exchange(m_refreshWaiters, {});
        for (const Callback& waiter : waiters)
            waiter(result);
    };
    if (token.isEmpty()) {
        ApiResult result;
        result.status = 401;
        result.error = {ApiError::Kind::Http, 401, QStringLiteral("unauthenticated"), QStringLiteral("not signed in"), {}};
        finish(result);
        return;
    }
    const QJsonObject body{{QStringLiteral("refresh_token"), QString::fromUtf8(token)}};
    send({"POST", QStringLiteral("/auth/refresh"), body, {}, {}, {}}, {}, [this, finish](ApiResult result) {
        if (result.ok() && !takeSession(result)) {
            result.error.kind = ApiError::Kind::BadReply;
            result.error.message = QStringLiteral("refresh answer without tokens");
        }
        if (result.error.isUnauthenticated()) {
            // Spent, revoked or expired: keeping it would only repeat the refusal.
            qCInfo(lcApi) << "refresh refused:" << result.error.code;
            m_accessToken.clear();
            m_tokens.setRefreshToken({});
        }
        finish(result);
    });
}

void ApiClient::authorised(const ApiRequest& request, Callback done, bool retried)
{
    auto retryAfterRefresh = [this, request, done](const ApiResult& refreshed) {
        if (!refreshed.ok()) {
            done(refreshed);
            return;
        }
        authorised(request, done, true);
    };
    if (m_accessToken.isEmpty() && !retried) {
        refresh(retryAfterRefresh);
        return;
    }
    const QByteArray token = m_accessToken;
    send(request, token, [this, token, retried, retryAfterRefresh, done](const ApiResult& result) {
        if (result.error.isUnauthenticated() && !retried) {
            if (m_accessToken == token)
                m_accessToken.clear();
            refresh(retryAfterRefresh);
            return;
        }
        done(result);
    });
}

void ApiClient::get(const QString& path, Callback done)
{
    authorised({"GET", path, std::nullopt, {}, {}, {}}, std::move(done), false);
}

void ApiClient::getText(const QString& path, Callback done)
{
    ApiRequest request{"GET", path, std::nullopt, {}, {}, {}};
    request.unparsed = true;
    authorised(request, std::move(done), false);
}

void ApiClient::post(const QString& path, const QJsonObject& body, Callback done)
{
    authorised({"POST", path, body, {}, {}, {}}, std::move(done), false);
}

void ApiClient::request(const ApiRequest& request, Callback done)
{
    authorised(request, std::move(done), false);
}

} // namespace roost::client
