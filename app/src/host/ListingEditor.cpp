// SPDX-License-Identifier: Apache-2.0
#include "host/ListingEditor.h"

#include "LocalStore.h"
#include "SyncEngine.h"
#include "common/AppContext.h"
#include "host/ListingForm.h"
#include "host/PhotoEditor.h"
#include "roost/Listing.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace roost::app {

ListingEditor::ListingEditor(AppContext& context, const QString& listingId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_listingId(listingId)
{
    setObjectName(QStringLiteral("listingEditor"));
    setWindowTitle(listingId.isEmpty() ? tr("New listing") : tr("Edit listing"));
    m_form = new ListingForm;
    m_form->setObjectName(QStringLiteral("listingForm"));
    m_form->setListing(cached());
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);

    auto* photoBox = new QGroupBox(tr("Photos"));
    m_photos = new PhotoEditor(context);
    m_photos->setObjectName(QStringLiteral("photoEditor"));
    m_photos->setListingId(listingId);
    (new QVBoxLayout(photoBox))->addWidget(m_photos);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("editorStatus"));
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox;
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveListingButton"));
    m_save->setAccessibleName(tr("Save listing"));
    m_save->setDefault(true);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeEditorButton"));
    close->setAccessibleName(tr("Close"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(photoBox);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(640, 760);

    // The save button does not close the dialog: a new listing stays open for its photos.
    connect(m_save, &QPushButton::clicked, this, &ListingEditor::save);
    connect(close, &QPushButton::clicked, this, &ListingEditor::reject);
    // After a refused save the marks follow the user's corrections as they type.
    connect(m_form, &ListingForm::edited, this, [this] {
        if (m_triedSave)
            m_form->showErrors(check(m_form->fields()));
    });
}

QJsonObject ListingEditor::cached() const
{
    if (m_listingId.isEmpty())
        return {};
    const auto object = m_context.store().object(QStringLiteral("listing"), m_listingId);
    return object ? object->data : QJsonObject();
}

QJsonObject ListingEditor::changes(const QJsonObject& fields) const
{
    const QJsonObject current = cached();
    QJsonObject changed;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonValue was = current.value(it.key());
        // JSON numbers compare by value: a cached 2 and the form's 2.0 are the same bathrooms.
        const bool same
            = was.isDouble() && it.value().isDouble() ? was.toDouble() == it.value().toDouble() : was == it.value();
        if (!same)
            changed.insert(it.key(), it.value());
    }
    return changed;
}

FieldErrors ListingEditor::check(const QJsonObject& fields) const
{
    try {
        if (m_listingId.isEmpty()) {
            parseNewListing(fields);
        } else {
            Listing current;
            applyListingFields(current, cached());
            applyListingPatch(current, changes(fields));
        }
    } catch (const Error& error) {
        return error.fields();
    }
    return {};
}

void ListingEditor::save()
{
    m_triedSave = true;
    const QJsonObject fields = m_form->fields();
    FieldErrors errors = check(fields);
    client::WriteResult result;
    if (errors.isEmpty()) {
        client::SyncEngine& engine = m_context.engine();
        if (m_listingId.isEmpty()) {
            result = engine.createListing(fields);
        } else {
            const QJsonObject patch = changes(fields);
            if (patch.isEmpty()) {
                m_status->setText(tr("Nothing has changed."));
                return;
            }
            result = engine.updateListing(m_listingId, patch);
        }
        errors = result.errors;
    }
    m_form->showErrors(errors);
    if (!errors.isEmpty()) {
        m_status->setText(tr("Not saved: %n field(s) need attention (marked above).", nullptr, int(errors.size())));
        return;
    }
    const bool created = m_listingId.isEmpty();
    m_listingId = result.id;
    setWindowTitle(tr("Edit listing"));
    m_photos->setListingId(m_listingId);
    m_status->setText(created ? tr("Saved. It reaches the server with the next sync; photos can be added then.")
                              : tr("Saved. It reaches the server with the next sync."));
    Q_EMIT saved(m_listingId);
}

} // namespace roost::app
