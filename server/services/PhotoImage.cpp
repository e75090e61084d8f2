// SPDX-License-Identifier: Apache-2.0
#include "services/PhotoImage.h"

#include <roost/Error.h>

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QLoggingCategory>
#include <QPainter>

Q_LOGGING_CATEGORY(lcPhotos, "roost.photos")

namespace roost::server {
namespace {

// A photo's pixel count is bounded so that a small, highly compressed file cannot expand into
// gigabytes when decoded (a "decompression bomb"): 100 megapixels is beyond any camera a host
// uses, and Qt's own allocation limit (256 MiB by default) backs this up.
constexpr qint64 kMaxPixels = 100'000'000;

Error unsupported()
{
    return Error(ErrorCode::UnsupportedMediaType, QStringLiteral("Send a JPEG, PNG or WebP image."));
}

QByteArray formatOf(const QString& contentType)
{
    if (contentType == QLatin1String("image/jpeg"))
        return QByteArrayLiteral("jpeg");
    if (contentType == QLatin1String("image/png"))
        return QByteArrayLiteral("png");
    return QByteArrayLiteral("webp");
}

QByteArray encodeThumbnail(const QImage& image)
{
    // JPEG has no alpha: flatten transparent pixels onto white, as a page would show them.
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
    }
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, QByteArrayLiteral("jpeg"));
    writer.setQuality(kThumbnailQuality);
    if (!writer.write(flat))
        throw std::runtime_error("cannot encode a JPEG thumbnail");
    return out;
}

} // namespace

std::optional<QString> sniffImageType(const QByteArray& bytes)
{
    if (bytes.startsWith(QByteArrayView("\xFF\xD8\xFF", 3)))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith(QByteArrayView("\x89PNG\r\n\x1A\n", 8)))
        return QStringLiteral("image/png");
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    return std::nullopt;
}

CheckedImage checkImage(const QByteArray& bytes)
{
    const auto type = sniffImageType(bytes);
    if (!type)
        throw unsupported();
    CheckedImage result{*type, {}};
    const QByteArray format = formatOf(*type);
    if (!QImageReader::supportedImageFormats().contains(format)) {
        qCWarning(lcPhotos) << "no Qt image plugin for" << format << "- accepting by signature, without thumbnail";
        return result;
    }

    QByteArray data = bytes; // shared, not copied; QBuffer needs a non-const array
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setAutoTransform(true); // EXIF orientation, so portrait photos stay upright
    const QSize size = reader.size();
    if (!size.isValid() || qint64(size.width()) * size.height() > kMaxPixels)
        throw unsupported();
    // Decode straight to thumbnail size where the format can (JPEG scales while decoding): a
    // 24-megapixel photo then never needs 96 MiB of pixels. A 90° EXIF rotation swaps the box.
    const bool turned = reader.transformation() & QImageIOHandler::TransformationRotate90;
    const QSize box = turned ? QSize(kThumbnailHeight, kThumbnailWidth) : QSize(kThumbnailWidth, kThumbnailHeight);
    if (size.width() > box.width() || size.height() > box.height())
        reader.setScaledSize(size.scaled(box, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    const QImage image = reader.read();
    if (image.isNull())
        throw unsupported(); // the signature was right but the rest is not an image
    result.thumbnail = encodeThumbnail(image);
    return result;
}

} // namespace roost::server
