// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ListingQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QSpinBox;
class QTimer;
class QToolButton;

namespace roost::app {

class AppContext;
class ListingSearchModel;

/// Search the cached listings: place or text, dates, guests, price range, amenities, property
/// type, instant book, and an order. Results are cards; activating one asks the window to open
/// the listing (AppContext::listingRequested). Works offline: everything is read from the cache
/// and read again when a sync changes it.
class ExploreView : public QWidget
{
    Q_OBJECT

public:
    ExploreView(AppContext& context, QWidget* parent = nullptr);

    ListingSearchModel* model() const { return m_model; }
    /// The query the controls describe now.
    client::ListingQuery query() const;

private:
    void buildFilters(QWidget* box);
    void scheduleSearch();
    void search();
    void showCount();

    AppContext& m_context;
    ListingSearchModel* m_model = nullptr;
    QLineEdit* m_text = nullptr;
    QCheckBox* m_useDates = nullptr;
    QDateEdit* m_checkIn = nullptr;
    QDateEdit* m_checkOut = nullptr;
    QSpinBox* m_guests = nullptr;
    QSpinBox* m_minPrice = nullptr;
    QSpinBox* m_maxPrice = nullptr;
    QToolButton* m_amenities = nullptr;
    QMenu* m_amenityMenu = nullptr;
    QComboBox* m_propertyType = nullptr;
    QCheckBox* m_instantBook = nullptr;
    QComboBox* m_sort = nullptr;
    QListView* m_results = nullptr;
    QLabel* m_count = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace roost::app
