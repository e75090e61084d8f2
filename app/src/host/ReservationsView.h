// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace roost::client {
struct LocalObject;
}

namespace roost::app {

class AppContext;
class ObjectTableModel;
class ObjectTableView;

/// The host's bookings: requests to book waiting for an answer (with the time left to give it),
/// upcoming confirmed stays, and cancellations with their reasons.
class ReservationsView final : public QWidget
{
    Q_OBJECT

public:
    explicit ReservationsView(AppContext& context, QWidget* parent = nullptr);

    ObjectTableModel* requests() const { return m_requests; }
    ObjectTableModel* upcoming() const { return m_upcoming; }
    ObjectTableModel* cancellations() const { return m_cancellations; }

    /// When a request to book expires unanswered, or invalid when it cannot be told.
    static QDateTime respondBy(const client::LocalObject& booking);

private:
    void reload();
    void updateButtons();
    void answer(bool accept);
    QString selectedRequest() const;
    QString timeLeft(const client::LocalObject& booking) const;
    ObjectTableView* table(ObjectTableModel* model, const QString& name, const QString& accessibleName);

    AppContext& m_context;
    ObjectTableModel* m_requests = nullptr;
    ObjectTableModel* m_upcoming = nullptr;
    ObjectTableModel* m_cancellations = nullptr;
    ObjectTableView* m_requestTable = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_decline = nullptr;
    QLabel* m_message = nullptr;
    /// The time left on each request counts down while the view is open.
    QTimer m_tick;
};

} // namespace roost::app
