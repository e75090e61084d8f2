// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

namespace roost::app {

/// One month of a listing's nights, painted as a calendar: bookings by status, blocks, and the
/// user's selection of days. The mouse selects by dragging, the keyboard by arrows (Shift
/// extends); leaving the month turns the page.
class MonthGrid final : public QWidget
{
    Q_OBJECT

public:
    /// Something that claims nights `[first, end)`.
    struct Claim {
        QString id;
        QDate first;
        QDate end; ///< exclusive, like check_out
        QString status; ///< a booking's status; empty for a block
        QString label;
    };

    explicit MonthGrid(QWidget* parent = nullptr);

    void setMonth(const QDate& anyDayOfMonth);
    QDate month() const { return m_month; }
    void setClaims(QList<Claim> bookings, QList<Claim> blocks);

    /// The selected days, first and last inclusive (invalid when none).
    QDate selectionStart() const;
    QDate selectionEnd() const;
    void select(const QDate& anchor, const QDate& cursor);

    /// The day's cell (for tests and for the accessible description).
    QRect cellRect(const QDate& day) const;
    QDate dayAt(const QPoint& point) const;
    /// The booking / block covering the night of `day`, if any.
    const Claim* bookingOn(const QDate& day) const;
    const Claim* blockOn(const QDate& day) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void monthChanged(const QDate& month);
    void selectionChanged();
    void bookingClicked(const QString& bookingId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QDate firstShown() const;
    void moveCursor(int days, bool extend);

    QDate m_month;
    QDate m_anchor;
    QDate m_cursor;
    QList<Claim> m_bookings;
    QList<Claim> m_blocks;
};

} // namespace roost::app
