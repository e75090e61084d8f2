// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/Router.h"

namespace roost::server {

struct Services;
struct ServerContext;

// One route table per area, each in its own file: path, method and handler side by side.
QList<Route> authRoutes(Services& services);
QList<Route> userRoutes(Services& services);
QList<Route> listingRoutes(Services& services);
QList<Route> photoRoutes(Services& services);
QList<Route> bookingRoutes(Services& services);
QList<Route> paymentRoutes(Services& services);
QList<Route> reviewRoutes(Services& services);
QList<Route> syncRoutes(Services& services);
QList<Route> operationsRoutes(Services& services);
QList<Route> testingRoutes(Services& services);

/// Every table of the API (the testing hooks only in the test environment).
Router buildRouter(Services& services, const ServerContext& context);

} // namespace roost::server
