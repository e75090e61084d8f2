// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ServerContext.h"
#include "db/EmbeddedPostgres.h"

#include <memory>

namespace roost::server {

/// What every sub-command needs before it can work: the database (the configured one, or the
/// embedded cluster started here), the schema migrated, and the token-signing key.
class Bootstrap
{
public:
    explicit Bootstrap(ServerContext& context);
    ~Bootstrap();

    /// Starts the embedded database if needed and resolves `context.databaseUrl`.
    void openDatabase();
    /// Applies pending migrations; returns how many.
    int migrate();
    /// Resolves `context.jwtSecret`: the configured one, else one generated once and kept in the
    /// database so that every process on it agrees.
    void resolveSecrets();

private:
    ServerContext& m_context;
    std::unique_ptr<EmbeddedPostgres> m_embedded;
};

} // namespace roost::server
