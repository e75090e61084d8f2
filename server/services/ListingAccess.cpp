// SPDX-License-Identifier: Apache-2.0
#include "services/ListingAccess.h"

#include <roost/Error.h>

namespace roost::server::listingAccess {
namespace {

bool visibleTo(const Listing& listing, const std::optional<QUuid>& caller)
{
    return listing.status == ListingStatus::Listed || (caller && *caller == listing.hostId);
}

} // namespace

Listing requireVisible(ListingRepository& listings, const QUuid& id, const std::optional<QUuid>& caller)
{
    auto listing = listings.find(id);
    if (!listing || !visibleTo(*listing, caller))
        throw Error::notFound(QStringLiteral("Listing"));
    return *listing;
}

Listing requireOwned(ListingRepository& listings, const QUuid& id, const QUuid& caller, bool lock)
{
    auto listing = lock ? listings.findForUpdate(id) : listings.find(id);
    if (!listing || !visibleTo(*listing, caller))
        throw Error::notFound(QStringLiteral("Listing"));
    if (listing->hostId != caller)
        throw Error(ErrorCode::Forbidden, QStringLiteral("Only the host of this listing may change it."));
    return *listing;
}

} // namespace roost::server::listingAccess
