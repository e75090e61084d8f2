// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ServerContext.h"
#include "services/AuthService.h"
#include "services/BookingService.h"
#include "services/JobService.h"
#include "services/ListingService.h"
#include "services/PaymentService.h"
#include "services/PhotoService.h"
#include "services/ReviewService.h"
#include "services/SyncPush.h"
#include "services/SyncService.h"
#include "services/UserService.h"

namespace roost::server {

class Database;

/// One worker thread's services, all over that thread's database connection.
struct Services {
    Services(Database& database, ServerContext& context)
        : db(database), context(context), auth(database, context), users(database, auth.hasher()), listings(database, context),
          photos(database, context), bookings(database), payments(database), reviews(database), sync(database, context),
          syncPush(database, users, listings, bookings, reviews), jobs(database, context.config, &context.metrics)
    {
    }

    Database& db;
    ServerContext& context;
    AuthService auth;
    UserService users;
    ListingService listings;
    PhotoService photos;
    BookingService bookings;
    PaymentService payments;
    ReviewService reviews;
    SyncService sync;
    SyncPush syncPush;
    JobService jobs;
};

} // namespace roost::server
