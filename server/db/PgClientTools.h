// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <string>

namespace roost::server {

/// The PostgreSQL client programs (pg_dump, pg_restore) of the system's PostgreSQL 15, run
/// against one database URL. The password never reaches a command line or a log: it is taken
/// out of the URL and handed to the child in PGPASSWORD, which only the same user (or root)
/// can read. Failures throw std::runtime_error with the tool's own explanation.
class PgClientTools
{
public:
    PgClientTools(const std::string& databaseUrl, QString binDir);

    /// `pg_dump --format=custom` of the whole database into `file`.
    void dump(const QString& file) const;
    /// `pg_restore --clean --if-exists` of `file` in one transaction: on any error the database
    /// is left as it was. Owners and grants are not restored (the target's own role owns all).
    void restore(const QString& file) const;

    /// True when the database holds any account or listing (false for a fresh, empty one).
    static bool hasData(const std::string& databaseUrl);

private:
    QString run(const QString& tool, const QStringList& args) const;

    QString m_binDir;
    QString m_url;      ///< without its password
    QString m_password;
};

} // namespace roost::server
