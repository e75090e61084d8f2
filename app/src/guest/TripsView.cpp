// SPDX-License-Identifier: Apache-2.0
#include "guest/TripsView.h"

#include "LocalStore.h"
#include "SyncEngine.h"
#include "common/AppContext.h"
#include "CacheLookup.h"
#include "guest/CancelDialog.h"
#include "guest/PaymentForm.h"
#include "guest/ReviewDialog.h"
#include "guest/TripsModel.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace roost::app {

TripsView::TripsView(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("tripsView"));
    auto* layout = new QVBoxLayout(this);
    m_upcoming = new TripsModel(context.store(), TripsModel::Period::Upcoming, this);
    m_past = new TripsModel(context.store(), TripsModel::Period::Past, this);
    layout->addWidget(new QLabel(tr("Upcoming"), this));
    m_upcomingView = makeList(m_upcoming, "upcomingTripsView", tr("Upcoming stays"));
    layout->addWidget(m_upcomingView, 2);
    layout->addWidget(new QLabel(tr("Past"), this));
    m_pastView = makeList(m_past, "pastTripsView", tr("Past stays"));
    layout->addWidget(m_pastView, 1);

    auto* buttons = new QHBoxLayout;
    m_pay = new QPushButton(tr("&Pay"), this);
    m_pay->setObjectName(QStringLiteral("payTripButton"));
    m_cancel = new QPushButton(tr("&Cancel stay…"), this);
    m_cancel->setObjectName(QStringLiteral("cancelTripButton"));
    m_review = new QPushButton(tr("&Write a review…"), this);
    m_review->setObjectName(QStringLiteral("reviewTripButton"));
    for (QPushButton* button : { m_pay, m_cancel, m_review }) {
        button->setAccessibleName(button->text().remove(QLatin1Char('&')).remove(QChar(u'…')));
        buttons->addWidget(button);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("tripsMessage"));
    m_message->setAccessibleName(tr("Message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_pay, &QPushButton::clicked, this, &TripsView::pay);
    connect(m_cancel, &QPushButton::clicked, this, &TripsView::cancel);
    connect(m_review, &QPushButton::clicked, this, &TripsView::review);
    connect(&context.engine(), &client::SyncEngine::cacheChanged, this, &TripsView::reload);
    connect(&context.engine(), &client::SyncEngine::signedIn, this, &TripsView::reload);
    setTabOrder(m_upcomingView, m_pastView);
    setTabOrder(m_pastView, m_pay);
    reload();
}

QTreeView* TripsView::makeList(TripsModel* model, const char* objectName, const QString& accessibleName)
{
    auto* view = new QTreeView(this);
    view->setObjectName(QLatin1String(objectName));
    view->setAccessibleName(accessibleName);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setModel(model);
    view->header()->setSectionResizeMode(TripsModel::ListingColumn, QHeaderView::Stretch);
    view->header()->setStretchLastSection(false);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, view] {
        // One trip is selected at a time across both lists: the buttons act on it.
        QTreeView* other = view == m_upcomingView ? m_pastView : m_upcomingView;
        if (view->selectionModel()->hasSelection() && other && other->selectionModel())
            other->selectionModel()->clearSelection();
        updateButtons();
    });
    connect(view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT m_context.bookingRequested(index.data(TripsModel::BookingIdRole).toString());
    });
    return view;
}

QString TripsView::selectedBooking() const
{
    for (QTreeView* view : { m_upcomingView, m_pastView }) {
        const QModelIndexList rows = view->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            return rows.first().data(TripsModel::BookingIdRole).toString();
    }
    return {};
}

void TripsView::reload()
{
    const QString selected = selectedBooking();
    const QDate today = m_context.clock().today();
    m_upcoming->reload(m_context.userId(), today);
    m_past->reload(m_context.userId(), today);
    // Keep the selection across a sync, so a dialog's trip stays the selected one.
    for (QTreeView* view : { m_upcomingView, m_pastView }) {
        auto* model = static_cast<TripsModel*>(view->model());
        for (int row = 0; row < model->rowCount() && !selected.isEmpty(); ++row) {
            if (model->index(row, 0).data(TripsModel::BookingIdRole).toString() == selected)
                view->selectionModel()->select(
                    model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }
    updateButtons();
}

void TripsView::updateButtons()
{
    const QString id = selectedBooking();
    const auto booking = id.isEmpty() ? std::nullopt : m_context.store().object(QStringLiteral("booking"), id);
    const QString status = booking ? booking->data.value(QStringLiteral("status")).toString() : QString();
    const bool synced = booking && booking->state == client::SyncState::Synced;
    m_pay->setEnabled(synced && status == QLatin1String("pending_payment"));
    m_cancel->setEnabled(synced
        && (status == QLatin1String("pending_payment") || status == QLatin1String("awaiting_host")
            || status == QLatin1String("confirmed")));
    bool reviewed = false;
    for (const client::LocalObject& review :
        client::CacheLookup(m_context.store()).where(QStringLiteral("review"), QStringLiteral("booking_id"), id))
        reviewed = reviewed || review.data.value(QStringLiteral("author_id")).toString() == m_context.userId();
    m_review->setEnabled(status == QLatin1String("completed") && !reviewed);
}

void TripsView::pay()
{
    const QString id = selectedBooking();
    if (id.isEmpty())
        return;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("paymentDialog"));
    dialog->setWindowTitle(tr("Pay for your stay"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(dialog);
    auto* form = new PaymentForm(m_context, dialog);
    form->setBooking(id);
    layout->addWidget(form);
    connect(form, &PaymentForm::paid, dialog, [this, dialog] {
        m_message->setText(tr("Payment received. The trip updates with the next sync."));
        m_context.engine().syncNow();
        dialog->accept();
    });
    dialog->open();
}

void TripsView::cancel()
{
    const QString id = selectedBooking();
    const auto booking = id.isEmpty() ? std::nullopt : m_context.store().object(QStringLiteral("booking"), id);
    if (!booking)
        return;
    const auto listing = m_context.store().object(
        QStringLiteral("listing"), booking->data.value(QStringLiteral("listing_id")).toString());
    auto* dialog
        = new CancelDialog(booking->data, listing ? listing->data : QJsonObject(), m_context.clock().now(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id, dialog] {
        const client::WriteResult result = m_context.engine().cancelBooking(id, dialog->reason());
        m_message->setText(result.ok()
                ? tr("Cancelled. The refund follows once the server has it.")
                : tr("The stay cannot be cancelled: %1").arg(result.errors.values().join(QStringLiteral("; "))));
        m_context.engine().syncNow();
        reload();
    });
    dialog->open();
}

void TripsView::review()
{
    const QString id = selectedBooking();
    if (id.isEmpty())
        return;
    auto* dialog = new ReviewDialog(m_context, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_message->setText(
            tr("Thank you! Your review is published once the host has reviewed you too, or after 14 days."));
        reload();
    });
    dialog->open();
}

} // namespace roost::app
