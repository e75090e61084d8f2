// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace roost::app {

class AppContext;
class TripsModel;

/// The user's stays as guest, upcoming and past, from the cache: pay a booking that waits for
/// its payment, cancel (seeing the refund first), review a completed stay.
class TripsView : public QWidget
{
    Q_OBJECT

public:
    TripsView(AppContext& context, QWidget* parent = nullptr);

    TripsModel* upcoming() const { return m_upcoming; }
    TripsModel* past() const { return m_past; }
    /// The selected trip's booking id (empty when none).
    QString selectedBooking() const;

    void reload();
    void pay();
    void cancel();
    void review();

private:
    void updateButtons();
    QTreeView* makeList(TripsModel* model, const char* objectName, const QString& accessibleName);

    AppContext& m_context;
    TripsModel* m_upcoming = nullptr;
    TripsModel* m_past = nullptr;
    QTreeView* m_upcomingView = nullptr;
    QTreeView* m_pastView = nullptr;
    QPushButton* m_pay = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_review = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace roost::app
