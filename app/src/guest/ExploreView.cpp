// SPDX-License-Identifier: Apache-2.0
#include "guest/ExploreView.h"

#include "SyncEngine.h"
#include "common/AppContext.h"
#include "common/Labels.h"
#include "guest/ListingCardDelegate.h"
#include "guest/ListingSearchModel.h"
#include "roost/Listing.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace roost::app {

namespace {

/// Typing pauses shorter than this are one search: each keystroke would otherwise query the cache.
constexpr int kDebounceMs = 150;
/// The price filter is in whole units of the listings' currencies (the cache compares minor units,
/// as the server does); two decimals is what almost every currency has.
constexpr int kMinorPerUnit = 100;
constexpr int kMaxPriceUnits = 1'000'000;

template<typename T> T* named(T* widget, const char* objectName, const QString& accessibleName)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

} // namespace

ExploreView::ExploreView(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("exploreView"));
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QWidget(this);
    buildFilters(filters);
    layout->addWidget(filters);

    m_count = named(new QLabel(this), "resultsLabel", tr("Results"));
    layout->addWidget(m_count);

    m_model = new ListingSearchModel(context.store(), &context.photos(), this);
    m_results = named(new QListView(this), "resultsView", tr("Listings found"));
    m_results->setViewMode(QListView::IconMode);
    m_results->setResizeMode(QListView::Adjust);
    m_results->setMovement(QListView::Static);
    m_results->setUniformItemSizes(true); // every card is the same size: no per-row layout pass
    m_results->setSpacing(6);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setItemDelegate(new ListingCardDelegate(m_results));
    m_results->setModel(m_model);
    layout->addWidget(m_results, 1);

    // activated covers Enter and the platform's click or double-click.
    connect(m_results, &QListView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT m_context.listingRequested(index.data(ListingSearchModel::IdRole).toString());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExploreView::showCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ExploreView::showCount);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ExploreView::search);
    connect(&context.engine(), &client::SyncEngine::cacheChanged, m_model, &ListingSearchModel::reload);

    setTabOrder(m_text, m_useDates);
    setTabOrder(m_sort, m_results);
    search();
}

void ExploreView::buildFilters(QWidget* box)
{
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);

    m_text = named(new QLineEdit(box), "searchEdit", tr("Where or what"));
    m_text->setPlaceholderText(tr("City, neighbourhood or anything in the description"));
    m_text->setClearButtonEnabled(true);
    form->addRow(tr("&Search"), m_text);

    auto* dates = new QHBoxLayout;
    m_useDates = named(new QCheckBox(tr("&Dates"), box), "datesCheck", tr("Filter by dates"));
    const QDate today = m_context.clock().today();
    m_checkIn = named(new QDateEdit(today.addDays(1), box), "checkInEdit", tr("Check-in"));
    m_checkOut = named(new QDateEdit(today.addDays(2), box), "checkOutEdit", tr("Check-out"));
    for (QDateEdit* edit : { m_checkIn, m_checkOut }) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(today);
        edit->setEnabled(false);
    }
    dates->addWidget(m_useDates);
    dates->addWidget(m_checkIn);
    dates->addWidget(new QLabel(tr("to"), box));
    dates->addWidget(m_checkOut);
    m_guests = named(new QSpinBox(box), "guestsSpin", tr("Guests"));
    m_guests->setRange(1, roost::ListingLimits::kMaxGuests);
    m_guests->setPrefix(tr("Guests: "));
    dates->addWidget(m_guests);
    dates->addStretch();
    form->addRow(tr("When"), dates);

    auto* price = new QHBoxLayout;
    m_minPrice = named(new QSpinBox(box), "minPriceSpin", tr("Lowest nightly price"));
    m_maxPrice = named(new QSpinBox(box), "maxPriceSpin", tr("Highest nightly price"));
    for (QSpinBox* spin : { m_minPrice, m_maxPrice }) {
        spin->setRange(0, kMaxPriceUnits);
        spin->setSpecialValueText(tr("any"));
        price->addWidget(spin);
    }
    price->insertWidget(1, new QLabel(tr("to"), box));

    m_amenities = named(new QToolButton(box), "amenitiesButton", tr("Amenities"));
    m_amenities->setText(tr("&Amenities"));
    m_amenities->setPopupMode(QToolButton::InstantPopup);
    m_amenityMenu = new QMenu(m_amenities);
    m_amenityMenu->setObjectName(QStringLiteral("amenitiesMenu"));
    for (const QString& amenity : roost::knownAmenities()) {
        QAction* action = m_amenityMenu->addAction(Labels::amenity(amenity));
        action->setData(amenity);
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, &ExploreView::scheduleSearch);
    }
    m_amenities->setMenu(m_amenityMenu);
    price->addWidget(m_amenities);

    m_propertyType = named(new QComboBox(box), "propertyTypeCombo", tr("Property type"));
    m_propertyType->addItem(tr("Any type"), QString());
    m_propertyType->addItem(tr("Apartment"), QStringLiteral("apartment"));
    m_propertyType->addItem(tr("House"), QStringLiteral("house"));
    m_propertyType->addItem(tr("Room"), QStringLiteral("room"));
    m_propertyType->addItem(tr("Cabin"), QStringLiteral("cabin"));
    m_propertyType->addItem(tr("Other"), QStringLiteral("other"));
    price->addWidget(m_propertyType);
    m_instantBook = named(new QCheckBox(tr("&Instant book"), box), "instantBookCheck", tr("Instant book only"));
    price->addWidget(m_instantBook);
    m_sort = named(new QComboBox(box), "sortCombo", tr("Order"));
    m_sort->addItem(tr("Newest"), int(client::ListingQuery::Sort::Newest));
    m_sort->addItem(tr("Price: low to high"), int(client::ListingQuery::Sort::PriceAscending));
    m_sort->addItem(tr("Price: high to low"), int(client::ListingQuery::Sort::PriceDescending));
    m_sort->addItem(tr("Rating"), int(client::ListingQuery::Sort::Rating));
    price->addWidget(m_sort);
    price->addStretch();
    form->addRow(tr("Price per night"), price);

    connect(m_text, &QLineEdit::textChanged, this, &ExploreView::scheduleSearch);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_checkIn->setEnabled(on);
        m_checkOut->setEnabled(on);
        scheduleSearch();
    });
    connect(m_checkIn, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_checkOut->date() <= date)
            m_checkOut->setDate(date.addDays(1));
        scheduleSearch();
    });
    connect(m_checkOut, &QDateEdit::dateChanged, this, &ExploreView::scheduleSearch);
    for (QSpinBox* spin : { m_guests, m_minPrice, m_maxPrice })
        connect(spin, &QSpinBox::valueChanged, this, &ExploreView::scheduleSearch);
    connect(m_propertyType, &QComboBox::currentIndexChanged, this, &ExploreView::scheduleSearch);
    connect(m_instantBook, &QCheckBox::toggled, this, &ExploreView::scheduleSearch);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &ExploreView::scheduleSearch);
}

client::ListingQuery ExploreView::query() const
{
    client::ListingQuery query;
    query.text = m_text->text().trimmed();
    if (m_useDates->isChecked()) {
        query.checkIn = m_checkIn->date();
        query.checkOut = m_checkOut->date();
    }
    if (m_guests->value() > 1)
        query.guests = m_guests->value();
    if (m_minPrice->value() > 0)
        query.minPrice = qint64(m_minPrice->value()) * kMinorPerUnit;
    if (m_maxPrice->value() > 0)
        query.maxPrice = qint64(m_maxPrice->value()) * kMinorPerUnit;
    for (const QAction* action : m_amenityMenu->actions()) {
        if (action->isChecked())
            query.amenities.append(action->data().toString());
    }
    query.propertyType = m_propertyType->currentData().toString();
    query.instantBookOnly = m_instantBook->isChecked();
    query.sort = client::ListingQuery::Sort(m_sort->currentData().toInt());
    return query;
}

void ExploreView::scheduleSearch()
{
    m_debounce->start();
}

void ExploreView::search()
{
    m_model->setQuery(query());
}

void ExploreView::showCount()
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        m_count->setText(tr("No listings match. Try fewer filters."));
    else if (m_model->canFetchMore({}))
        m_count->setText(tr("More than %n listing(s)", nullptr, rows));
    else
        m_count->setText(tr("%n listing(s)", nullptr, rows));
}

} // namespace roost::app
