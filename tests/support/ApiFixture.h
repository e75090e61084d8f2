// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpClient.h"
#include "ServerProcess.h"

#include <QJsonObject>

#include <memory>

namespace roost::test {

/// A signed-in test user.
struct TestUser {
    QString id;
    QString email;
    QString password;
    QByteArray accessToken;
    QByteArray refreshToken;
};

/// A roost-server on a fresh database plus a client for it, and shortcuts for the setup most
/// tests share (users, listings). Each test class owns one.
class ApiFixture
{
public:
    ApiFixture();
    ~ApiFixture();

    /// Starts the server (fails the calling test via QVERIFY on error).
    bool start(QMap<QString, QString> extraEnv = {});

    HttpClient& http() { return *m_http; }
    ServerProcess& server() { return *m_server; }
    const QString& databaseUrl() const { return m_databaseUrl; }

    /// Registers a new user with a unique email; empty result on failure.
    TestUser registerUser(const QString& displayName = QStringLiteral("Test User"));
    /// A valid listing body (API.md's required fields plus a few), with `overrides` applied.
    static QJsonObject listingBody(const QJsonObject& overrides = {});
    /// Creates a listing as `host`; returns its JSON (empty on failure).
    QJsonObject createListing(const TestUser& host, const QJsonObject& overrides = {});

private:
    QString m_databaseUrl;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    int m_users = 0;
};

} // namespace roost::test
