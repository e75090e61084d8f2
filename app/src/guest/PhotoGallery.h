// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace roost::app {

class PhotoCache;

/// A listing's photos at full size, one at a time, with previous/next (buttons and arrow keys).
/// A photo not loaded yet shows a placeholder text until PhotoCache delivers it.
class PhotoGallery : public QWidget
{
    Q_OBJECT

public:
    PhotoGallery(PhotoCache& photos, QWidget* parent = nullptr);

    void setPhotos(const QStringList& photoIds);
    int currentIndex() const { return m_current; }
    void next();
    void previous();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showPhoto(int index);

    PhotoCache& m_photos;
    QStringList m_ids;
    int m_current = -1;
    QLabel* m_image = nullptr;
    QLabel* m_position = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
};

} // namespace roost::app
