// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Config.h"

#include <QSemaphore>
#include <QString>

namespace roost::server {

/// scrypt password hashes through OpenSSL, stored as `scrypt$N$r$p$salt$hash` (base64) so the
/// cost can be raised later without invalidating existing hashes.
///
/// Hashing is the costliest thing the server does; at most `slots` hashes run at once. A caller
/// that cannot get a slot within a short wait gets `503 unavailable` with Retry-After.
class PasswordHasher
{
public:
    PasswordHasher(ScryptParams params, QSemaphore& hashSlots);

    QString hash(const QString& password) const;
    bool verify(const QString& password, const QString& stored) const;
    /// Spends the same time as a verification, for unknown accounts (no timing oracle).
    void verifyDummy(const QString& password) const;

private:
    ScryptParams m_params;
    QSemaphore& m_slots;
};

} // namespace roost::server
