// SPDX-License-Identifier: Apache-2.0
#include "http/routes/Routes.h"

#include "ServerContext.h"

namespace roost::server {

Router buildRouter(Services& services, const ServerContext& context)
{
    Router router;
    router.add(authRoutes(services));
    router.add(userRoutes(services));
    router.add(listingRoutes(services));
    router.add(photoRoutes(services));
    router.add(bookingRoutes(services));
    router.add(paymentRoutes(services));
    router.add(reviewRoutes(services));
    router.add(syncRoutes(services));
    router.add(operationsRoutes(services));
    if (context.config.isTest())
        router.add(testingRoutes(services));
    return router;
}

} // namespace roost::server
