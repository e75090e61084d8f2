// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QUuid>

namespace roost::server {

/// Who is calling: the user and the login (session) their access token belongs to.
struct AuthUser {
    QUuid userId;
    QUuid sessionId;
};

/// Turns a bearer token into the caller, or throws roost::Error (unauthenticated / token_expired).
class Authenticator
{
public:
    virtual ~Authenticator() = default;
    virtual AuthUser authenticate(const QByteArray& accessToken) = 0;
};

} // namespace roost::server
