// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <roost/Block.h>
#include <roost/Listing.h>
#include <roost/User.h>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <pqxx/pqxx>

namespace roost::server {

/// Bulk writes for `roost-server seed-demo`: many rows per statement (`INSERT ... SELECT FROM
/// unnest(...)` over array parameters), because one INSERT per row would spend the whole
/// minute on round trips. Only the demo seeder uses it; the API writes one object at a time
/// through the other repositories.
class DemoDataRepository
{
public:
    explicit DemoDataRepository(pqxx::transaction_base& tx) : m_tx(tx) {}

    bool userExists(const QString& normalizedEmail);
    bool hasListings();

    /// Drops the secondary indexes of `listings` and returns the statements that recreate them.
    /// Building an index once over all rows is far cheaper than updating it row by row (the
    /// trigram index alone costs more than the inserts); only for an empty table, because the
    /// drop locks `listings` until the transaction ends.
    QStringList dropListingIndexes();
    /// Runs the statements dropListingIndexes returned.
    void createIndexes(const QStringList& definitions);
    /// Users (email already normalised, created_at and is_host taken from each), all with one
    /// password hash.
    void insertUsers(const QList<User>& users, const QString& passwordHash);
    /// Listings with their id, host, created_at (also their updated_at), ratings and every
    /// field; photos are not stored.
    void insertListings(const QList<Listing>& listings);
    /// Blocks and the calendar claims that make them exclusive.
    void insertBlocks(const QList<Block>& blocks);
    /// Up to `count` completed three-night stays, one per listed listing of a host other than
    /// `skipHost`, by `guests` in turn, each with the guest's published stay review (one of
    /// `comments`). Returns how many were written.
    int insertReviewedStays(int count, const QList<QUuid>& guests, const QUuid& skipHost, const QDate& today,
                            const QStringList& comments);
    /// Settles the tables after a bulk load, as autovacuum would some minutes later: marks the
    /// new rows visible to all (so the first reads do not each have to, and autovacuum does not
    /// set about it while the server is in use) and refreshes the planner's statistics, so the
    /// first searches already get good plans.
    static void settle(pqxx::connection& connection);

private:
    pqxx::transaction_base& m_tx;
};

} // namespace roost::server
