// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <roost/Block.h>

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QUuid>

#include <pqxx/pqxx>

#include <optional>

namespace roost::server {

/// A host's blocks and the calendar claims that make them exclusive.
class BlockRepository
{
public:
    static void prepare(pqxx::connection& c);

    explicit BlockRepository(pqxx::transaction_base& tx) : m_tx(tx) {}

    enum class InsertResult { Inserted, IdTaken, DatesTaken };
    /// Inserts the block and its claim on the nights `[start, end)`. IdTaken when a block with
    /// this id exists; DatesTaken when another claim (a block or a booking) overlaps, which is
    /// the exclusion constraint speaking — the transaction is then aborted and must be rolled
    /// back by the caller.
    InsertResult insert(const Block& block, const QByteArray& fingerprint);

    struct Stored {
        Block block;
        QByteArray fingerprint;
    };
    std::optional<Stored> find(const QUuid& id);
    /// find() for many ids in one statement; absent ones are left out.
    QList<Block> findMany(const QList<QUuid>& ids);
    /// The listing's blocks whose last night is on or after `from`, by start date.
    QList<Block> listFrom(const QUuid& listingId, const QDate& from, int limit);
    /// Deletes the block of this listing (its claim goes with it); false when there is none.
    bool remove(const QUuid& listingId, const QUuid& blockId);

private:
    pqxx::transaction_base& m_tx;
};

} // namespace roost::server
