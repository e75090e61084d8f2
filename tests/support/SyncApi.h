// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiFixture.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace roost::test {

/// What one or more pulls delivered.
struct Pulled {
    QJsonArray changes;
    QString cursor;
    int pages = 0;
    bool ok = false; ///< every page answered 200

    /// The last change of `entity`/`id`, if any.
    std::optional<QJsonObject> find(const QString& entity, const QString& id) const;
    /// The op of the last change of `entity`/`id` ("upsert", "delete"), or empty.
    QString opOf(const QString& entity, const QString& id) const;
    /// The data of the last upsert of `entity`/`id` (empty when absent or deleted).
    QJsonObject dataOf(const QString& entity, const QString& id) const;
};

/// `GET /sync/pull` for the sync tests.
class SyncApi
{
public:
    explicit SyncApi(HttpClient& http) : m_http(http) {}

    /// One page.
    HttpReply pull(const TestUser& user, const QString& cursor = {}, int limit = 0);
    /// Every page from `cursor` until has_more is false (at most `maxPages`).
    Pulled pullAll(const TestUser& user, const QString& cursor = {}, int limit = 0, int maxPages = 1000);

private:
    HttpClient& m_http;
};

} // namespace roost::test
