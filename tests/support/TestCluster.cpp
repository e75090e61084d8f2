// SPDX-License-Identifier: Apache-2.0
#include "TestCluster.h"

#include <QFile>

#include <pqxx/pqxx>

namespace roost::test {

TestCluster& TestCluster::instance()
{
    static TestCluster cluster;
    return cluster;
}

TestCluster::TestCluster() : m_dir(QDir::tempPath() + QStringLiteral("/roost-test-XXXXXX"))
{
    // As root the cluster runs as `postgres`, which must be able to pass through this directory.
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeOther);
    server::EmbeddedPostgres::Options options;
    options.directory = m_dir.path() + QStringLiteral("/pg");
    options.durable = false; // throwaway: no fsync
    m_postgres = std::make_unique<server::EmbeddedPostgres>(options);
    m_postgres->start();
}

QString TestCluster::createDatabase()
{
    const QString name = QStringLiteral("test_%1").arg(++m_databases);
    pqxx::connection admin(m_postgres->url(QStringLiteral("postgres")).toStdString());
    pqxx::nontransaction tx(admin);
    tx.exec0("CREATE DATABASE " + tx.quote_name(name.toStdString()));
    return m_postgres->url(name);
}

} // namespace roost::test
