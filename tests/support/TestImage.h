// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QImage>

namespace roost::test {

/// A small PNG made at test time, filled with one colour (so two colours are two different
/// images, with different bytes).
inline QByteArray solidPng(QRgb colour, QSize size = QSize(32, 24))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace roost::test
