// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace roost {

/// A host's block on the calendar: the nights `[startDate, endDate)` are not bookable.
struct Block
{
    /// One year and a day: as far as the availability view reaches (366 days), so one block can
    /// close everything a guest can see, without locking a calendar forever by mistake.
    static constexpr int kMaxNights = 366;
    static constexpr int kMaxNoteLength = 500; // a short reminder, not a document

    QUuid id;
    QUuid listingId;
    QDate startDate;
    QDate endDate;
    QString note;
    QDateTime createdAt;
    qint64 version = 1;

    friend bool operator==(const Block& a, const Block& b) = default;
};

/// A block from a `POST /listings/{id}/blocks` body `{id?, start_date, end_date, note?}`:
/// strict dates, end_date after start_date, start_date not before `today`, at most kMaxNights
/// nights, note ≤ kMaxNoteLength. `id` stays null when absent (the caller assigns one);
/// listing_id, created_at and version are the caller's. Throws Error::validation.
Block parseNewBlock(const QJsonObject& json, const QDate& today);

/// `{id, listing_id, start_date, end_date, note, created_at, version}`.
QJsonObject blockToJson(const Block& block);

} // namespace roost
