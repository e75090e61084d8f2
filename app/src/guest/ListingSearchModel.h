// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LocalObject.h"
#include "ListingQuery.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <optional>

namespace roost::client {
class LocalStore;
}

namespace roost::app {

class PhotoCache;

/// Explore's results: listed listings of the local cache matching a client::ListingQuery, loaded a page at
/// a time as the view scrolls (canFetchMore/fetchMore), so the first page shows at once even
/// when the cache holds 100 000 listings. Works offline: it only reads the cache.
class ListingSearchModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        CityRole,
        PriceTextRole, ///< the nightly price, formatted in the listing's currency
        NightlyPriceRole, ///< minor units
        RatingTextRole, ///< "4.8 (12)" or "New"
        SyncStateRole, ///< client::SyncState as int
        SyncBadgeRole, ///< what the card's badge says; empty when synced
        InstantBookRole,
    };

    /// A few hundred rows per page: one page fills several screens of cards, and reading it
    /// from SQLite takes milliseconds.
    static constexpr int kPageSize = 300;

    /// `photos` may be null (no thumbnails: the placeholder stays).
    ListingSearchModel(const client::LocalStore& store, PhotoCache* photos, QObject* parent = nullptr);

    void setQuery(const client::ListingQuery& query);
    const client::ListingQuery& query() const { return m_query; }
    /// Reads the cache again (after a sync), keeping as many rows as are loaded now.
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    struct Row {
        QString id;
        QString title;
        QString city;
        qint64 nightlyPrice = 0;
        QString currency;
        std::optional<double> ratingAvg;
        int ratingCount = 0;
        QString photoId;
        bool instantBook = false;
        client::SyncState state = client::SyncState::Synced;
    };

    QList<Row> load(int offset, int limit) const;
    void reset(int rows);
    void photoLoaded(const QString& photoId);

    const client::LocalStore& m_store;
    PhotoCache* m_photos;
    client::ListingQuery m_query;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOfPhoto;
    bool m_complete = false;
};

} // namespace roost::app
