// SPDX-License-Identifier: Apache-2.0
#include "ui/BookingPage.h"

#include "common/AppContext.h"
#include "common/Format.h"
#include "common/SyncBadge.h"
#include "host/HostText.h"

#include "LocalStore.h"
#include "SyncEngine.h"

#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace roost::app {

namespace {

QDate dateField(const QJsonObject& data, const char* key)
{
    return QDate::fromString(data.value(QLatin1String(key)).toString(), Qt::ISODate);
}

} // namespace

BookingPage::BookingPage(AppContext& context, const QString& bookingId, QWidget* parent)
    : QWidget(parent), m_context(context), m_bookingId(bookingId)
{
    setObjectName(QStringLiteral("bookingPage"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("bookingTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("bookingSyncBadge"));
    m_openListing = new QPushButton(tr("Open the listing"), this);
    m_openListing->setObjectName(QStringLiteral("bookingOpenListing"));
    m_openListing->setAccessibleName(tr("Open the listing of this booking"));
    m_form = new QFormLayout;
    layout->addWidget(m_title);
    layout->addWidget(m_badge);
    layout->addLayout(m_form);
    layout->addWidget(m_openListing, 0, Qt::AlignLeft);
    layout->addStretch();

    connect(m_openListing, &QPushButton::clicked, this, [this] {
        if (const auto booking = m_context.store().object(QStringLiteral("booking"), m_bookingId))
            Q_EMIT m_context.listingRequested(booking->data.value(QStringLiteral("listing_id")).toString());
    });
    connect(&m_context.engine(), &client::SyncEngine::cacheChanged, this, &BookingPage::reload);
    reload();
}

void BookingPage::reload()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const auto booking = m_context.store().object(QStringLiteral("booking"), m_bookingId);
    if (!booking || booking->deleted) {
        m_title->setText(tr("This booking is not in the cache."));
        m_badge->hide();
        m_openListing->hide();
        return;
    }
    const client::LocalStore& store = m_context.store();
    const QJsonObject d = booking->data;
    const QJsonObject price = d.value(QStringLiteral("price")).toObject();
    const QString currency = price.value(QStringLiteral("currency")).toString();
    const QString listing = listingTitle(store, d.value(QStringLiteral("listing_id")).toString());
    m_title->setText(listing.isEmpty() ? tr("Booking") : listing);
    m_openListing->setVisible(!listing.isEmpty());
    SyncBadge::apply(m_badge, booking->state, booking->error);

    auto row = [this](const QString& key, const QString& caption, const QString& value) {
        auto* label = new QLabel(value, this);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setObjectName(QStringLiteral("booking_") + key);
        label->setAccessibleName(caption);
        m_form->addRow(caption, label);
    };
    const QString status = d.value(QStringLiteral("status")).toString();
    row(QStringLiteral("status"), tr("Status"), status.isEmpty() ? tr("Not yet on the server") : bookingStatusLabel(status));
    row(QStringLiteral("stay"), tr("Stay"), formatStay(dateField(d, "check_in"), dateField(d, "check_out")));
    row(QStringLiteral("guests"), tr("Guests"), QString::number(d.value(QStringLiteral("guests")).toInt()));
    row(QStringLiteral("guest"), tr("Guest"), userName(store, d.value(QStringLiteral("guest_id")).toString()));
    if (d.contains(QStringLiteral("host_id")))
        row(QStringLiteral("host"), tr("Host"), userName(store, d.value(QStringLiteral("host_id")).toString()));
    if (!price.isEmpty()) {
        const auto money = [&price, &currency](const char* key) {
            return formatMoney(price.value(QLatin1String(key)).toInteger(), currency);
        };
        row(QStringLiteral("nights"), tr("Nights"), QString::number(d.value(QStringLiteral("nights")).toInt()));
        row(QStringLiteral("nightly_total"), tr("Nights total"), money("nightly_total"));
        if (price.value(QStringLiteral("discount")).toInteger() > 0)
            row(QStringLiteral("discount"), tr("Discount"), QStringLiteral("−") + money("discount"));
        row(QStringLiteral("cleaning_fee"), tr("Cleaning fee"), money("cleaning_fee"));
        row(QStringLiteral("service_fee"), tr("Service fee"), money("service_fee"));
        row(QStringLiteral("total"), tr("Total"), money("total"));
    }
    if (status == QLatin1String("cancelled")) {
        row(QStringLiteral("refund"), tr("Refund"), formatMoney(d.value(QStringLiteral("refund_amount")).toInteger(), currency));
        const QString reason = d.value(QStringLiteral("cancel_reason")).toString();
        if (!reason.isEmpty())
            row(QStringLiteral("cancel_reason"), tr("Reason"), reason);
    }
    const QString message = d.value(QStringLiteral("message")).toString();
    if (!message.isEmpty())
        row(QStringLiteral("message"), tr("Message to the host"), message);
}

} // namespace roost::app
