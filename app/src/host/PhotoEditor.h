// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace roost::client {
struct ApiResult;
}

namespace roost::app {

class AppContext;

/// A listing's photos in the editor: add (file dialog or drag and drop), remove, reorder (drag
/// within the list, or Up/Down). Photos live only on the server (the API has no offline photo
/// store), so every change is an online call through the engine's session, followed by a sync
/// that brings the listing's new photos into the cache.
class PhotoEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit PhotoEditor(AppContext& context, QWidget* parent = nullptr);

    /// The listing whose photos are shown; empty for a listing not saved yet.
    void setListingId(const QString& listingId);

    /// Uploads an image file (what the file dialog and a drop both end in).
    void addPhotoFile(const QString& path);
    /// Moves the photo at `from` to `to` and sends the new order.
    void movePhoto(int from, int to);
    void removeSelectedPhoto();
    /// The photo ids as listed.
    QStringList photoIds() const;
    /// Whether a photo call is under way.
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// A photo call finished (`ok` false: the message is shown in the editor).
    void photosChanged(bool ok);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void reload();
    void updateButtons();
    void chooseFiles();
    void sendOrder();
    void finished(const client::ApiResult& result, const QString& done);
    void setBusy(bool busy);
    void showPhotoIcon(const QString& photoId);

    AppContext& m_context;
    QString m_listingId;
    bool m_onServer = false;
    bool m_busy = false;
    QListWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace roost::app
