// SPDX-License-Identifier: Apache-2.0
#include "guest/PhotoGallery.h"

#include "common/PhotoCache.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace roost::app {

namespace {

constexpr QSize kImageSize { 480, 320 }; // 3:2, as the server's photos

} // namespace

PhotoGallery::PhotoGallery(PhotoCache& photos, QWidget* parent)
    : QWidget(parent)
    , m_photos(photos)
{
    setObjectName(QStringLiteral("photoGallery"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Photos"));
    auto* layout = new QVBoxLayout(this);
    m_image = new QLabel(this);
    m_image->setObjectName(QStringLiteral("galleryImage"));
    m_image->setMinimumSize(kImageSize);
    m_image->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_image);
    auto* row = new QHBoxLayout;
    m_previous = new QPushButton(tr("◀ Previous"), this);
    m_previous->setObjectName(QStringLiteral("previousPhotoButton"));
    m_previous->setAccessibleName(tr("Previous photo"));
    m_next = new QPushButton(tr("Next ▶"), this);
    m_next->setObjectName(QStringLiteral("nextPhotoButton"));
    m_next->setAccessibleName(tr("Next photo"));
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("photoPosition"));
    m_position->setAlignment(Qt::AlignCenter);
    row->addWidget(m_previous);
    row->addWidget(m_position, 1);
    row->addWidget(m_next);
    layout->addLayout(row);
    connect(m_previous, &QPushButton::clicked, this, &PhotoGallery::previous);
    connect(m_next, &QPushButton::clicked, this, &PhotoGallery::next);
    connect(&m_photos, &PhotoCache::loaded, this, [this](const QString& id, PhotoCache::Size size) {
        if (size == PhotoCache::Size::Full && m_current >= 0 && m_ids.value(m_current) == id)
            showPhoto(m_current);
    });
}

void PhotoGallery::setPhotos(const QStringList& photoIds)
{
    m_ids = photoIds;
    showPhoto(m_ids.isEmpty() ? -1 : 0);
}

void PhotoGallery::next()
{
    if (!m_ids.isEmpty())
        showPhoto((m_current + 1) % int(m_ids.size()));
}

void PhotoGallery::previous()
{
    if (!m_ids.isEmpty())
        showPhoto((m_current + int(m_ids.size()) - 1) % int(m_ids.size()));
}

void PhotoGallery::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Right)
        next();
    else if (event->key() == Qt::Key_Left)
        previous();
    else
        QWidget::keyPressEvent(event);
}

void PhotoGallery::showPhoto(int index)
{
    m_current = index;
    m_previous->setEnabled(m_ids.size() > 1);
    m_next->setEnabled(m_ids.size() > 1);
    if (index < 0) {
        m_image->setPixmap({});
        m_image->setText(tr("No photos yet"));
        m_position->clear();
        return;
    }
    m_position->setText(tr("%1 / %2").arg(index + 1).arg(m_ids.size()));
    const QPixmap pixmap = m_photos.pixmap(m_ids.at(index), PhotoCache::Size::Full);
    if (pixmap.isNull()) {
        m_image->setPixmap({});
        m_image->setText(tr("Loading photo…"));
    } else {
        m_image->setPixmap(pixmap.scaled(kImageSize, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
}

} // namespace roost::app
