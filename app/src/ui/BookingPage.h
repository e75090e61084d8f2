// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace roost::app {

class AppContext;

/// One booking as the cache holds it, for its guest or its host: the stay, the people, the
/// price breakdown, the refund and the reason of a cancellation, and where it stands with the
/// server. Opened from Trips and Reservations; the actions stay in those views.
class BookingPage : public QWidget
{
    Q_OBJECT

public:
    BookingPage(AppContext& context, const QString& bookingId, QWidget* parent = nullptr);

private:
    void reload();

    AppContext& m_context;
    QString m_bookingId;
    QLabel* m_title = nullptr;
    QLabel* m_badge = nullptr;
    QPushButton* m_openListing = nullptr;
    QFormLayout* m_form = nullptr;
};

} // namespace roost::app
