// SPDX-License-Identifier: Apache-2.0
#include "ApiFixture.h"

#include "TestCluster.h"

#include <QUuid>

namespace roost::test {

ApiFixture::ApiFixture() = default;
ApiFixture::~ApiFixture() = default;

bool ApiFixture::start(QMap<QString, QString> extraEnv)
{
    m_databaseUrl = TestCluster::instance().createDatabase();
    m_server = std::make_unique<ServerProcess>(m_databaseUrl, std::move(extraEnv));
    if (!m_server->start())
        return false;
    m_http = std::make_unique<HttpClient>(m_server->baseUrl());
    return true;
}

TestUser ApiFixture::registerUser(const QString& displayName)
{
    TestUser user;
    user.email = QStringLiteral("user%1-%2@example.com").arg(++m_users).arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    user.password = QStringLiteral("correct horse battery");
    const HttpReply reply = m_http->post(QStringLiteral("/api/v1/auth/register"),
                                         {{QStringLiteral("email"), user.email},
                                          {QStringLiteral("password"), user.password},
                                          {QStringLiteral("display_name"), displayName}});
    if (reply.status != 201)
        return {};
    const QJsonObject body = reply.json();
    user.id = body.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
    user.accessToken = body.value(QStringLiteral("access_token")).toString().toLatin1();
    user.refreshToken = body.value(QStringLiteral("refresh_token")).toString().toLatin1();
    return user;
}

QJsonObject ApiFixture::listingBody(const QJsonObject& overrides)
{
    QJsonObject body{{QStringLiteral("title"), QStringLiteral("Sunny loft near the canal")},
                     {QStringLiteral("description"), QStringLiteral("Bright and quiet, five minutes from the station.")},
                     {QStringLiteral("property_type"), QStringLiteral("apartment")},
                     {QStringLiteral("address"), QStringLiteral("Prinsengracht 1")},
                     {QStringLiteral("city"), QStringLiteral("Amsterdam")},
                     {QStringLiteral("country"), QStringLiteral("NL")},
                     {QStringLiteral("latitude"), 52.37},
                     {QStringLiteral("longitude"), 4.89},
                     {QStringLiteral("max_guests"), 4},
                     {QStringLiteral("bedrooms"), 2},
                     {QStringLiteral("beds"), 2},
                     {QStringLiteral("bathrooms"), 1.5},
                     {QStringLiteral("amenities"), QJsonArray{QStringLiteral("wifi"), QStringLiteral("kitchen")}},
                     {QStringLiteral("nightly_price"), 12000},
                     {QStringLiteral("cleaning_fee"), 3000},
                     {QStringLiteral("currency"), QStringLiteral("EUR")},
                     {QStringLiteral("status"), QStringLiteral("listed")}};
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

QJsonObject ApiFixture::createListing(const TestUser& host, const QJsonObject& overrides)
{
    const HttpReply reply = m_http->post(QStringLiteral("/api/v1/listings"), listingBody(overrides), host.accessToken);
    return reply.status == 201 ? reply.json() : QJsonObject();
}

} // namespace roost::test
