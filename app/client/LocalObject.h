// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVariantList>

#include <optional>

namespace roost::client {

/// Where an object of the cache stands with the server; the UI shows it beside the object.
enum class SyncState {
    Synced,     ///< the server has exactly this
    Pending,    ///< local changes wait in the outbox
    Conflicted, ///< the server changed the same fields: both versions are kept until resolved
    Rejected,   ///< the server refused a change; `error` says why
};

QString syncStateName(SyncState state);
std::optional<SyncState> parseSyncState(const QString& text);

/// One cached object with its sync bookkeeping.
struct LocalObject {
    QString entity;
    QString id;
    QJsonObject data;                     ///< what the user sees: the server's object plus local changes
    qint64 version = 0;                    ///< the object version `data` is based on (0: never on the server)
    /// The change-log position of the newest pull change of this object (pull versions count
    /// changes across all objects, so they only order the changes of one object; they are not
    /// object versions). Null until a pull delivers the object.
    std::optional<qint64> changeVersion;
    std::optional<QJsonObject> serverData; ///< the server's object while local changes differ from it
    bool deleted = false;                 ///< a tombstone: deleted on the server or locally
    SyncState state = SyncState::Synced;
    QString error;                        ///< the server's reason for a conflict or rejection
    /// `data` as compact JSON and its indexed columns when they are known already (an object
    /// just pulled, PullChange: then `data` may be left empty); empty otherwise. Whoever
    /// changes `data` leaves these empty.
    QByteArray dataJson = {}; ///< UTF-8
    QVariantList columns = {};
};

} // namespace roost::client
