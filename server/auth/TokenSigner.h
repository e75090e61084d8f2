// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/AuthUser.h"

#include <QDateTime>

#include <optional>

namespace roost::server {

/// HS256 JSON Web Tokens for access, signed and checked with OpenSSL's HMAC. The algorithm is
/// pinned: a token whose header says anything but HS256 (`none` included) is refused.
class TokenSigner
{
public:
    /// Access tokens live 15 minutes; refresh tokens renew them.
    static constexpr int kAccessLifetimeSeconds = 15 * 60;

    explicit TokenSigner(QByteArray secret);

    QByteArray issue(const AuthUser& who, const QDateTime& now) const;

    enum class Failure { Invalid, Expired };
    struct Verified {
        std::optional<AuthUser> user;
        Failure failure = Failure::Invalid;
    };
    Verified verify(const QByteArray& token, const QDateTime& now) const;

private:
    QByteArray sign(const QByteArray& signingInput) const;
    QByteArray m_secret;
};

} // namespace roost::server
