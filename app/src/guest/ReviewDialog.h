// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "roost/Error.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace roost::app {

class AppContext;

/// A guest's review of a completed stay: overall rating, comment and the six category ratings.
/// libroost's parseReviewInput checks it (the server's rule); its errors appear beside the field
/// they name. A valid review is written through the sync engine (queued when offline).
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewDialog(AppContext& context, QString bookingId, QWidget* parent = nullptr);

    /// The review as the form describes it: `{rating, comment, categories}`.
    QJsonObject review() const;
    /// Checks and writes; stays open with the errors shown when something is wrong.
    void submit();

private:
    void showErrors(const FieldErrors& errors);
    QLabel* errorLabel(const QString& field);

    AppContext& m_context;
    QString m_bookingId;
    QSpinBox* m_rating = nullptr;
    QPlainTextEdit* m_comment = nullptr;
    QHash<QString, QSpinBox*> m_categories;
    QHash<QString, QLabel*> m_errors;
};

} // namespace roost::app
