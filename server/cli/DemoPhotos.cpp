// SPDX-License-Identifier: Apache-2.0
#include "cli/DemoPhotos.h"

#include "db/PhotoRepository.h"
#include "services/PhotoImage.h"

#include <roost/Id.h>

#include <QBuffer>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPolygonF>
#include <QThreadPool>

#include <atomic>
#include <stdexcept>

namespace roost::server {
namespace {

constexpr int kWidth = 800;
constexpr int kHeight = 600;
constexpr int kJpegQuality = 85;
// Writers waiting on fsync cost no CPU, so more of them than cores still pays.
constexpr int kWriterThreads = 8;

/// Sky colours (top, horizon) per property type, so listings of one kind look alike in a grid.
std::pair<QColor, QColor> skyOf(PropertyType type)
{
    switch (type) {
    case PropertyType::Apartment: return {QColor(0x3a, 0x7b, 0xd5), QColor(0xb8, 0xd8, 0xf5)};
    case PropertyType::House: return {QColor(0x2f, 0x9e, 0x8f), QColor(0xd4, 0xf0, 0xd8)};
    case PropertyType::Room: return {QColor(0x8e, 0x5b, 0xc9), QColor(0xf1, 0xd6, 0xf0)};
    case PropertyType::Cabin: return {QColor(0x2d, 0x5a, 0x3c), QColor(0xe8, 0xd9, 0xa8)};
    case PropertyType::Other: break;
    }
    return {QColor(0xd9, 0x6c, 0x3f), QColor(0xfa, 0xe1, 0xb0)};
}

const char* const kCaptions[] = {"Front view", "At dusk", "By night"};

} // namespace

QByteArray DemoPhotos::paint(PropertyType type, int variant, quint32 seed)
{
    QImage image(kWidth, kHeight, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    auto [top, horizon] = skyOf(type);
    // Dusk and night darken the same sky, so a listing's pictures still belong together.
    top = top.darker(100 + 60 * variant);
    horizon = variant == 1 ? QColor(0xf6, 0xa0, 0x6a) : horizon.darker(100 + 80 * variant);
    QLinearGradient sky(0, 0, 0, kHeight * 0.7);
    sky.setColorAt(0, top);
    sky.setColorAt(1, horizon);
    p.fillRect(image.rect(), sky);

    const QColor ground = QColor(0x5f, 0x8f, 0x4a).darker(100 + 50 * variant);
    p.fillRect(QRectF(0, kHeight * 0.7, kWidth, kHeight * 0.3), ground);

    // The house: body, roof, door and lit or unlit windows; its size and place vary per listing.
    const double w = 300 + (seed % 5) * 30;
    const double h = type == PropertyType::Apartment ? 300 : 190;
    const double x = 120 + (seed / 5 % 7) * 40;
    const double base = kHeight * 0.75;
    const QColor wall = QColor::fromHsv(int(seed % 360), 40, 235).darker(100 + 40 * variant);
    p.setPen(Qt::NoPen);
    p.setBrush(wall);
    p.drawRect(QRectF(x, base - h, w, h));
    p.setBrush(QColor(0x8a, 0x3b, 0x2e).darker(100 + 40 * variant));
    p.drawPolygon(QPolygonF({QPointF(x - 25, base - h), QPointF(x + w / 2, base - h - 120), QPointF(x + w + 25, base - h)}));
    p.setBrush(QColor(0x5a, 0x3a, 0x22));
    p.drawRect(QRectF(x + w / 2 - 25, base - 90, 50, 90));
    p.setBrush(variant == 0 ? QColor(0xcf, 0xe8, 0xf7) : QColor(0xff, 0xd8, 0x6b));
    for (double wy = base - h + 30; wy < base - 110; wy += 80) {
        p.drawRect(QRectF(x + 30, wy, 55, 45));
        p.drawRect(QRectF(x + w - 85, wy, 55, 45));
    }
    p.end();

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG", kJpegQuality);
    return bytes;
}

void DemoPhotos::add(const Listing& listing, int count)
{
    const quint32 seed = quint32(qHash(listing.id));
    for (int i = 0; i < count; ++i) {
        Photo photo;
        photo.id = newId();
        photo.listingId = listing.id;
        photo.caption = QString::fromLatin1(kCaptions[i % 3]);
        m_photos.append({photo, listing.propertyType, i % 3, seed});
    }
}

void DemoPhotos::store()
{
    QThreadPool pool;
    pool.setMaxThreadCount(kWriterThreads);
    std::atomic<bool> failed = false;
    for (Queued& queued : m_photos) {
        pool.start([this, &queued, &failed] {
            try {
                const QByteArray bytes = paint(queued.type, queued.variant, queued.seed);
                const CheckedImage image = checkImage(bytes);
                queued.photo.contentType = image.contentType;
                queued.photo.size = bytes.size();
                m_store.write(queued.photo.listingId, queued.photo.id, bytes, image.thumbnail);
            } catch (...) {
                failed = true;
            }
        });
    }
    pool.waitForDone();
    if (failed)
        throw std::runtime_error("demo photos: could not write a photo to the data directory");
    PhotoRepository photos(m_tx);
    for (const Queued& queued : std::as_const(m_photos))
        photos.insert(queued.photo);
}

} // namespace roost::server
