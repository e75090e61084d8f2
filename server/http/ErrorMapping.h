// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <roost/Error.h>

namespace roost::server {

/// The one place where an error code becomes an HTTP status (API.md, Errors).
int httpStatusFor(ErrorCode code);

} // namespace roost::server
