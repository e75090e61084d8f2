// SPDX-License-Identifier: Apache-2.0
#include "db/Statements.h"

#include "db/BlockRepository.h"
#include "db/BookingRepository.h"
#include "db/IdempotencyRepository.h"
#include "db/JobRepository.h"
#include "db/ListingRepository.h"
#include "db/PaymentRepository.h"
#include "db/PhotoRepository.h"
#include "db/ReviewRepository.h"
#include "db/SessionRepository.h"
#include "db/SyncMutationRepository.h"
#include "db/SyncRepository.h"
#include "db/UserRepository.h"

namespace roost::server {

void prepareStatements(pqxx::connection& connection)
{
    UserRepository::prepare(connection);
    SessionRepository::prepare(connection);
    ListingRepository::prepare(connection);
    BlockRepository::prepare(connection);
    PhotoRepository::prepare(connection);
    BookingRepository::prepare(connection);
    PaymentRepository::prepare(connection);
    IdempotencyRepository::prepare(connection);
    JobRepository::prepare(connection);
    ReviewRepository::prepare(connection);
    SyncRepository::prepare(connection);
    SyncMutationRepository::prepare(connection);
}

} // namespace roost::server
