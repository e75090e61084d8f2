// SPDX-License-Identifier: Apache-2.0
#include "auth/TokenSigner.h"

#include <roost/Id.h>

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace roost::server {
namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
// Clocks of several server processes may disagree a little; beyond this an `iat` in the future
// is a forged or broken token.
constexpr qint64 kClockSkewSeconds = 60;

QByteArray encode(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
}

std::optional<QJsonObject> decode(const QByteArray& part)
{
    const auto bytes = QByteArray::fromBase64Encoding(part, kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace

TokenSigner::TokenSigner(QByteArray secret) : m_secret(std::move(secret)) {}

QByteArray TokenSigner::sign(const QByteArray& input) const
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), m_secret.constData(), int(m_secret.size()), reinterpret_cast<const unsigned char*>(input.constData()),
         size_t(input.size()), mac, &length);
    return QByteArray(reinterpret_cast<const char*>(mac), int(length));
}

QByteArray TokenSigner::issue(const AuthUser& who, const QDateTime& now) const
{
    static const QByteArray header = encode({{QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")}});
    const qint64 iat = now.toSecsSinceEpoch();
    const QByteArray payload = encode({{QStringLiteral("sub"), idToString(who.userId)},
                                       {QStringLiteral("sid"), idToString(who.sessionId)},
                                       {QStringLiteral("iat"), iat},
                                       {QStringLiteral("exp"), iat + kAccessLifetimeSeconds}});
    const QByteArray input = header + '.' + payload;
    return input + '.' + sign(input).toBase64(kBase64Url);
}

TokenSigner::Verified TokenSigner::verify(const QByteArray& token, const QDateTime& now) const
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return {};
    const auto header = decode(parts[0]);
    if (!header || header->value(QStringLiteral("alg")).toString() != QLatin1String("HS256"))
        return {};
    const auto signature = QByteArray::fromBase64Encoding(parts[2], kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray expected = sign(parts[0] + '.' + parts[1]);
    if (!signature || signature.decoded.size() != expected.size()
        || CRYPTO_memcmp(signature.decoded.constData(), expected.constData(), size_t(expected.size())) != 0)
        return {};
    const auto payload = decode(parts[1]);
    if (!payload)
        return {};
    const auto userId = parseId(payload->value(QStringLiteral("sub")).toString());
    const auto sessionId = parseId(payload->value(QStringLiteral("sid")).toString());
    const QJsonValue iat = payload->value(QStringLiteral("iat"));
    const QJsonValue exp = payload->value(QStringLiteral("exp"));
    if (!userId || !sessionId || !iat.isDouble() || !exp.isDouble())
        return {};
    const qint64 nowSecs = now.toSecsSinceEpoch();
    if (qint64(iat.toDouble()) > nowSecs + kClockSkewSeconds)
        return {};
    if (qint64(exp.toDouble()) <= nowSecs)
        return {std::nullopt, Failure::Expired};
    return {AuthUser{*userId, *sessionId}, Failure::Invalid};
}

} // namespace roost::server
