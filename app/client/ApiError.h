// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace roost::client {

/// Why a request failed, as a value: the sync engine decides from it whether to retry later
/// (network, timeouts, 5xx), ask the user to sign in again (401), or give up on one request.
struct ApiError {
    enum class Kind {
        None,     ///< no error
        Network,  ///< no HTTP answer: refused, reset, DNS, TLS
        Timeout,  ///< no complete answer in time
        Http,     ///< an HTTP error status; `code` is the envelope's `error.code` when present
        BadReply, ///< a 2xx whose body is not the JSON the contract promises
    };
    Kind kind = Kind::None;
    int status = 0;
    QString code;
    QString message;
    QJsonObject envelope; ///< the whole `error` object (fields, current, …)

    bool isError() const { return kind != Kind::None; }
    /// Worth retrying later unchanged: the server was unreachable, slow, overloaded or failing.
    bool isTransient() const
    {
        return kind == Kind::Network || kind == Kind::Timeout || (kind == Kind::Http && (status >= 500 || status == 429));
    }
    bool isUnauthenticated() const { return kind == Kind::Http && status == 401; }
    QString describe() const;
};

/// An answer: the JSON body on success, the error otherwise.
struct ApiResult {
    ApiError error;
    int status = 0;
    QJsonObject json;
    QByteArray body = {}; ///< instead of `json`, for a request asking for the text (ApiRequest::unparsed)
    QList<std::pair<QByteArray, QByteArray>> headers = {};

    bool ok() const { return !error.isError(); }
    /// A response header's value (names compare case-insensitively); empty when absent.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto& [key, value] : headers) {
            if (name.compare(key, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace roost::client
