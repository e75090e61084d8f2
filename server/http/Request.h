// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/AuthUser.h"

#include <roost/Clock.h>

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

#include <optional>

class QHttpServerRequest;

namespace roost::server {

/// A request header by case-insensitive name (empty when absent).
QByteArray headerValue(const QHttpServerRequest& request, const QByteArray& name);
/// The client's address: the peer, or behind a trusted proxy the last `X-Forwarded-For` entry.
QHostAddress clientAddress(const QHttpServerRequest& request, bool trustProxy);

/// One HTTP request as a handler sees it: typed access to path parameters, query, JSON body,
/// the caller and "now". Every accessor validates and throws roost::Error on bad input.
class Request
{
public:
    Request(const QHttpServerRequest& raw, QHash<QString, QString> params, Authenticator& auth, const Clock& clock,
            QHostAddress client);

    const QHttpServerRequest& raw() const { return m_raw; }
    QByteArray header(const QByteArray& name) const;
    QHostAddress remoteAddress() const;
    QByteArray body() const;

    /// A path parameter that must be a UUID; anything else is 404 (no such object).
    QUuid idParam(const QString& name) const;
    const QUrlQuery& query() const { return m_query; }

    /// The body as a JSON object: 415 unless Content-Type is application/json, 400 if malformed.
    QJsonObject json() const;

    /// The caller, from `Authorization: Bearer`; throws 401 without a valid token.
    const AuthUser& requireUser();
    /// The caller if a token was sent (an invalid one still answers 401), else nothing.
    std::optional<AuthUser> optionalUser();

    /// "Now" for the domain's time rules (moved by X-Roost-Now in the test environment).
    const Clock& clock() const { return m_clock; }

    /// True when `If-None-Match` names this ETag.
    bool notModifiedSince(const QByteArray& etag) const;
    /// The version named by `If-Match` (`3`, `"3"` or `W/"3"`), if any; 400 when unparseable.
    std::optional<qint64> ifMatchVersion() const;

private:
    const QHttpServerRequest& m_raw;
    QHash<QString, QString> m_params;
    QUrlQuery m_query;
    Authenticator& m_auth;
    const Clock& m_clock;
    std::optional<AuthUser> m_user;
    QHostAddress m_client;
};

} // namespace roost::server
