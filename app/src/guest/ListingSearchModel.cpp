// SPDX-License-Identifier: Apache-2.0
#include "guest/ListingSearchModel.h"

#include "common/Format.h"
#include "common/SyncBadge.h"
#include "common/PhotoCache.h"
#include "ListingSearch.h"

#include <QJsonArray>
#include <QPalette>
#include <QPixmap>
#include <algorithm>

namespace roost::app {

namespace {

/// The card's picture before (or instead of) the photo: the size of a thumbnail, in the
/// palette's mid tone, made once.
QPixmap placeholder()
{
    static const QPixmap pixmap = [] {
        QPixmap p(200, 134); // the server's thumbnails are 3:2
        p.fill(QPalette().color(QPalette::Mid));
        return p;
    }();
    return pixmap;
}

} // namespace

ListingSearchModel::ListingSearchModel(const client::LocalStore& store, PhotoCache* photos, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_photos(photos)
{
    if (m_photos)
        connect(m_photos, &PhotoCache::loaded, this, [this](const QString& id, PhotoCache::Size size) {
            if (size == PhotoCache::Size::Thumbnail)
                photoLoaded(id);
        });
}

QList<ListingSearchModel::Row> ListingSearchModel::load(int offset, int limit) const
{
    QList<Row> rows;
    const QList<client::ListingHit> hits = client::ListingSearch(m_store).page(m_query, offset, limit);
    rows.reserve(hits.size());
    for (const client::ListingHit& hit : hits) {
        const QJsonObject& data = hit.data;
        Row row;
        row.id = data.value(QStringLiteral("id")).toString();
        row.title = data.value(QStringLiteral("title")).toString();
        row.city = data.value(QStringLiteral("city")).toString();
        row.nightlyPrice = data.value(QStringLiteral("nightly_price")).toInteger();
        row.currency = data.value(QStringLiteral("currency")).toString();
        const QJsonValue rating = data.value(QStringLiteral("rating_avg"));
        if (rating.isDouble())
            row.ratingAvg = rating.toDouble();
        row.ratingCount = data.value(QStringLiteral("rating_count")).toInt();
        row.photoId
            = data.value(QStringLiteral("photos")).toArray().first().toObject().value(QStringLiteral("id")).toString();
        row.instantBook = data.value(QStringLiteral("instant_book")).toBool();
        row.state = hit.state;
        rows.append(std::move(row));
    }
    return rows;
}

void ListingSearchModel::setQuery(const client::ListingQuery& query)
{
    m_query = query;
    reset(kPageSize);
}

void ListingSearchModel::reload()
{
    reset(std::max<int>(kPageSize, int(m_rows.size())));
}

void ListingSearchModel::reset(int rows)
{
    beginResetModel();
    m_rows = load(0, rows);
    m_complete = m_rows.size() < rows;
    m_rowOfPhoto.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfPhoto.insert(m_rows.at(i).photoId, i);
    endResetModel();
}

int ListingSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool ListingSearchModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_complete;
}

void ListingSearchModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_complete)
        return;
    const QList<Row> more = load(int(m_rows.size()), kPageSize);
    m_complete = more.size() < kPageSize;
    if (more.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(more.size()) - 1);
    for (const Row& row : more) {
        m_rowOfPhoto.insert(row.photoId, int(m_rows.size()));
        m_rows.append(row);
    }
    endInsertRows();
}

void ListingSearchModel::photoLoaded(const QString& photoId)
{
    const auto it = m_rowOfPhoto.constFind(photoId);
    if (it == m_rowOfPhoto.constEnd() || photoId.isEmpty())
        return;
    const QModelIndex changed = index(it.value());
    Q_EMIT dataChanged(changed, changed, { Qt::DecorationRole });
}

QVariant ListingSearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case Qt::ToolTipRole:
        return tr("%1 — %2").arg(row.title, row.city);
    case Qt::DecorationRole: {
        if (m_photos && !row.photoId.isEmpty()) {
            const QPixmap photo = m_photos->pixmap(row.photoId, PhotoCache::Size::Thumbnail);
            if (!photo.isNull())
                return photo;
        }
        return placeholder();
    }
    case IdRole:
        return row.id;
    case CityRole:
        return row.city;
    case PriceTextRole:
        return tr("%1 / night").arg(formatMoney(row.nightlyPrice, row.currency));
    case NightlyPriceRole:
        return row.nightlyPrice;
    case RatingTextRole:
        return row.ratingAvg ? tr("★ %1 (%2)").arg(QString::number(*row.ratingAvg, 'f', 1)).arg(row.ratingCount)
                             : tr("New");
    case SyncStateRole:
        return int(row.state);
    case SyncBadgeRole:
        return SyncBadge::text(row.state);
    case InstantBookRole:
        return row.instantBook;
    default:
        return {};
    }
}

QHash<int, QByteArray> ListingSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "listingId");
    names.insert(TitleRole, "title");
    names.insert(CityRole, "city");
    names.insert(PriceTextRole, "priceText");
    names.insert(NightlyPriceRole, "nightlyPrice");
    names.insert(RatingTextRole, "ratingText");
    names.insert(SyncStateRole, "syncState");
    names.insert(SyncBadgeRole, "syncBadge");
    names.insert(InstantBookRole, "instantBook");
    return names;
}

} // namespace roost::app
