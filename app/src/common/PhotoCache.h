// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCache>
#include <QSet>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPixmap>
#include <QUrl>

#include <functional>

namespace roost::app {

/// Listing photos for the views: fetched from the server's public photo URLs, kept in memory
/// (small, for scrolling) and on disk (QNetworkDiskCache), so photos seen once still show
/// offline. A photo not cached and unreachable simply never arrives; views keep their
/// placeholder.
class PhotoCache : public QObject
{
    Q_OBJECT

public:
    /// `diskDir` empty: memory only (tests).
    PhotoCache(QUrl serverUrl, const QString& diskDir, QObject* parent = nullptr);

    void setServerUrl(const QUrl& url) { m_serverUrl = url; }

    enum class Size { Thumbnail, Full };
    /// The pixmap if it is in memory now; else null, and `loaded(photoId, size)` follows when
    /// it arrives.
    QPixmap pixmap(const QString& photoId, Size size);

Q_SIGNALS:
    void loaded(const QString& photoId, roost::app::PhotoCache::Size size);

private:
    QUrl url(const QString& photoId, Size size) const;
    static QString key(const QString& photoId, Size size);

    QUrl m_serverUrl;
    QNetworkAccessManager m_network;
    QCache<QString, QPixmap> m_memory;
    QSet<QString> m_inFlight;
};

} // namespace roost::app
