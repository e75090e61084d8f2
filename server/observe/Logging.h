// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Config.h"

#include <QByteArray>
#include <QJsonObject>

namespace roost::server {

/// Routes every Qt log message of the process to standard error, one line each: a JSON object
/// (`time`, `level`, `logger`, `message`, and `request_id` while a request is being handled) or
/// a plain text line. Messages never carry secrets: callers log ids and paths, never bodies,
/// headers or query strings.
void installLogHandler(LogFormat format);

/// Writes one structured event (`fields` plus time, level and logger) in the installed format.
void logEvent(const char* logger, const QJsonObject& fields);

/// The id of the request this thread is handling, for the log lines written meanwhile.
class RequestLogScope
{
public:
    explicit RequestLogScope(const QByteArray& requestId);
    ~RequestLogScope();
    RequestLogScope(const RequestLogScope&) = delete;
    RequestLogScope& operator=(const RequestLogScope&) = delete;
};

/// A caller's `X-Request-Id` when it is a sane token (1–64 of `A-Za-z0-9._:-`), else a new one.
QByteArray requestIdFrom(const QByteArray& header);

} // namespace roost::server
