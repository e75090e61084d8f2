// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <exception>

namespace roost {

/// Field name → what is wrong with it; the `fields` of the API's error envelope.
using FieldErrors = QMap<QString, QString>;

/// The API's error codes. Each maps to exactly one HTTP status (see server/http/ErrorMapping).
enum class ErrorCode {
    MalformedJson,
    BadRequest,
    Unauthenticated,
    InvalidCredentials,
    TokenExpired,
    TokenReused,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    DatesUnavailable,
    VersionConflict,
    Duplicate,
    InvalidState,
    EmailTaken,
    PayloadTooLarge,
    UnsupportedMediaType,
    ValidationFailed,
    IdempotencyMismatch,
    PaymentDeclined,
    RateLimited,
    Internal,
    Unavailable,
};

/// The wire name of a code, e.g. "validation_failed".
QString errorCodeName(ErrorCode code);

/// A typed failure that travels from the rules and services up to the HTTP layer (or the app),
/// where it becomes the error envelope. Thrown so that a service's transaction rolls back.
class Error : public std::exception
{
public:
    Error(ErrorCode code, QString message, FieldErrors fields = {});

    static Error validation(FieldErrors fields);
    static Error notFound(const QString& what = {});

    ErrorCode code() const { return m_code; }
    const QString& message() const { return m_message; }
    const FieldErrors& fields() const { return m_fields; }

    /// Extra members of the `error` object (e.g. `current` for version conflicts,
    /// `decline_code` for declined payments).
    const QJsonObject& extra() const { return m_extra; }
    Error& with(const QString& key, const QJsonValue& value);

    /// Seconds to wait before retrying, for `rate_limited` / `unavailable`; 0 when not set.
    int retryAfterSeconds() const { return m_retryAfter; }
    Error& retryAfter(int seconds);

    /// `{"error": {"code", "message", "fields"?, ...extra}}`
    QJsonObject toEnvelope() const;

    const char* what() const noexcept override { return "roost::Error"; }

private:
    ErrorCode m_code;
    QString m_message;
    FieldErrors m_fields;
    QJsonObject m_extra;
    int m_retryAfter = 0;
};

} // namespace roost
