// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace roost::server {

/// What an uploaded photo turned out to be.
struct CheckedImage {
    QString contentType;  ///< image/jpeg, image/png or image/webp, from the bytes themselves
    QByteArray thumbnail; ///< JPEG within kThumbnailWidth × kThumbnailHeight; empty if not made
};

/// Search cards and listing galleries show thumbnails at most this large; 4:3 like most cameras.
inline constexpr int kThumbnailWidth = 400;
inline constexpr int kThumbnailHeight = 300;
/// JPEG quality of thumbnails: visually clean at card size, a fraction of the original's bytes.
inline constexpr int kThumbnailQuality = 80;

/// The type named by the leading bytes (JPEG FF D8 FF, PNG's 8-byte signature, RIFF....WEBP),
/// never by what the client claims; nullopt for anything else.
std::optional<QString> sniffImageType(const QByteArray& bytes);

/// Checks that the bytes are an image of an accepted type that really decodes, and makes its
/// thumbnail. Throws 415 unsupported_media_type otherwise. WebP without Qt's WebP plugin is
/// accepted on its signature alone, with no thumbnail (logged), so uploads keep working on a
/// machine that lacks the plugin.
CheckedImage checkImage(const QByteArray& bytes);

} // namespace roost::server
