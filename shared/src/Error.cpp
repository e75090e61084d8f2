// SPDX-License-Identifier: Apache-2.0
#include "roost/Error.h"

namespace roost {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::MalformedJson: return QStringLiteral("malformed_json");
    case ErrorCode::BadRequest: return QStringLiteral("bad_request");
    case ErrorCode::Unauthenticated: return QStringLiteral("unauthenticated");
    case ErrorCode::InvalidCredentials: return QStringLiteral("invalid_credentials");
    case ErrorCode::TokenExpired: return QStringLiteral("token_expired");
    case ErrorCode::TokenReused: return QStringLiteral("token_reused");
    case ErrorCode::Forbidden: return QStringLiteral("forbidden");
    case ErrorCode::NotFound: return QStringLiteral("not_found");
    case ErrorCode::MethodNotAllowed: return QStringLiteral("method_not_allowed");
    case ErrorCode::DatesUnavailable: return QStringLiteral("dates_unavailable");
    case ErrorCode::VersionConflict: return QStringLiteral("version_conflict");
    case ErrorCode::Duplicate: return QStringLiteral("duplicate");
    case ErrorCode::InvalidState: return QStringLiteral("invalid_state");
    case ErrorCode::EmailTaken: return QStringLiteral("email_taken");
    case ErrorCode::PayloadTooLarge: return QStringLiteral("payload_too_large");
    case ErrorCode::UnsupportedMediaType: return QStringLiteral("unsupported_media_type");
    case ErrorCode::ValidationFailed: return QStringLiteral("validation_failed");
    case ErrorCode::IdempotencyMismatch: return QStringLiteral("idempotency_mismatch");
    case ErrorCode::PaymentDeclined: return QStringLiteral("payment_declined");
    case ErrorCode::RateLimited: return QStringLiteral("rate_limited");
    case ErrorCode::Internal: return QStringLiteral("internal");
    case ErrorCode::Unavailable: return QStringLiteral("unavailable");
    }
    return QStringLiteral("internal");
}

Error::Error(ErrorCode code, QString message, FieldErrors fields)
    : m_code(code), m_message(std::move(message)), m_fields(std::move(fields))
{
}

Error Error::validation(FieldErrors fields)
{
    return Error(ErrorCode::ValidationFailed, QStringLiteral("Some fields are invalid."), std::move(fields));
}

Error Error::notFound(const QString& what)
{
    return Error(ErrorCode::NotFound, what.isEmpty() ? QStringLiteral("Not found.") : what + QStringLiteral(" not found."));
}

Error& Error::with(const QString& key, const QJsonValue& value)
{
    m_extra.insert(key, value);
    return *this;
}

Error& Error::retryAfter(int seconds)
{
    m_retryAfter = seconds;
    return *this;
}

QJsonObject Error::toEnvelope() const
{
    QJsonObject error = m_extra;
    error.insert(QStringLiteral("code"), errorCodeName(m_code));
    error.insert(QStringLiteral("message"), m_message);
    if (!m_fields.isEmpty()) {
        QJsonObject fields;
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
            fields.insert(it.key(), it.value());
        error.insert(QStringLiteral("fields"), fields);
    }
    return QJsonObject{{QStringLiteral("error"), error}};
}

} // namespace roost
