// SPDX-License-Identifier: Apache-2.0
#include "common/PhotoCache.h"

#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QUuid>

namespace roost::app {

namespace {

// 200 thumbnails of ~20 kB are a few screens of Explore; full photos are few at a time.
constexpr qsizetype kMemoryEntries = 400;
constexpr qint64 kDiskBytes = 256LL * 1024 * 1024;
constexpr int kTimeoutMs = 15'000;

} // namespace

PhotoCache::PhotoCache(QUrl serverUrl, const QString& diskDir, QObject* parent)
    : QObject(parent), m_serverUrl(std::move(serverUrl)), m_network(this), m_memory(kMemoryEntries)
{
    if (!diskDir.isEmpty()) {
        auto* disk = new QNetworkDiskCache(&m_network);
        disk->setCacheDirectory(diskDir);
        disk->setMaximumCacheSize(kDiskBytes);
        m_network.setCache(disk);
    }
}

QString PhotoCache::key(const QString& photoId, Size size)
{
    return photoId + (size == Size::Thumbnail ? QStringLiteral("/t") : QStringLiteral("/f"));
}

QUrl PhotoCache::url(const QString& photoId, Size size) const
{
    QString base = m_serverUrl.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + QStringLiteral("/api/v1/photos/") + photoId
                + (size == Size::Thumbnail ? QStringLiteral("/thumbnail") : QString()));
}

QPixmap PhotoCache::pixmap(const QString& photoId, Size size)
{
    // Only ids go into URLs: a cache row cannot point the app anywhere else.
    if (QUuid::fromString(photoId).isNull())
        return {};
    const QString k = key(photoId, size);
    if (const QPixmap* cached = m_memory.object(k))
        return *cached;
    if (m_inFlight.contains(k))
        return {};
    m_inFlight.insert(k);
    QNetworkRequest request(url(photoId, size));
    request.setTransferTimeout(kTimeoutMs);
    // Photos never change under an id: whatever the disk holds is right, even offline.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    QNetworkReply* reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, photoId, size, k] {
        reply->deleteLater();
        m_inFlight.remove(k);
        QPixmap pixmap;
        if (reply->error() != QNetworkReply::NoError || !pixmap.loadFromData(reply->readAll()))
            return;
        m_memory.insert(k, new QPixmap(pixmap));
        Q_EMIT loaded(photoId, size);
    });
    return {};
}

} // namespace roost::app
