// SPDX-License-Identifier: Apache-2.0
#include "host/HostListingsView.h"

#include "LocalStore.h"
#include "SyncEngine.h"
#include "common/AppContext.h"
#include "common/Format.h"
#include "common/SyncBadge.h"
#include "host/HostText.h"
#include "host/ListingEditor.h"
#include "host/ObjectTableModel.h"
#include "host/ObjectTableView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace roost::app {
namespace {

QString text(const client::LocalObject& o, const char* key)
{
    return o.data.value(QLatin1String(key)).toString();
}

QString statusLabel(const QString& status)
{
    if (status == QLatin1String("listed"))
        return HostListingsView::tr("Listed");
    if (status == QLatin1String("unlisted"))
        return HostListingsView::tr("Unlisted");
    return HostListingsView::tr("Draft");
}

} // namespace

HostListingsView::HostListingsView(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("hostListingsView"));
    m_model = new ObjectTableModel(
        {
            { tr("Title"), [](const client::LocalObject& o) { return text(o, "title"); } },
            { tr("City"), [](const client::LocalObject& o) { return text(o, "city"); } },
            { tr("Price a night"),
                [](const client::LocalObject& o) {
                    return formatMoney(o.data.value(QStringLiteral("nightly_price")).toInteger(), text(o, "currency"));
                } },
            { tr("Status"), [](const client::LocalObject& o) { return statusLabel(text(o, "status")); } },
            { tr("Sync"), [](const client::LocalObject& o) { return SyncBadge::text(o.state); } },
        },
        this);
    m_table = new ObjectTableView(m_model, QStringLiteral("hostListingsTable"), tr("My listings"));
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    const auto button = [](const QString& label, const char* name) {
        auto* b = new QPushButton(label);
        b->setObjectName(QLatin1String(name));
        b->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        return b;
    };
    m_new = button(tr("&New listing…"), "newListingButton");
    m_edit = button(tr("&Edit…"), "editListingButton");
    m_publish = button(tr("&Publish"), "publishButton");
    m_unpublish = button(tr("&Unpublish"), "unpublishButton");
    m_delete = button(tr("&Delete…"), "deleteListingButton");
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("hostListingsMessage"));
    m_message->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : { m_new, m_edit, m_publish, m_unpublish, m_delete })
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_new, &QPushButton::clicked, this, [this] { openEditor({}); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!selectedId().isEmpty())
            openEditor(selectedId());
    });
    connect(m_table, &QTableView::activated, this, [this] { openEditor(selectedId()); });
    connect(m_publish, &QPushButton::clicked, this, [this] { setStatus(QStringLiteral("listed")); });
    connect(m_unpublish, &QPushButton::clicked, this, [this] { setStatus(QStringLiteral("unlisted")); });
    connect(m_delete, &QPushButton::clicked, this, &HostListingsView::confirmDelete);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HostListingsView::updateButtons);
    connect(&m_context.engine(), &client::SyncEngine::cacheChanged, this, &HostListingsView::reload);
    reload();
}

void HostListingsView::reload()
{
    const QString selected = selectedId();
    client::ListingFilter mine;
    mine.hostId = m_context.userId();
    // Before the first sign-in there is no host, and an empty filter would match every listing.
    m_model->setObjects(mine.hostId.isEmpty() ? QList<client::LocalObject>() : m_context.store().searchListings(mine));
    selectListing(selected);
    updateButtons();
}

QString HostListingsView::selectedId() const
{
    return m_table->selectedId();
}

void HostListingsView::selectListing(const QString& id)
{
    m_table->selectId(id);
}

void HostListingsView::updateButtons()
{
    const client::LocalObject* listing = m_model->objectAt(m_model->rowOf(selectedId()));
    const QString status = listing ? text(*listing, "status") : QString();
    const bool any = listing != nullptr;
    m_edit->setEnabled(any);
    m_delete->setEnabled(any);
    m_publish->setEnabled(any && status != QLatin1String("listed"));
    m_unpublish->setEnabled(any && status == QLatin1String("listed"));
}

ListingEditor* HostListingsView::editor() const
{
    return m_editor;
}

void HostListingsView::openEditor(const QString& listingId)
{
    if (m_editor)
        m_editor->close();
    m_editor = new ListingEditor(m_context, listingId, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &ListingEditor::saved, this, [this](const QString& id) {
        reload();
        selectListing(id);
    });
    m_editor->open();
}

void HostListingsView::setStatus(const QString& listingStatus)
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const client::WriteResult result
        = m_context.engine().updateListing(id, { { QStringLiteral("status"), listingStatus } });
    m_message->setText(result.ok()
            ? tr("Saved; it reaches the server with the next sync.")
            : tr("Not changed: %1").arg(fieldProblems(result.errors).join(QStringLiteral("; "))));
    reload();
}

void HostListingsView::confirmDelete()
{
    const QString id = selectedId();
    const client::LocalObject* listing = m_model->objectAt(m_model->rowOf(id));
    if (!listing)
        return;
    // Not exec(): a modal loop here would stall the view's updates (and tests) until answered.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete listing"),
        tr("Delete \u201c%1\u201d? Guests will no longer find it.").arg(text(*listing, "title")),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, id](int answer) {
        if (answer != QMessageBox::Yes)
            return;
        const client::WriteResult result = m_context.engine().deleteListing(id);
        m_message->setText(result.ok()
                ? tr("Deleted; the server hears of it with the next sync.")
                : tr("Not deleted: %1").arg(fieldProblems(result.errors).join(QStringLiteral("; "))));
        reload();
    });
    box->open();
}

} // namespace roost::app
