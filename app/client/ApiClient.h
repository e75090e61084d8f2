// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkReply;

namespace roost::client {

class TokenStore;

/// One authorised request below `/api/v1`: a JSON body, raw bytes (a photo), or none.
struct ApiRequest {
    QByteArray method = "GET";
    QString path; ///< may carry a query
    std::optional<QJsonObject> json;
    QByteArray bytes;       ///< the body when `json` is unset and this is not empty
    QByteArray contentType; ///< of `bytes`
    QList<std::pair<QByteArray, QByteArray>> headers; ///< e.g. Idempotency-Key
    /// A successful answer is handed over as text in ApiResult::body, for a caller with its own
    /// reader (a pull page); errors are read as always.
    bool unparsed = false;
};

/// The API as the desktop client uses it: JSON in and out, bearer tokens, refresh with
/// rotation, a timeout on every request, and every outcome as an ApiResult (nothing throws).
/// Lives on one thread (its QNetworkAccessManager's); callbacks run there.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResult&)>;

    /// A request that has not completed after this long has failed (Kind::Timeout): no data for
    /// that long on the connection (a transfer timeout). A pull page of 1000 listings is about a
    /// megabyte, far below what 30 s carries on a slow link.
    static constexpr std::chrono::milliseconds kDefaultTimeout{30'000};

    ApiClient(QUrl baseUrl, TokenStore& tokens, QObject* parent = nullptr);
    /// Abandons requests in flight without calling their callbacks.
    ~ApiClient() override;

    void setBaseUrl(const QUrl& url) { m_baseUrl = url; }
    const QUrl& baseUrl() const { return m_baseUrl; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /// Signed in, or able to sign in again silently with a stored refresh token.
    bool hasSession() const;
    const QByteArray& accessToken() const { return m_accessToken; }
    /// The signed-in user's id, once a login or refresh told it.
    const QString& userId() const { return m_userId; }

    /// `POST /auth/login`; on success keeps the access token and stores the refresh token.
    void signIn(const QString& email, const QString& password, Callback done);
    /// `POST /auth/register`; signs in as the new user on success.
    void signUp(const QString& email, const QString& password, const QString& displayName, Callback done);
    /// `POST /auth/logout` (best effort: a server out of reach cannot keep the session alive
    /// longer than its expiry), then forgets the tokens here.
    void signOut(Callback done);
    /// Drops the tokens here (not on the server): this session is not to be used.
    void forgetSession();
    /// `POST /auth/refresh` with the stored refresh token; concurrent callers share one request
    /// (a refresh token works once). A 401 forgets the stored token: only signIn helps then.
    void refresh(Callback done);

    /// Authorised requests: a missing or refused access token is refreshed once, then retried.
    /// `path` is below `/api/v1`, may carry a query.
    void get(const QString& path, Callback done);
    /// get(), with a successful answer's text in ApiResult::body, not parsed.
    void getText(const QString& path, Callback done);
    void post(const QString& path, const QJsonObject& body, Callback done);
    void request(const ApiRequest& request, Callback done);

    /// The same URL scheme/host as the API, for `/api/v1/sync/live`.
    QUrl liveUrl() const;

Q_SIGNALS:
    /// A new access token (sign-in or refresh); live connections reconnect with it.
    void accessTokenChanged();

private:
    void authorised(const ApiRequest& request, Callback done, bool retried);
    void send(const ApiRequest& request, const QByteArray& token, Callback done);
    void sendSessionRequest(const QString& path, const QJsonObject& body, const QString& missing, Callback done);
    bool takeSession(const ApiResult& result);
    ApiResult readReply(QNetworkReply* reply, bool unparsed) const;
    QUrl url(const QString& path) const;

    QUrl m_baseUrl;
    TokenStore& m_tokens;
    QNetworkAccessManager m_network;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    QByteArray m_accessToken;
    QString m_userId;
    QList<Callback> m_refreshWaiters;
};

} // namespace roost::client
