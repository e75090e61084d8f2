// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/EmbeddedPostgres.h"

#include <QTemporaryDir>

#include <memory>

namespace roost::test {

/// A throwaway PostgreSQL cluster for one test process, made with the server's own embedded
/// mechanism (so it works as root and as a normal user), with a fresh database per call.
class TestCluster
{
public:
    /// The process-wide cluster, started on first use.
    static TestCluster& instance();

    /// URL of a new, empty database.
    QString createDatabase();

private:
    TestCluster();
    QTemporaryDir m_dir;
    std::unique_ptr<server::EmbeddedPostgres> m_postgres;
    int m_databases = 0;
};

} // namespace roost::test
