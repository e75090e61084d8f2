// SPDX-License-Identifier: Apache-2.0
#include "roost/Block.h"

#include "roost/Date.h"
#include "roost/Error.h"
#include "roost/Id.h"
#include "roost/JsonReader.h"
#include "roost/Text.h"

namespace roost {

Block parseNewBlock(const QJsonObject& json, const QDate& today)
{
    const QString startKey = QStringLiteral("start_date");
    const QString endKey = QStringLiteral("end_date");
    const QString noteKey = QStringLiteral("note");

    FieldErrors errors;
    JsonReader reader(json, errors);
    Block block;
    if (const auto id = reader.id(QStringLiteral("id")))
        block.id = *id;
    const auto start = reader.date(startKey, Presence::Required);
    const auto end = reader.date(endKey, Presence::Required);
    if (start && *start < today)
        reader.fail(startKey, QStringLiteral("must not be in the past"));
    if (start && end) {
        if (*end <= *start)
            reader.fail(endKey, QStringLiteral("must be after start_date"));
        else if (start->daysTo(*end) > Block::kMaxNights)
            reader.fail(endKey, QStringLiteral("must be at most %1 nights after start_date").arg(Block::kMaxNights));
    }
    if (const auto note = reader.string(noteKey, Presence::Optional, Block::kMaxNoteLength)) {
        if (hasControlCharacters(*note, true))
            reader.fail(noteKey, QStringLiteral("must not contain control characters"));
        block.note = *note;
    }
    if (!errors.isEmpty())
        throw Error::validation(errors);
    block.startDate = *start;
    block.endDate = *end;
    return block;
}

QJsonObject blockToJson(const Block& block)
{
    return QJsonObject{
        {QStringLiteral("id"), idToString(block.id)},
        {QStringLiteral("listing_id"), idToString(block.listingId)},
        {QStringLiteral("start_date"), dateToString(block.startDate)},
        {QStringLiteral("end_date"), dateToString(block.endDate)},
        {QStringLiteral("note"), block.note},
        {QStringLiteral("created_at"), timestampToJson(block.createdAt)},
        {QStringLiteral("version"), block.version},
    };
}

} // namespace roost
