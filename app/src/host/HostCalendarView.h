// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace roost::app {

class AppContext;
class MonthGrid;

/// The host's calendar of one listing: bookings and blocks month by month; a selected range of
/// days can be blocked (with a note) or unblocked; a booking's details show when it is clicked.
class HostCalendarView final : public QWidget
{
    Q_OBJECT

public:
    explicit HostCalendarView(AppContext& context, QWidget* parent = nullptr);

    MonthGrid* grid() const { return m_grid; }
    QString listingId() const;
    void showListing(const QString& listingId);

    /// Blocks the selected days (nights `[first, last + 1)`).
    void blockSelection();
    /// Removes the blocks that claim any selected night.
    void unblockSelection();

private:
    void reloadListings();
    void reloadClaims();
    void updateButtons();
    void showBooking(const QString& bookingId);
    void report(const QString& done, const QStringList& problems);

    AppContext& m_context;
    QComboBox* m_listing = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QLabel* m_monthLabel = nullptr;
    MonthGrid* m_grid = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_block = nullptr;
    QPushButton* m_unblock = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace roost::app
