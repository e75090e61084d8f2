// SPDX-License-Identifier: Apache-2.0
#include "http/Request.h"

#include <roost/Error.h>
#include <roost/Id.h>
#include <roost/JsonReader.h>

#include <QHttpServerRequest>

namespace roost::server {

Request::Request(const QHttpServerRequest& raw, QHash<QString, QString> params, Authenticator& auth, const Clock& clock,
                 QHostAddress client)
    : m_raw(raw), m_params(std::move(params)), m_query(raw.query()), m_auth(auth), m_clock(clock), m_client(std::move(client))
{
}

QHostAddress clientAddress(const QHttpServerRequest& request, bool trustProxy)
{
    if (trustProxy) {
        // The last entry is the one our own proxy appended; earlier ones are the client's word.
        const QByteArray forwarded = headerValue(request, QByteArrayLiteral("X-Forwarded-For"));
        const QByteArray last = forwarded.mid(forwarded.lastIndexOf(',') + 1).trimmed();
        QHostAddress address;
        if (!last.isEmpty() && address.setAddress(QString::fromLatin1(last)))
            return address;
    }
    return request.remoteAddress();
}

QByteArray headerValue(const QHttpServerRequest& request, const QByteArray& name)
{
    // QHttpServerRequest::value() in 6.4 matches names case-sensitively; HTTP names are not.
    const auto headers = request.headers();
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QByteArray Request::header(const QByteArray& name) const
{
    return headerValue(m_raw, name);
}

QHostAddress Request::remoteAddress() const
{
    return m_client;
}

QByteArray Request::body() const
{
    return m_raw.body(); // implicitly shared, no copy
}

QUuid Request::idParam(const QString& name) const
{
    if (auto id = parseId(m_params.value(name)))
        return *id;
    throw Error::notFound();
}

QJsonObject Request::json() const
{
    const QByteArray type = header(QByteArrayLiteral("Content-Type")).toLower();
    // Qt 6's left(-1) is empty, so a type without parameters must not go through left().
    const qsizetype semicolon = type.indexOf(';');
    const QByteArray mime = (semicolon < 0 ? type : type.left(semicolon)).trimmed();
    if (mime != "application/json")
        throw Error(ErrorCode::UnsupportedMediaType, QStringLiteral("Send the body as application/json."));
    return requireJsonObject(m_raw.body());
}

const AuthUser& Request::requireUser()
{
    if (!m_user) {
        m_user = optionalUser();
        if (!m_user)
            throw Error(ErrorCode::Unauthenticated, QStringLiteral("Sign in first: send Authorization: Bearer <access_token>."));
    }
    return *m_user;
}

std::optional<AuthUser> Request::optionalUser()
{
    if (m_user)
        return m_user;
    const QByteArray authorization = header(QByteArrayLiteral("Authorization"));
    if (authorization.isEmpty())
        return std::nullopt;
    static const QByteArray kBearer = QByteArrayLiteral("bearer ");
    if (!authorization.left(kBearer.size()).toLower().startsWith(kBearer))
        throw Error(ErrorCode::Unauthenticated, QStringLiteral("Only Bearer tokens are accepted."));
    m_user = m_auth.authenticate(authorization.mid(kBearer.size()).trimmed());
    return m_user;
}

bool Request::notModifiedSince(const QByteArray& etag) const
{
    const QByteArray inm = header(QByteArrayLiteral("If-None-Match"));
    if (inm.isEmpty())
        return false;
    for (QByteArray candidate : inm.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == etag || candidate == "*")
            return true;
    }
    return false;
}

std::optional<qint64> Request::ifMatchVersion() const
{
    QByteArray value = header(QByteArrayLiteral("If-Match")).trimmed();
    if (value.isEmpty())
        return std::nullopt;
    if (value.startsWith("W/"))
        value = value.mid(2);
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    bool ok = false;
    const qint64 version = value.toLongLong(&ok);
    if (!ok || version < 1)
        throw Error(ErrorCode::BadRequest, QStringLiteral("If-Match must name a version, e.g. \"3\"."));
    return version;
}

} // namespace roost::server
