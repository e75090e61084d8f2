// SPDX-License-Identifier: Apache-2.0
#include "LocalWrites.h"

#include "LocalStore.h"
#include "Outbox.h"
#include "Reconciler.h"

#include "roost/Block.h"
#include "roost/BookingRequest.h"
#include "roost/Clock.h"
#include "roost/Id.h"
#include "roost/Listing.h"
#include "roost/ReviewRules.h"
#include "roost/User.h"

namespace roost::client {

namespace {

const QString kId = QStringLiteral("id");

WriteResult failure(const QString& field, const QString& reason)
{
    return {QString(), FieldErrors{{field, reason}}};
}

WriteResult storageFailure(const LocalStore& store)
{
    return failure(QStringLiteral("store"), store.lastError().isEmpty() ? QStringLiteral("could not be written") : store.lastError());
}

/// The id the caller chose, or a fresh one.
QUuid chosenId(const QJsonObject& fields)
{
    const auto id = parseId(fields.value(kId).toString());
    return id ? *id : newId();
}

} // namespace

QString LocalWrites::userId() const
{
    return m_store.meta(QStringLiteral("user_id"));
}

std::optional<LocalObject> LocalWrites::visible(const QString& entity, const QString& id, WriteResult& result) const
{
    std::optional<LocalObject> object = m_store.object(entity, id);
    if (!object || object->deleted) {
        result = failure(kId, QStringLiteral("not found"));
        return std::nullopt;
    }
    return object;
}

WriteResult LocalWrites::create(const QString& entity, const QJsonObject& local, const QJsonObject& sent)
{
    LocalStore::Transaction transaction(m_store);
    if (!transaction.isActive())
        return storageFailure(m_store);
    const QString id = local.value(kId).toString();
    if (m_store.object(entity, id))
        return failure(kId, QStringLiteral("already exists"));
    Outbox outbox(m_store);
    Mutation mutation{idToString(newId()), entity, QStringLiteral("create"), id, {}, std::nullopt, {}, sent};
    LocalObject object;
    object.entity = entity;
    object.id = id;
    object.data = local;
    if (!outbox.enqueue(mutation) || !Reconciler(m_store, outbox).settle(object) || !transaction.commit())
        return storageFailure(m_store);
    return {id, {}};
}

WriteResult LocalWrites::change(LocalObject object, const QString& op, const QString& action, const QJsonObject& data,
                                const QJsonObject& base)
{
    LocalStore::Transaction transaction(m_store);
    if (!transaction.isActive())
        return storageFailure(m_store);
    Outbox outbox(m_store);
    // The first local change of a synced object keeps the server's copy beside it, for a
    // conflict ("theirs") and for "take theirs".
    if (object.state == SyncState::Synced && object.version > 0 && !object.serverData)
        object.serverData = object.data;
    Mutation mutation{idToString(newId()), object.entity, op, object.id, action, object.version, base, data};
    if (op == QLatin1String("update")) {
        for (auto it = data.begin(); it != data.end(); ++it)
            object.data.insert(it.key(), it.value());
    } else if (op == QLatin1String("delete")) {
        object.deleted = true;
    }
    if (!outbox.enqueue(mutation) || !Reconciler(m_store, outbox).settle(object) || !transaction.commit())
        return storageFailure(m_store);
    return {object.id, {}};
}

WriteResult LocalWrites::createListing(const QJsonObject& fields)
{
    Listing listing;
    try {
        listing = parseNewListing(fields);
    } catch (const Error& error) {
        return {QString(), error.fields().isEmpty() ? FieldErrors{{QStringLiteral("listing"), error.message()}} : error.fields()};
    }
    listing.id = chosenId(fields);
    listing.hostId = parseId(userId()).value_or(QUuid());
    listing.version = 0;
    QJsonObject sent = fields;
    sent.insert(kId, idToString(listing.id));
    return create(QStringLiteral("listing"), listingToJson(listing), sent);
}

WriteResult LocalWrites::updateListing(const QString& id, const QJsonObject& fields)
{
    WriteResult result;
    std::optional<LocalObject> object = visible(QStringLiteral("listing"), id, result);
    if (!object)
        return result;
    Listing current;
    applyListingFields(current, object->data);
    Listing changed;
    try {
        changed = applyListingPatch(current, fields);
    } catch (const Error& error) {
        return {QString(), error.fields()};
    }
    // Send and show the fields as the rules normalise them (trimmed text), and remember what
    // they were, so the server can tell whether someone else changed the same fields.
    const QJsonObject normalised = listingToJson(changed);
    QJsonObject data;
    QJsonObject base;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!normalised.contains(it.key()) || it.key() == kId || it.key() == QLatin1String("version"))
            continue;
        data.insert(it.key(), normalised.value(it.key()));
        base.insert(it.key(), object->data.value(it.key()));
    }
    if (data.isEmpty())
        return {id, {}};
    return change(*object, QStringLiteral("update"), {}, data, base);
}

WriteResult LocalWrites::deleteListing(const QString& id)
{
    WriteResult result;
    std::optional<LocalObject> object = visible(QStringLiteral("listing"), id, result);
    return object ? change(*object, QStringLiteral("delete"), {}, {}, {}) : result;
}

WriteResult LocalWrites::createBlock(const QString& listingId, const QJsonObject& fields)
{
    WriteResult result;
    if (!visible(QStringLiteral("listing"), listingId, result))
        return failure(QStringLiteral("listing_id"), QStringLiteral("not found"));
    Block block;
    try {
        block = parseNewBlock(fields, m_clock.today());
    } catch (const Error& error) {
        return {QString(), error.fields()};
    }
    block.id = chosenId(fields);
    block.listingId = *parseId(listingId);
    block.version = 0;
    QJsonObject local = blockToJson(block);
    local.remove(QStringLiteral("created_at"));
    QJsonObject sent = fields;
    sent.insert(kId, idToString(block.id));
    sent.insert(QStringLiteral("listing_id"), listingId);
    return create(QStringLiteral("block"), local, sent);
}

WriteResult LocalWrites::deleteBlock(const QString& id)
{
    WriteResult result;
    std::optional<LocalObject> object = visible(QStringLiteral("block"), id, result);
    return object ? change(*object, QStringLiteral("delete"), {}, {}, {}) : result;
}

WriteResult LocalWrites::createBooking(const QJsonObject& fields)
{
    std::optional<BookingRequest> request;
    try {
        request = parseBookingRequest(fields);
    } catch (const Error& error) {
        return {QString(), error.fields()};
    }
    const QString id = idToString(request->id.isNull() ? newId() : request->id);
    QJsonObject sent = fields;
    sent.insert(kId, id);
    // Until the server prices and holds it, the cache knows the request and who made it.
    QJsonObject local = sent;
    local.insert(QStringLiteral("guest_id"), userId());
    return create(QStringLiteral("booking"), local, sent);
}

WriteResult LocalWrites::cancelBooking(const QString& id, const QString& reason)
{
    QJsonObject data;
    if (!reason.isEmpty())
        data.insert(QStringLiteral("reason"), reason);
    return bookingAction(id, QStringLiteral("cancel"), data);
}

WriteResult LocalWrites::acceptBooking(const QString& id)
{
    return bookingAction(id, QStringLiteral("accept"), {});
}

WriteResult LocalWrites::declineBooking(const QString& id)
{
    return bookingAction(id, QStringLiteral("decline"), {});
}

WriteResult LocalWrites::bookingAction(const QString& id, const QString& action, const QJsonObject& data)
{
    WriteResult result;
    std::optional<LocalObject> object = visible(QStringLiteral("booking"), id, result);
    return object ? change(*object, QStringLiteral("action"), action, data, {}) : result;
}

WriteResult LocalWrites::createReview(const QString& bookingId, const QJsonObject& fields)
{
    WriteResult result;
    if (!visible(QStringLiteral("booking"), bookingId, result))
        return failure(QStringLiteral("booking_id"), QStringLiteral("not found"));
    ReviewInput input;
    try {
        input = parseReviewInput(fields);
    } catch (const Error& error) {
        return {QString(), error.fields()};
    }
    const QString id = idToString(input.id.isNull() ? newId() : input.id);
    QJsonObject sent{{kId, id},
                     {QStringLiteral("booking_id"), bookingId},
                     {QStringLiteral("rating"), input.rating},
                     {QStringLiteral("comment"), input.comment}};
    if (input.categories)
        sent.insert(QStringLiteral("categories"), reviewCategoriesToJson(*input.categories));
    // Unpublished until the other side reviews or the window closes; only its author sees it.
    QJsonObject local = sent;
    local.insert(QStringLiteral("author_id"), userId());
    local.insert(QStringLiteral("status"), QStringLiteral("pending"));
    return create(QStringLiteral("review"), local, sent);
}

WriteResult LocalWrites::updateProfile(const QJsonObject& fields)
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key() != QLatin1String("display_name") && it.key() != QLatin1String("bio") && it.key() != QLatin1String("phone"))
            return failure(it.key(), QStringLiteral("cannot be changed offline"));
    }
    ProfileChanges changes;
    try {
        changes = parseProfileChanges(fields);
    } catch (const Error& error) {
        return {QString(), error.fields()};
    }
    WriteResult result;
    std::optional<LocalObject> object = visible(QStringLiteral("user"), userId(), result);
    if (!object)
        return result;
    QJsonObject data;
    if (changes.displayName)
        data.insert(QStringLiteral("display_name"), *changes.displayName);
    if (changes.bio)
        data.insert(QStringLiteral("bio"), *changes.bio);
    if (changes.phone)
        data.insert(QStringLiteral("phone"), *changes.phone);
    QJsonObject base;
    for (auto it = data.begin(); it != data.end(); ++it)
        base.insert(it.key(), object->data.value(it.key()));
    if (data.isEmpty())
        return {object->id, {}};
    return change(*object, QStringLiteral("update"), {}, data, base);
}

} // namespace roost::client
