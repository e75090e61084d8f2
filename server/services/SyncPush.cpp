// SPDX-License-Identifier: Apache-2.0
#include "services/SyncPush.h"

#include "db/BlockRepository.h"
#include "db/Database.h"
#include "db/ListingRepository.h"
#include "db/SyncMutationRepository.h"
#include "db/UserRepository.h"
#include "services/BookingService.h"
#include "services/ListingAccess.h"
#include "services/ListingService.h"
#include "services/ReviewService.h"
#include "services/UserService.h"

#include <roost/Error.h>
#include <roost/Id.h>
#include <roost/JsonReader.h>

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSyncPush, "roost.sync")

namespace roost::server {
namespace {

const QString kMutationId = QStringLiteral("mutation_id");
const QString kStatus = QStringLiteral("status");

QJsonObject result(const SyncMutation& m, const QString& status)
{
    return {{kMutationId, m.mutationId}, {kStatus, status}};
}

QJsonObject applied(const SyncMutation& m, std::optional<qint64> version = std::nullopt)
{
    QJsonObject r = result(m, QStringLiteral("applied"));
    if (version)
        r.insert(QStringLiteral("version"), *version);
    return r;
}

/// The create body: `data` with the mutation's id (a different id in `data` is a client bug).
QJsonObject createBody(const SyncMutation& m)
{
    QJsonObject body = m.data;
    const QString id = idToString(m.id);
    if (body.contains(QStringLiteral("id")) && parseId(body.value(QStringLiteral("id")).toString()) != m.id)
        throw Error::validation({{QStringLiteral("data.id"), QStringLiteral("must be the mutation's id")}});
    body.insert(QStringLiteral("id"), id);
    return body;
}

/// A UUID field of `data` that names another object (the listing of a block, say).
QUuid requiredId(const SyncMutation& m, const QString& key)
{
    FieldErrors errors;
    const auto id = JsonReader(m.data, errors).id(key, Presence::Required);
    if (!errors.isEmpty())
        throw Error::validation({{QStringLiteral("data.") + key, errors.first()}});
    return *id;
}

/// JSON numbers compare by value (12000 and 12000.0 are one price); everything else exactly.
bool sameValue(const QJsonValue& a, const QJsonValue& b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

/// Field-level merge: only the fields the client changed, as it last saw them (`base`), must
/// still hold; edits of other fields (the server's own updates included) are no conflict.
/// The conflict result carries the object as it is; nothing when the update may go ahead.
std::optional<QJsonObject> conflictWith(const SyncMutation& m, const QJsonObject& current)
{
    if (!m.base)
        return std::nullopt;
    for (auto it = m.base->begin(); it != m.base->end(); ++it) {
        if (!current.contains(it.key()))
            throw Error::validation({{QStringLiteral("base.") + it.key(), QStringLiteral("is not a field of a ") + m.entity}});
        if (!sameValue(current.value(it.key()), it.value())) {
            QJsonObject conflict = result(m, QStringLiteral("conflict"));
            conflict.insert(QStringLiteral("version"), current.value(QStringLiteral("version")));
            conflict.insert(QStringLiteral("current"), current);
            return conflict;
        }
    }
    return std::nullopt;
}

Error unsupported(const SyncMutation& m)
{
    return Error::validation(
        {{QStringLiteral("op"), QStringLiteral("%1 of a %2 is not something a client can push").arg(m.op, m.entity)}});
}

} // namespace

SyncPush::SyncPush(Database& db, UserService& users, ListingService& listings, BookingService& bookings,
                   ReviewService& reviews)
    : m_db(db), m_users(users), m_listings(listings), m_bookings(bookings), m_reviews(reviews)
{
}

QJsonObject SyncPush::push(const AuthUser& caller, const QJsonObject& body, const Clock& clock)
{
    const QList<SyncMutation> mutations = parseSyncPush(body);
    QJsonArray results;
    for (const SyncMutation& m : mutations)
        results.append(run(caller, m, clock));
    return {{QStringLiteral("results"), results}};
}

QJsonObject SyncPush::run(const AuthUser& caller, const SyncMutation& m, const Clock& clock)
{
    QJsonObject rejected;
    {
        pqxx::work tx(m_db.connection());
        SyncMutationRepository stored(tx);
        if (auto first = stored.reserve(caller.userId, m.mutationId))
            return *first;
        try {
            const QJsonObject outcome = apply(tx, caller, m, clock);
            stored.complete(caller.userId, m.mutationId, outcome);
            tx.commit();
            return outcome;
        } catch (const Error& e) {
            rejected = result(m, QStringLiteral("rejected"));
            rejected.insert(QStringLiteral("error"), e.toEnvelope().value(QStringLiteral("error")));
        }
    } // the effect's transaction rolls back here
    // A rejection has no effect to keep it company, so it is stored on its own.
    pqxx::work tx(m_db.connection());
    SyncMutationRepository stored(tx);
    if (auto first = stored.reserve(caller.userId, m.mutationId))
        return *first;
    stored.complete(caller.userId, m.mutationId, rejected);
    tx.commit();
    qCDebug(lcSyncPush) << "mutation rejected:" << m.entity << m.op;
    return rejected;
}

QJsonObject SyncPush::apply(pqxx::work& tx, const AuthUser& caller, const SyncMutation& m, const Clock& clock)
{
    const QString& op = m.op;
    if (m.entity == QLatin1String("listing")) {
        if (op == QLatin1String("create"))
            return applied(m, m_listings.createIn(tx, caller, createBody(m)).object.version);
        if (op == QLatin1String("update"))
            return updateListing(tx, caller, m);
        if (op == QLatin1String("delete")) {
            m_listings.removeIn(tx, caller, m.id, clock.today());
            return applied(m);
        }
    } else if (m.entity == QLatin1String("block")) {
        if (op == QLatin1String("create")) {
            const QUuid listingId = requiredId(m, QStringLiteral("listing_id"));
            return applied(m, m_listings.createBlockIn(tx, caller, listingId, createBody(m), clock.today()).object.version);
        }
        if (op == QLatin1String("delete")) {
            // The block names its listing; whoever may not change that listing gets its answer.
            const auto block = BlockRepository(tx).find(m.id);
            if (!block)
                throw Error::notFound(QStringLiteral("Block"));
            m_listings.deleteBlockIn(tx, caller, block->block.listingId, m.id);
            return applied(m);
        }
    } else if (m.entity == QLatin1String("booking")) {
        if (op == QLatin1String("create"))
            return applied(m, m_bookings.createIn(tx, caller, createBody(m), clock).booking.version);
        if (op == QLatin1String("action")) {
            if (m.action == QLatin1String("cancel"))
                return applied(m, m_bookings.cancelIn(tx, caller, m.id, clock).version);
            if (m.action == QLatin1String("accept"))
                return applied(m, m_bookings.actIn(tx, caller, m.id, BookingEvent::HostAccepts, clock).version);
            if (m.action == QLatin1String("decline"))
                return applied(m, m_bookings.actIn(tx, caller, m.id, BookingEvent::HostDeclines, clock).version);
            throw Error::validation({{QStringLiteral("action"), QStringLiteral("must be cancel, accept or decline")}});
        }
    } else if (m.entity == QLatin1String("review")) {
        if (op == QLatin1String("create")) {
            const QUuid bookingId = requiredId(m, QStringLiteral("booking_id"));
            const auto created = m_reviews.createIn(tx, caller, bookingId, createBody(m), clock);
            return applied(m, created.review.value(QStringLiteral("version")).toInteger());
        }
    } else if (m.entity == QLatin1String("user")) {
        if (op == QLatin1String("update"))
            return updateUser(tx, caller, m);
    }
    throw unsupported(m);
}

QJsonObject SyncPush::updateListing(pqxx::work& tx, const AuthUser& caller, const SyncMutation& m)
{
    ListingRepository listings(tx);
    // Permission first (locking the row until commit), so a conflict never shows a listing
    // to someone who may not change it.
    const QJsonObject current = m_listings.toJson(listingAccess::requireOwned(listings, m.id, caller.userId, true));
    if (auto conflict = conflictWith(m, current))
        return *conflict;
    QJsonObject patch = m.data;
    patch.remove(QStringLiteral("version")); // the base decides conflicts, not the version
    return applied(m, m_listings.updateIn(tx, caller, m.id, patch, std::nullopt).version);
}

QJsonObject SyncPush::updateUser(pqxx::work& tx, const AuthUser& caller, const SyncMutation& m)
{
    if (m.id != caller.userId) // PATCH /me: nobody changes anyone else's profile
        throw Error(ErrorCode::Forbidden, QStringLiteral("Only your own profile can be changed."));
    const auto current = UserRepository(tx).findForUpdate(caller.userId);
    if (!current)
        throw Error::notFound(QStringLiteral("User"));
    if (auto conflict = conflictWith(m, userToJson(*current)))
        return *conflict;
    return applied(m, m_users.updateProfileIn(tx, caller, m.data).version);
}

} // namespace roost::server
