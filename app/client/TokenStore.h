// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QMutex>
#include <QString>

namespace roost::client {

/// Where the long-lived refresh token is kept between runs. The GUI decides (a keyring, or
/// QSettings); the client library only needs these two calls. Access tokens stay in memory.
class TokenStore
{
public:
    virtual ~TokenStore() = default;
    virtual QByteArray refreshToken() const = 0;
    /// Empty clears it (signed out, or the server refused it).
    virtual void setRefreshToken(const QByteArray& token) = 0;
};

/// Keeps it for the life of the object (tests, or a "don't remember me" session). Locked,
/// because the sync thread rotates it while the GUI may read it.
class MemoryTokenStore final : public TokenStore
{
public:
    QByteArray refreshToken() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_token;
    }
    void setRefreshToken(const QByteArray& token) override
    {
        QMutexLocker lock(&m_mutex);
        m_token = token;
    }

private:
    mutable QMutex m_mutex;
    QByteArray m_token;
};

/// Keeps it in QSettings under `key`. QSettings is plain text on Linux: a GUI that can reach the
/// desktop keyring should provide its own TokenStore instead.
class SettingsTokenStore final : public TokenStore
{
public:
    explicit SettingsTokenStore(QString key = QStringLiteral("sync/refresh_token")) : m_key(std::move(key)) {}
    QByteArray refreshToken() const override;
    void setRefreshToken(const QByteArray& token) override;

private:
    QString m_key;
};

} // namespace roost::client
