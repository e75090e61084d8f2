// SPDX-License-Identifier: Apache-2.0
#include "guest/ReviewDialog.h"

#include "SyncEngine.h"
#include "common/AppContext.h"
#include "roost/ReviewRules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace roost::app {

namespace {

/// The six topics of a guest's review, as the API names them, with their labels.
const QList<std::pair<QString, const char*>>& categoryFields()
{
    static const QList<std::pair<QString, const char*>> fields {
        { QStringLiteral("cleanliness"), QT_TRANSLATE_NOOP("roost::app::ReviewDialog", "Cleanliness") },
        { QStringLiteral("accuracy"), QT_TRANSLATE_NOOP("roost::app::ReviewDialog", "Accuracy") },
        { QStringLiteral("communication"), QT_TRANSLATE_NOOP("roost::app::ReviewDialog", "Communication") },
        { QStringLiteral("location"), QT_TRANSLATE_NOOP("roost::app::ReviewDialog", "Location") },
        { QStringLiteral("check_in"), QT_TRANSLATE_NOOP("roost::app::ReviewDialog", "Check-in") },
        { QStringLiteral("value"), QT_TRANSLATE_NOOP("roost::app::ReviewDialog", "Value") },
    };
    return fields;
}

QSpinBox* starSpin(QWidget* parent, const QString& objectName, const QString& accessibleName, const QString& unset)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setAccessibleName(accessibleName);
    // 0 is "not chosen": the rules then name the missing rating instead of the form guessing one.
    spin->setRange(0, ReviewLimits::kMaxRating);
    spin->setSpecialValueText(unset);
    spin->setSuffix(ReviewDialog::tr(" ★"));
    return spin;
}

} // namespace

ReviewDialog::ReviewDialog(AppContext& context, QString bookingId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_bookingId(std::move(bookingId))
{
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(tr("Review your stay"));
    auto* form = new QFormLayout(this);
    m_rating = starSpin(this, QStringLiteral("ratingSpin"), tr("Overall rating"), tr("choose"));
    form->addRow(tr("&Rating"), m_rating);
    form->addRow(errorLabel(QStringLiteral("rating")));
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setTabChangesFocus(true);
    form->addRow(tr("&Comment"), m_comment);
    form->addRow(errorLabel(QStringLiteral("comment")));
    for (const auto& [field, label] : categoryFields()) {
        QSpinBox* spin = starSpin(this, field + QStringLiteral("Spin"), tr(label), tr("not rated"));
        m_categories.insert(field, spin);
        form->addRow(tr(label), spin);
        form->addRow(errorLabel(QStringLiteral("categories.") + field));
    }
    form->addRow(errorLabel(QString())); // whatever names no field of the form
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* send = buttons->addButton(tr("&Submit review"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("submitReviewButton"));
    send->setAccessibleName(tr("Submit review"));
    form->addRow(buttons);
    connect(send, &QPushButton::clicked, this, &ReviewDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QLabel* ReviewDialog::errorLabel(const QString& field)
{
    auto* label = new QLabel(this);
    label->setObjectName(field.isEmpty()
            ? QStringLiteral("reviewError")
            : QString(field).replace(QLatin1Char('.'), QLatin1Char('_')) + QStringLiteral("Error"));
    label->setAccessibleName(tr("Problem"));
    label->setWordWrap(true);
    label->hide();
    m_errors.insert(field, label);
    return label;
}

QJsonObject ReviewDialog::review() const
{
    QJsonObject categories;
    for (auto it = m_categories.begin(); it != m_categories.end(); ++it) {
        if (it.value()->value() > 0)
            categories.insert(it.key(), it.value()->value());
    }
    QJsonObject review { { QStringLiteral("rating"), m_rating->value() },
        { QStringLiteral("comment"), m_comment->toPlainText() } };
    if (!categories.isEmpty())
        review.insert(QStringLiteral("categories"), categories);
    return review;
}

void ReviewDialog::showErrors(const FieldErrors& errors)
{
    for (QLabel* label : std::as_const(m_errors))
        label->hide();
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        QLabel* label = m_errors.value(it.key(), m_errors.value(QString()));
        label->setText(label == m_errors.value(QString()) ? tr("%1: %2").arg(it.key(), it.value()) : it.value());
        label->show();
    }
}

void ReviewDialog::submit()
{
    const QJsonObject body = review();
    try {
        parseReviewInput(body);
    } catch (const Error& error) {
        showErrors(error.fields().isEmpty() ? FieldErrors { { QString(), error.message() } } : error.fields());
        return;
    }
    const client::WriteResult result = m_context.engine().createReview(m_bookingId, body);
    if (!result.ok()) {
        showErrors(result.errors);
        return;
    }
    m_context.engine().syncNow();
    accept();
}

} // namespace roost::app
