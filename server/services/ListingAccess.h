// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ListingRepository.h"

#include <QUuid>

#include <optional>

namespace roost::server {

/// Who may see and who may change a listing, in one place for every service that touches
/// listings. A listed listing is public; drafts and unlisted ones exist only for their host, so
/// to anyone else they are 404, never 403 (API.md: an object the caller may not even see).
namespace listingAccess {

/// The live listing if `caller` may see it; otherwise 404.
Listing requireVisible(ListingRepository& listings, const QUuid& id, const std::optional<QUuid>& caller);

/// The live listing if `caller` is its host: 404 when they may not even see it, 403 when they
/// may see it but not change it. `lock` takes the row lock (FOR UPDATE) so writes serialise.
Listing requireOwned(ListingRepository& listings, const QUuid& id, const QUuid& caller, bool lock);

} // namespace listingAccess
} // namespace roost::server
