// SPDX-License-Identifier: Apache-2.0
#include "services/ListingService.h"

#include "ServerContext.h"
#include "db/BlockRepository.h"
#include "db/Database.h"
#include "db/ListingRepository.h"
#include "db/UserRepository.h"
#include "services/ExpectedVersion.h"
#include "services/Fingerprint.h"
#include "services/ListingAccess.h"

#include <roost/Date.h>
#include <roost/JsonSink.h>
#include <roost/Error.h>
#include <roost/Id.h>

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace roost::server {
namespace {

// A host's calendar rarely holds more than a few dozen blocks ahead; the bound keeps one answer
// small even for a calendar scripted full of one-night blocks (a year is 366 of them).
constexpr int kMaxBlocksListed = 1000;
const QString kHostListingsCursor = QStringLiteral("host_listings");

Error duplicate(const QString& what)
{
    return Error(ErrorCode::Duplicate,
                 QStringLiteral("A %1 with this id already exists and was created with another request; "
                                "send a new id.")
                     .arg(what));
}

/// The expected version of a PATCH: If-Match wins, else an integer `version` in the body.

} // namespace

ListingService::ListingService(Database& db, ServerContext& context) : m_db(db), m_context(context) {}

QJsonObject ListingService::toJson(const Listing& listing) const
{
    return listingToJson(listing, m_context.config.publicUrl);
}

QByteArray ListingService::toJsonText(const Listing& listing) const
{
    JsonTextSink out;
    writeListingJson(out, listing, m_context.config.publicUrl);
    return out.text();
}

ListingService::Created<Listing> ListingService::create(const AuthUser& caller, const QJsonObject& body)
{
    pqxx::work tx(m_db.connection());
    auto result = createIn(tx, caller, body);
    tx.commit();
    return result;
}

ListingService::Created<Listing> ListingService::createIn(pqxx::work& tx, const AuthUser& caller, const QJsonObject& body)
{
    Listing listing = parseNewListing(body);
    if (listing.id.isNull())
        listing.id = newId();
    listing.hostId = caller.userId;
    const QByteArray digest = fingerprint(body);

    ListingRepository listings(tx);
    if (!listings.insert(listing, digest)) {
        // The id exists. The same caller re-sending the same create (a retry after a lost
        // answer, an offline client syncing twice) gets the listing as it is now; anything
        // else is a different object under a taken id.
        const auto record = listings.findCreateRecord(listing.id);
        if (!record || record->hostId != caller.userId || record->fingerprint != digest)
            throw duplicate(QStringLiteral("listing"));
        if (record->deleted) // replaying would resurrect nothing: the object is gone
            throw Error(ErrorCode::Duplicate, QStringLiteral("This listing was created and has since been deleted."));
        const Listing current = *listings.find(listing.id);
        return {current, false};
    }
    UserRepository(tx).markHost(caller.userId); // API.md: creating a listing makes a host
    Listing stored = *listings.find(listing.id);
    return {stored, true};
}

Listing ListingService::get(const QUuid& id, const std::optional<AuthUser>& caller)
{
    // The hottest read of the API: one statement (the listing with its photos), so no
    // BEGIN/COMMIT round trips are needed to see a consistent listing.
    pqxx::nontransaction tx(m_db.connection());
    ListingRepository listings(tx);
    return listingAccess::requireVisible(listings, id, caller ? std::optional(caller->userId) : std::nullopt);
}

Listing ListingService::update(const AuthUser& caller, const QUuid& id, const QJsonObject& body,
                               std::optional<qint64> ifMatch)
{
    pqxx::work tx(m_db.connection());
    auto result = updateIn(tx, caller, id, body, ifMatch);
    tx.commit();
    return result;
}

Listing ListingService::updateIn(pqxx::work& tx, const AuthUser& caller, const QUuid& id, const QJsonObject& body,
                                 std::optional<qint64> ifMatch)
{
    const std::optional<qint64> expected = expectedVersion(body, ifMatch);
    ListingRepository listings(tx);
    const Listing current = listingAccess::requireOwned(listings, id, caller.userId, true);
    if (expected && *expected != current.version)
        throw Error(ErrorCode::VersionConflict, QStringLiteral("The listing was changed elsewhere; reload it."))
            .with(QStringLiteral("current"), toJson(current));
    const Listing stored = listings.update(applyListingPatch(current, body));
    return stored;
}

void ListingService::remove(const AuthUser& caller, const QUuid& id, const QDate& today)
{
    pqxx::work tx(m_db.connection());
    removeIn(tx, caller, id, today);
    tx.commit();
}

void ListingService::removeIn(pqxx::work& tx, const AuthUser& caller, const QUuid& id, const QDate& today)
{
    ListingRepository listings(tx);
    listingAccess::requireOwned(listings, id, caller.userId, true);
    if (listings.hasFutureConfirmedBookings(id, today))
        throw Error(ErrorCode::InvalidState,
                    QStringLiteral("This listing has confirmed bookings to come; cancel them or unlist it instead."));
    listings.softDelete(id);
}

namespace {

/// `{items, next_cursor}` from up to limit + 1 rows (photos came with them, same statement), as
/// JSON text written straight from the rows: building a QJsonObject of each listing to print it
/// was most of the server's own share of a search.
template<typename CursorOf>
QByteArray page(QList<ListingPageRow> rows, int limit, const QString& photoBase, CursorOf cursorOf)
{
    const bool more = rows.size() > limit;
    if (more)
        rows.resize(limit);
    JsonTextSink out;
    out.beginObject();
    out.key("items");
    out.beginArray();
    for (const auto& row : rows)
        writeListingJson(out, row.listing, photoBase);
    out.endArray();
    out.key("next_cursor");
    if (more)
        out.string(cursorOf(rows.last().key));
    else
        out.null();
    out.endObject();
    return out.text();
}

} // namespace

QByteArray ListingService::hostListings(const AuthUser& caller, const PageRequest& request)
{
    pqxx::nontransaction tx(m_db.connection()); // one statement: consistent on its own
    auto rows = ListingRepository(tx).listByHost(caller.userId, request.after, request.limit + 1);
    return page(std::move(rows), request.limit, m_context.config.publicUrl,
                [](const ListingSortKey& key) { return encodeListCursor(kHostListingsCursor, key); });
}

QByteArray ListingService::search(const SearchCriteria& criteria)
{
    pqxx::nontransaction tx(m_db.connection()); // one statement: consistent on its own
    auto rows = ListingSearch(tx).run(criteria, criteria.limit + 1);
    return page(std::move(rows), criteria.limit, m_context.config.publicUrl,
                [&criteria](const ListingSortKey& key) { return encodeSearchCursor(criteria.sort, key); });
}

QJsonObject ListingService::availability(const QUuid& id, const std::optional<AuthUser>& caller,
                                         const DateWindow& window, const QDate& today)
{
    pqxx::read_transaction tx(m_db.connection());
    ListingRepository listings(tx);
    const Listing listing =
        listingAccess::requireVisible(listings, id, caller ? std::optional(caller->userId) : std::nullopt);
    const auto claims = listings.claimsBetween(id, window.from, window.to);
    tx.commit();

    QSet<QDate> claimed;
    for (const auto& [first, end] : claims) {
        for (QDate night = std::max(first, window.from); night < end && night < window.to; night = night.addDays(1))
            claimed.insert(night);
    }
    QJsonArray days;
    for (QDate night = window.from; night < window.to; night = night.addDays(1)) {
        days.append(QJsonObject{{QStringLiteral("date"), dateToString(night)},
                                {QStringLiteral("available"), night >= today && !claimed.contains(night)},
                                {QStringLiteral("nightly_price"), listing.nightlyPrice}});
    }
    return {{QStringLiteral("listing_id"), idToString(id)},
            {QStringLiteral("currency"), listing.currency},
            {QStringLiteral("days"), days}};
}

ListingService::Created<Block> ListingService::createBlock(const AuthUser& caller, const QUuid& listingId,
                                                           const QJsonObject& body, const QDate& today)
{
    pqxx::work tx(m_db.connection());
    auto result = createBlockIn(tx, caller, listingId, body, today);
    tx.commit();
    return result;
}

ListingService::Created<Block> ListingService::createBlockIn(pqxx::work& tx, const AuthUser& caller, const QUuid& listingId,
                                                             const QJsonObject& body, const QDate& today)
{
    Block block = parseNewBlock(body, today);
    if (block.id.isNull())
        block.id = newId();
    block.listingId = listingId;
    const QByteArray digest = fingerprint(body);

    ListingRepository listings(tx);
    listingAccess::requireOwned(listings, listingId, caller.userId, false);
    BlockRepository blocks(tx);
    switch (blocks.insert(block, digest)) {
    case BlockRepository::InsertResult::Inserted: break;
    case BlockRepository::InsertResult::DatesTaken:
        throw Error(ErrorCode::DatesUnavailable, QStringLiteral("Some of these nights are already booked or blocked."));
    case BlockRepository::InsertResult::IdTaken: {
        const auto existing = blocks.find(block.id);
        if (!existing || existing->block.listingId != listingId || existing->fingerprint != digest)
            throw duplicate(QStringLiteral("block"));
        return {existing->block, false};
    }
    }
    const Block stored = blocks.find(block.id)->block;
    return {stored, true};
}

QJsonObject ListingService::blocks(const AuthUser& caller, const QUuid& listingId, const QDate& today)
{
    pqxx::read_transaction tx(m_db.connection());
    ListingRepository listings(tx);
    listingAccess::requireOwned(listings, listingId, caller.userId, false);
    QJsonArray items;
    for (const Block& block : BlockRepository(tx).listFrom(listingId, today, kMaxBlocksListed))
        items.append(blockToJson(block));
    tx.commit();
    return {{QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), QJsonValue(QJsonValue::Null)}};
}

void ListingService::deleteBlock(const AuthUser& caller, const QUuid& listingId, const QUuid& blockId)
{
    pqxx::work tx(m_db.connection());
    deleteBlockIn(tx, caller, listingId, blockId);
    tx.commit();
}

void ListingService::deleteBlockIn(pqxx::work& tx, const AuthUser& caller, const QUuid& listingId, const QUuid& blockId)
{
    ListingRepository listings(tx);
    listingAccess::requireOwned(listings, listingId, caller.userId, false);
    if (!BlockRepository(tx).remove(listingId, blockId))
        throw Error::notFound(QStringLiteral("Block"));
}

} // namespace roost::server
