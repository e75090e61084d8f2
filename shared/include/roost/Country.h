// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace roost {

/// True for an officially assigned ISO 3166-1 alpha-2 code in uppercase ("FR"; not "fr", not
/// "UK", not the user-assigned "XK").
bool isValidCountryCode(const QString& code);

} // namespace roost
