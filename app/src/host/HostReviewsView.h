// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSet>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace roost::app {

class AppContext;
class ObjectTableModel;
class ObjectTableView;

/// Reviews of the host's listings (with their category ratings), each answerable once; and the
/// completed stays whose guest the host has not reviewed yet, with a form to review them.
class HostReviewsView final : public QWidget
{
    Q_OBJECT

public:
    explicit HostReviewsView(AppContext& context, QWidget* parent = nullptr);

    ObjectTableModel* reviews() const { return m_reviews; }
    ObjectTableModel* stays() const { return m_stays; }
    void selectReview(const QString& reviewId);
    void selectStay(const QString& bookingId);

private:
    void reload();
    void updateResponse();
    void respond();
    void reviewGuest();

    AppContext& m_context;
    ObjectTableModel* m_reviews = nullptr;
    ObjectTableModel* m_stays = nullptr;
    ObjectTableView* m_reviewTable = nullptr;
    ObjectTableView* m_stayTable = nullptr;
    QPlainTextEdit* m_response = nullptr;
    QPushButton* m_respond = nullptr;
    QLabel* m_message = nullptr;
    QSpinBox* m_rating = nullptr;
    QPlainTextEdit* m_comment = nullptr;
    QPushButton* m_writeReview = nullptr;
    /// Reviews whose response is on its way: answered once is answered.
    QSet<QString> m_responding;
};

} // namespace roost::app
