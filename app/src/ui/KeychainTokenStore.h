// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TokenStore.h"

#include <QMutex>
#include <QObject>
#include <QString>

namespace roost::app {

/// The refresh token in the desktop keyring (QtKeychain), or — when no secret service answers,
/// as on a bare session or in tests — in a file only its owner may read (0600).
///
/// The sync thread reads and rotates the token, so the token itself lives in memory under a
/// mutex; the keyring and the file are written afterwards on this object's (the GUI) thread,
/// because keyring jobs need that thread's event loop. load() runs before the engine starts.
class KeychainTokenStore final : public QObject, public client::TokenStore
{
    Q_OBJECT

public:
    enum class Backend { KeychainOrFile, FileOnly };

    /// `service`: the keyring entry's service name (one per server, so two servers keep two
    /// sessions). `fallbackPath`: the file used without a keyring.
    KeychainTokenStore(QString service, QString fallbackPath, Backend backend = Backend::KeychainOrFile,
                       QObject* parent = nullptr);
    /// Saves a token not saved yet (see flush()).
    ~KeychainTokenStore() override;

    /// Reads the saved token (waits for the keyring's answer in a local event loop, at startup
    /// only). True when a token was found.
    bool load();
    /// Whether the keyring answered; false means the file is used.
    bool usesKeychain() const { return m_keychainWorks; }
    const QString& fallbackPath() const { return m_fallbackPath; }

    /// Saves the newest token now, waiting (briefly) for the keyring: for the end of the app,
    /// when queued saves would no longer run.
    void flush();

    QByteArray refreshToken() const override;
    void setRefreshToken(const QByteArray& token) override;

Q_SIGNALS:
    /// The token reached its keyring entry or file.
    void saved();

private:
    void persist();
    bool writeFile(const QByteArray& token) const;
    QByteArray readFile() const;

    QString m_service;
    QString m_fallbackPath;
    Backend m_backend;
    bool m_keychainWorks = false;
    int m_jobsInFlight = 0;
    mutable QMutex m_mutex;
    QByteArray m_token;
    bool m_dirty = false; ///< m_token changed since the last save started
};

} // namespace roost::app
