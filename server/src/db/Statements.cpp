// SPDX-License-Identifier: Apache-2.0
#include "db/Statements.h"

#include "db/BlockRepository.h"
#include "db/ListingRepository.h"
#include "db/PhotoRepository.h"
#include "db/SessionRepository.h"
#include "db/UserRepository.h"

namespace roost::server {

void prepareStatements(pqxx::connection& connection)
{
    UserRepository::prepare(connection);
    SessionRepository::prepare(connection);
    ListingRepository::prepare(connection);
    BlockRepository::prepare(connection);
    PhotoRepository::prepare(connection);
}

} // namespace roost::server
