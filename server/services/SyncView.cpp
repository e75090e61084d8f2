// SPDX-License-Identifier: Apache-2.0
#include "services/SyncView.h"

#include "db/BlockRepository.h"
#include "db/BookingRepository.h"
#include "db/ListingRepository.h"
#include "db/PaymentRepository.h"
#include "db/ReviewRepository.h"
#include "db/UserRepository.h"
#include "services/UserService.h"

#include <roost/Id.h>

namespace roost::server {
namespace {

const QString kUser = QStringLiteral("user");


} // namespace

SyncView::SyncView(pqxx::transaction_base& tx, const QUuid& caller, qint64 after, QString photoBaseUrl)
    : m_tx(tx), m_caller(caller), m_after(after), m_photoBaseUrl(std::move(photoBaseUrl))
{
}

void SyncView::prefetch(const QList<SyncRepository::Change>& changes)
{
    QList<QUuid> listingIds;
    QList<QUuid> blockIds;
    QList<QUuid> reviewIds;
    QList<QUuid> userIds;
    for (const auto& change : changes) {
        if (change.entity == kUser)
            userIds.append(change.id);
        else if (change.entity == QLatin1String("listing"))
            listingIds.append(change.id);
        else if (change.entity == QLatin1String("block"))
            blockIds.append(change.id);
        else if (change.entity == QLatin1String("review"))
            reviewIds.append(change.id);
    }
    QList<QUuid> standingIds; // the listings of the page's blocks and reviews
    for (const QUuid& id : blockIds)
        m_blocks.insert(id, std::nullopt);
    for (const Block& found : BlockRepository(m_tx).findMany(blockIds)) {
        m_blocks.insert(found.id, found);
        standingIds.append(found.listingId);
    }
    for (const QUuid& id : reviewIds)
        m_reviews.insert(id, std::nullopt);
    for (const Review& found : ReviewRepository(m_tx).findMany(reviewIds)) {
        m_reviews.insert(found.id, found);
        standingIds.append(found.listingId);
    }
    QList<QUuid> people;
    ListingRepository listings(m_tx);
    for (const QUuid& id : listingIds) {
        m_listings.insert(id, std::nullopt);
        m_standing.insert(id, std::nullopt);
    }
    for (const Listing& found : listings.findMany(listingIds)) {
        m_listings.insert(found.id, found);
        m_standing.insert(found.id, ListingRepository::Standing{found.hostId, found.status});
        if (found.status == ListingStatus::Listed || found.hostId == m_caller)
            people.append(found.hostId);
    }
    standingIds.removeIf([this](const QUuid& id) { return m_standing.contains(id); });
    for (const QUuid& id : standingIds)
        m_standing.insert(id, std::nullopt);
    const auto standings = listings.standingOfMany(standingIds);
    for (auto it = standings.cbegin(); it != standings.cend(); ++it)
        m_standing.insert(it.key(), *it);
    for (const auto& review : std::as_const(m_reviews)) {
        if (review)
            people << review->authorId << review->subjectId;
    }
    SyncRepository log(m_tx);
    const QSet<QUuid> named = log.namedUsers(m_caller, userIds);
    for (const QUuid& id : userIds)
        m_named.insert(id, named.contains(id));
    m_userVersions = log.userVersions(people);
    for (const QUuid& person : std::as_const(people)) {
        if (!m_userVersions.contains(person))
            m_userVersions.insert(person, 0);
    }
    QList<QUuid> profiles(named.cbegin(), named.cend());
    for (const QUuid& person : std::as_const(people)) {
        if (!comesOnItsOwn(person))
            profiles.append(person);
    }
    prefetchProfiles(profiles);
}

bool SyncView::comesOnItsOwn(const QUuid& person)
{
    auto known = m_userVersions.constFind(person);
    if (known == m_userVersions.constEnd())
        known = m_userVersions.insert(person, SyncRepository(m_tx).userVersions({person}).value(person, 0));
    // No logged change (0) counts as passed: the profile then always rides along.
    return *known > m_after;
}

void SyncView::prefetchProfiles(const QList<QUuid>& ids)
{
    QList<QUuid> wanted;
    QSet<QUuid> seen;
    for (const QUuid& id : ids) {
        if (id != m_caller && !m_profiles.contains(id) && !seen.contains(id)) {
            seen.insert(id);
            wanted.append(id);
        }
    }
    UserRepository users(m_tx);
    const QHash<QUuid, UserRepository::HostStats> stats = users.hostStatsMany(wanted);
    for (const User& user : users.findMany(wanted)) {
        const UserRepository::HostStats hosted = stats.value(user.id);
        m_profiles.insert(user.id, publicProfileToJson(user, hosted.rating, hosted.reviewCount));
    }
}

std::optional<Listing> SyncView::findListing(const QUuid& id)
{
    const auto cached = m_listings.constFind(id);
    if (cached != m_listings.constEnd())
        return *cached;
    auto found = ListingRepository(m_tx).find(id);
    m_listings.insert(id, found);
    return found;
}

void SyncView::append(const SyncRepository::Change& change, JsonSink& out)
{
    if (sent(change.entity, change.id))
        return; // already in this page, read in this same snapshot
    if (change.entity == kUser) {
        // A user is never deleted from a cache: profiles outlive what named them.
        if (const auto found = user(change.id, false))
            appendOnce(kUser, change.id, change.version, &*found, out);
        return;
    }
    const auto found = visible(change.entity, change.id);
    if (found) {
        // The people first, so a client can show the object as soon as it stores it.
        for (const QUuid& person : found->users) {
            if (sent(kUser, person) || comesOnItsOwn(person))
                continue; // once per page, and not at all when its own change is still to come
            if (const auto profile = user(person, true))
                appendOnce(kUser, person, change.version, &*profile, out);
        }
    }
    appendOnce(change.entity, change.id, change.version, found ? &*found : nullptr, out);
}

bool SyncView::sent(const QString& entity, const QUuid& id) const
{
    return m_sent.contains(entity + QLatin1Char('/') + idToString(id));
}

void SyncView::appendOnce(const QString& entity, const QUuid& id, qint64 version, const Visible* found, JsonSink& out)
{
    const QString key = entity + QLatin1Char('/') + idToString(id);
    if (m_sent.contains(key))
        return; // already sent in its state of this snapshot
    m_sent.insert(key);
    out.beginObject();
    out.field("entity", entity);
    out.field("id", idToString(id));
    out.field("op", found ? "upsert" : "delete");
    out.field("version", version);
    out.key("data");
    if (!found)
        out.null();
    else if (found->listing)
        writeListingJson(out, *found->listing, m_photoBaseUrl);
    else if (found->review)
        found->review->writeJson(out);
    else
        out.value(found->data);
    out.endObject();
}

std::optional<SyncView::Visible> SyncView::visible(const QString& entity, const QUuid& id)
{
    if (entity == QLatin1String("listing"))
        return listing(id);
    if (entity == QLatin1String("block"))
        return block(id);
    if (entity == QLatin1String("booking"))
        return booking(id);
    if (entity == QLatin1String("payment"))
        return payment(id);
    if (entity == QLatin1String("payout"))
        return payout(id);
    if (entity == QLatin1String("review"))
        return review(id);
    return std::nullopt;
}

std::optional<ListingRepository::Standing> SyncView::standingOf(const QUuid& id)
{
    const auto cached = m_standing.constFind(id);
    if (cached != m_standing.constEnd())
        return *cached;
    const auto found = ListingRepository(m_tx).standingOfMany({id});
    const auto standing = found.contains(id) ? std::optional(found.value(id)) : std::nullopt;
    m_standing.insert(id, standing);
    return standing;
}

bool SyncView::listingVisible(const QUuid& id)
{
    const auto found = standingOf(id); // live listings only
    return found && (found->status == ListingStatus::Listed || found->hostId == m_caller);
}

bool SyncView::listingListed(const QUuid& id)
{
    const auto found = standingOf(id);
    return found && found->status == ListingStatus::Listed;
}

std::optional<SyncView::Visible> SyncView::listing(const QUuid& id)
{
    const auto found = findListing(id);
    if (!found || (found->status != ListingStatus::Listed && found->hostId != m_caller))
        return std::nullopt;
    return Visible{{}, {found->hostId}, found};
}

std::optional<SyncView::Visible> SyncView::block(const QUuid& id)
{
    const auto cached = m_blocks.constFind(id);
    std::optional<Block> found;
    if (cached != m_blocks.constEnd()) {
        found = *cached;
    } else if (const auto stored = BlockRepository(m_tx).find(id)) {
        found = stored->block;
    }
    if (!found || !listingVisible(found->listingId))
        return std::nullopt;
    return Visible{blockToJson(*found), {}};
}

std::optional<SyncView::Visible> SyncView::booking(const QUuid& id)
{
    const auto found = BookingRepository(m_tx).find(id);
    if (!found || (found->guestId != m_caller && found->hostId != m_caller))
        return std::nullopt;
    return Visible{bookingToJson(*found), {found->guestId, found->hostId}};
}

std::optional<SyncView::Visible> SyncView::payment(const QUuid& id)
{
    const auto found = PaymentRepository(m_tx).findPayment(id);
    if (!found)
        return std::nullopt;
    const auto paid = BookingRepository(m_tx).find(found->bookingId);
    if (!paid || paid->guestId != m_caller)
        return std::nullopt;
    return Visible{found->toJson(), {}};
}

std::optional<SyncView::Visible> SyncView::payout(const QUuid& id)
{
    const auto found = PaymentRepository(m_tx).findPayout(id);
    if (!found || found->hostId != m_caller)
        return std::nullopt;
    return Visible{found->toJson(), {}};
}

std::optional<SyncView::Visible> SyncView::review(const QUuid& id)
{
    const auto cached = m_reviews.constFind(id);
    const auto found = cached != m_reviews.constEnd() ? *cached : ReviewRepository(m_tx).find(id);
    if (!found)
        return std::nullopt;
    // Published reviews of a stay show with their listing while it is listed; the author
    // always sees their own (API.md, Reviews: double-blind).
    const bool published = found->kind == QLatin1String("stay") && found->publishedAt.isValid();
    if (found->authorId != m_caller && !(published && listingListed(found->listingId)))
        return std::nullopt;
    return Visible{{}, {found->authorId, found->subjectId}, std::nullopt, *found};
}

std::optional<SyncView::Visible> SyncView::user(const QUuid& id, bool named)
{
    UserRepository users(m_tx);
    if (id == m_caller) {
        const auto me = users.find(id);
        return me ? std::optional(Visible{userToJson(*me), {}}) : std::nullopt;
    }
    if (!named && !m_named.value(id, false))
        return std::nullopt; // every user change of the page was checked by prefetch()
    if (const auto cached = m_profiles.constFind(id); cached != m_profiles.constEnd())
        return Visible{*cached, {}};
    const auto profile = publicProfileOf(users, id);
    return profile ? std::optional(Visible{*profile, {}}) : std::nullopt;
}

} // namespace roost::server
