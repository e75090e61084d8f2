// SPDX-License-Identifier: Apache-2.0
#include "http/ErrorMapping.h"

namespace roost::server {

int httpStatusFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::MalformedJson:
    case ErrorCode::BadRequest: return 400;
    case ErrorCode::Unauthenticated:
    case ErrorCode::InvalidCredentials:
    case ErrorCode::TokenExpired:
    case ErrorCode::TokenReused: return 401;
    case ErrorCode::Forbidden: return 403;
    case ErrorCode::NotFound: return 404;
    case ErrorCode::MethodNotAllowed: return 405;
    case ErrorCode::DatesUnavailable:
    case ErrorCode::VersionConflict:
    case ErrorCode::Duplicate:
    case ErrorCode::InvalidState:
    case ErrorCode::EmailTaken: return 409;
    case ErrorCode::PayloadTooLarge: return 413;
    case ErrorCode::UnsupportedMediaType: return 415;
    case ErrorCode::ValidationFailed:
    case ErrorCode::IdempotencyMismatch:
    case ErrorCode::PaymentDeclined: return 422;
    case ErrorCode::RateLimited: return 429;
    case ErrorCode::Internal: return 500;
    case ErrorCode::Unavailable: return 503;
    }
    return 500;
}

} // namespace roost::server
