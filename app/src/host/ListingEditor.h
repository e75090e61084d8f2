// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "roost/Error.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPushButton;

namespace roost::app {

class AppContext;
class ListingForm;
class PhotoEditor;

/// Creates or edits one of the host's listings. Saving goes through the sync engine (so it works
/// offline); libroost's listing rules are checked first and every broken one is shown beside its
/// field. Photos are edited here too, once the listing exists on the server.
class ListingEditor final : public QDialog
{
    Q_OBJECT

public:
    /// `listingId` empty: a new listing.
    ListingEditor(AppContext& context, const QString& listingId, QWidget* parent = nullptr);

    QString listingId() const { return m_listingId; }
    ListingForm* form() const { return m_form; }
    PhotoEditor* photos() const { return m_photos; }

    /// libroost's verdict on `fields` (the whole form): parseNewListing for a new listing,
    /// applyListingPatch of the changed fields for an existing one.
    FieldErrors check(const QJsonObject& fields) const;

Q_SIGNALS:
    /// A save reached the cache (and the outbox); `listingId` is the listing saved.
    void saved(const QString& listingId);

private:
    void save();
    /// The fields of `fields` that differ from the cached listing.
    QJsonObject changes(const QJsonObject& fields) const;
    QJsonObject cached() const;

    AppContext& m_context;
    QString m_listingId;
    bool m_triedSave = false;
    ListingForm* m_form = nullptr;
    PhotoEditor* m_photos = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace roost::app
