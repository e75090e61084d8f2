// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

#include <pqxx/pqxx>

namespace roost::server {

/// The schema's versioned SQL migrations, compiled in from server/migrations/NNNN_name.sql.
class Migrations
{
public:
    struct Migration {
        int version;
        QString name;
        QByteArray sql;
    };

    Migrations();

    /// Applies every migration not yet applied, each in its own transaction, under an advisory
    /// lock so that several processes starting together apply each one exactly once.
    /// Returns how many were applied.
    int apply(pqxx::connection& connection) const;

    /// True when the database has every migration this binary knows.
    bool isCurrent(pqxx::connection& connection) const;

    int latestVersion() const;

private:
    QList<Migration> m_migrations;
};

} // namespace roost::server
