// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <pqxx/pqxx>

#include <memory>

namespace roost::server {

/// One thread's database connection (libpqxx connections are not thread-safe, so each HTTP
/// worker owns one and its handlers run on it without any pool lock). Reconnects on demand
/// after the server restarts or the network drops.
class Database
{
public:
    explicit Database(std::string url);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Connections open now across every Database of the process (for /metrics).
    static int openConnections();

    /// The live connection, reconnecting (and re-preparing statements) if it was lost.
    /// Throws roost::Error(Unavailable) when the database cannot be reached.
    pqxx::connection& connection();

    /// True when a trivial query answers.
    bool ping();

private:
    void connect();
    void drop();

    std::string m_url;
    std::unique_ptr<pqxx::connection> m_connection;
};

/// Names the SQLSTATE of a failed statement, e.g. "23505" for unique violations.
namespace sqlstate {
inline constexpr const char* kUniqueViolation = "23505";
inline constexpr const char* kExclusionViolation = "23P01"; // no exception class of its own in libpqxx 6
inline constexpr const char* kForeignKeyViolation = "23503";
inline constexpr const char* kCheckViolation = "23514";
inline constexpr const char* kSerializationFailure = "40001";
inline constexpr const char* kDeadlockDetected = "40P01";
} // namespace sqlstate

} // namespace roost::server
