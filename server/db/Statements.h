// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <pqxx/pqxx>

namespace roost::server {

/// Prepares every repository's statements on a new connection (statements are per connection).
void prepareStatements(pqxx::connection& connection);

} // namespace roost::server
