// SPDX-License-Identifier: Apache-2.0
#include "host/PhotoEditor.h"

#include "LocalStore.h"
#include "SyncEngine.h"
#include "common/AppContext.h"
#include "common/PhotoCache.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPushButton>
#include <QVBoxLayout>

namespace roost::app {
namespace {

// What the server accepts (API.md, photos); anything else would be refused with 415 anyway.
const QStringList kImageTypes { QStringLiteral("image/jpeg"), QStringLiteral("image/png"),
    QStringLiteral("image/webp") };

QString imageType(const QString& path)
{
    return QMimeDatabase().mimeTypeForFile(path).name();
}

} // namespace

PhotoEditor::PhotoEditor(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setAcceptDrops(true);
    auto* note = new QLabel(tr("Photos are kept on the server: adding, removing and reordering them needs a "
                               "connection. Drop image files here, or drag photos to reorder them."));
    note->setWordWrap(true);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("photoList"));
    m_list->setAccessibleName(tr("Photos"));
    m_list->setIconSize(QSize(96, 72));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setMaximumHeight(160);
    m_add = new QPushButton(tr("&Add photos…"));
    m_add->setObjectName(QStringLiteral("addPhotoButton"));
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setObjectName(QStringLiteral("removePhotoButton"));
    m_up = new QPushButton(tr("Move &up"));
    m_up->setObjectName(QStringLiteral("photoUpButton"));
    m_down = new QPushButton(tr("Move do&wn"));
    m_down->setObjectName(QStringLiteral("photoDownButton"));
    for (QPushButton* button : { m_add, m_remove, m_up, m_down })
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("photoStatus"));
    m_status->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : { m_add, m_remove, m_up, m_down })
        buttons->addWidget(button);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(note);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &PhotoEditor::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &PhotoEditor::removeSelectedPhoto);
    connect(m_up, &QPushButton::clicked, this, [this] { movePhoto(m_list->currentRow(), m_list->currentRow() - 1); });
    connect(m_down, &QPushButton::clicked, this, [this] { movePhoto(m_list->currentRow(), m_list->currentRow() + 1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &PhotoEditor::updateButtons);
    // A drag within the list has already moved the item: only the server is left to tell.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &PhotoEditor::sendOrder);
    connect(&m_context.engine(), &client::SyncEngine::cacheChanged, this, &PhotoEditor::reload);
    connect(&m_context.photos(), &PhotoCache::loaded, this, [this](const QString& photoId, PhotoCache::Size size) {
        if (size == PhotoCache::Size::Thumbnail)
            showPhotoIcon(photoId);
    });
    reload();
}

void PhotoEditor::setListingId(const QString& listingId)
{
    m_listingId = listingId;
    reload();
}

void PhotoEditor::reload()
{
    // While a call is under way the list shows what the user asked for; the sync after it
    // brings the server's answer.
    if (m_busy)
        return;
    const auto listing
        = m_listingId.isEmpty() ? std::nullopt : m_context.store().object(QStringLiteral("listing"), m_listingId);
    m_onServer = listing && !listing->deleted && listing->version > 0;
    const QString current = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_list->clear();
    if (listing) {
        for (const QJsonValue& value : listing->data.value(QStringLiteral("photos")).toArray()) {
            const QJsonObject photo = value.toObject();
            const QString id = photo.value(QStringLiteral("id")).toString();
            const QString caption = photo.value(QStringLiteral("caption")).toString();
            auto* item
                = new QListWidgetItem(caption.isEmpty() ? tr("Photo %1").arg(m_list->count() + 1) : caption, m_list);
            item->setData(Qt::UserRole, id);
            item->setFlags(item->flags() | Qt::ItemIsDragEnabled);
            showPhotoIcon(id);
            if (id == current)
                m_list->setCurrentItem(item);
        }
    }
    if (!m_onServer)
        m_status->setText(tr("Photos can be added once the listing is saved and has reached the server."));
    updateButtons();
}

void PhotoEditor::showPhotoIcon(const QString& photoId)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        if (item->data(Qt::UserRole).toString() != photoId)
            continue;
        const QPixmap pixmap = m_context.photos().pixmap(photoId, PhotoCache::Size::Thumbnail);
        if (!pixmap.isNull())
            item->setIcon(QIcon(pixmap));
    }
}

void PhotoEditor::updateButtons()
{
    const bool usable = m_onServer && !m_busy;
    const int row = m_list->currentRow();
    m_add->setEnabled(usable);
    m_remove->setEnabled(usable && row >= 0);
    m_up->setEnabled(usable && row > 0);
    m_down->setEnabled(usable && row >= 0 && row < m_list->count() - 1);
    m_list->setDragEnabled(usable);
}

QStringList PhotoEditor::photoIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids.append(m_list->item(i)->data(Qt::UserRole).toString());
    return ids;
}

void PhotoEditor::chooseFiles()
{
    const QStringList files
        = QFileDialog::getOpenFileNames(this, tr("Add photos"), {}, tr("Images (*.jpg *.jpeg *.png *.webp)"));
    for (const QString& file : files)
        addPhotoFile(file);
}

void PhotoEditor::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_onServer && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void PhotoEditor::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            addPhotoFile(url.toLocalFile());
    }
    event->acceptProposedAction();
}

void PhotoEditor::addPhotoFile(const QString& path)
{
    const QString type = imageType(path);
    if (!kImageTypes.contains(type)) {
        m_status->setText(tr("%1 is not a JPEG, PNG or WebP image.").arg(QFileInfo(path).fileName()));
        return;
    }
    QFile file(path);
    if (!m_onServer || !file.open(QIODevice::ReadOnly)) {
        m_status->setText(m_onServer ? tr("Cannot read %1.").arg(path)
                                     : tr("Save the listing and let it sync before adding photos."));
        return;
    }
    client::ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/listings/%1/photos").arg(m_listingId);
    request.bytes = file.readAll();
    request.contentType = type.toLatin1();
    setBusy(true);
    m_status->setText(tr("Uploading %1…").arg(QFileInfo(path).fileName()));
    m_context.engine().call(request, this, [this](const client::ApiResult& r) { finished(r, tr("Photo added.")); });
}

void PhotoEditor::movePhoto(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_list->count() || to >= m_list->count() || from == to || !m_onServer)
        return;
    // take and insert report rows removed and inserted, not moved: the order is sent here.
    QListWidgetItem* item = m_list->takeItem(from);
    m_list->insertItem(to, item);
    m_list->setCurrentItem(item);
    sendOrder();
}

void PhotoEditor::sendOrder()
{
    if (m_listingId.isEmpty() || m_busy)
        return;
    client::ApiRequest request;
    request.method = "PUT";
    request.path = QStringLiteral("/listings/%1/photos/order").arg(m_listingId);
    request.json = QJsonObject { { QStringLiteral("photo_ids"), QJsonArray::fromStringList(photoIds()) } };
    setBusy(true);
    m_status->setText(tr("Saving the order…"));
    m_context.engine().call(request, this, [this](const client::ApiResult& r) { finished(r, tr("Order saved.")); });
}

void PhotoEditor::removeSelectedPhoto()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item || !m_onServer || m_busy)
        return;
    client::ApiRequest request;
    request.method = "DELETE";
    request.path = QStringLiteral("/listings/%1/photos/%2").arg(m_listingId, item->data(Qt::UserRole).toString());
    delete item;
    setBusy(true);
    m_status->setText(tr("Removing the photo…"));
    m_context.engine().call(request, this, [this](const client::ApiResult& r) { finished(r, tr("Photo removed.")); });
}

void PhotoEditor::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void PhotoEditor::finished(const client::ApiResult& result, const QString& done)
{
    setBusy(false);
    if (result.ok())
        m_status->setText(done);
    else if (result.error.isTransient())
        m_status->setText(tr("The server cannot be reached: photos can be changed only while connected."));
    else
        m_status->setText(tr("The photo change was refused: %1").arg(result.error.describe()));
    // Success or not, the server's photos are what the list must show next.
    m_context.engine().syncNow();
    if (!result.ok())
        reload();
    Q_EMIT photosChanged(result.ok());
}

} // namespace roost::app
