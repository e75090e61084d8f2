// SPDX-License-Identifier: Apache-2.0
#include "host/MonthGrid.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <algorithm>

namespace roost::app {
namespace {

// Six weeks always hold a whole month, whatever weekday it starts on, so the grid never jumps.
constexpr int kWeeks = 6;
constexpr int kHeaderHeight = 22;

QColor bookingColour(const QString& status)
{
    if (status == QLatin1String("confirmed") || status == QLatin1String("completed"))
        return QColor(0x43, 0xa0, 0x47);
    if (status == QLatin1String("awaiting_host") || status == QLatin1String("pending_payment"))
        return QColor(0xff, 0xa0, 0x00);
    return QColor(0xbd, 0xbd, 0xbd); // cancelled, declined, expired: shown but not occupying
}

const MonthGrid::Claim* covering(const QList<MonthGrid::Claim>& claims, const QDate& day, bool occupyingOnly)
{
    const MonthGrid::Claim* found = nullptr;
    for (const MonthGrid::Claim& c : claims) {
        if (c.first <= day && day < c.end) {
            const bool occupying = c.status.isEmpty() || c.status == QLatin1String("confirmed")
                || c.status == QLatin1String("awaiting_host") || c.status == QLatin1String("pending_payment")
                || c.status == QLatin1String("completed");
            // A cancelled booking and a later confirmed one may share a night: the live one wins.
            if (occupying)
                return &c;
            if (!occupyingOnly && !found)
                found = &c;
        }
    }
    return found;
}

} // namespace

MonthGrid::MonthGrid(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMonth(QDate::currentDate());
    setMinimumSize(7 * 40, kHeaderHeight + kWeeks * 32);
}

QSize MonthGrid::sizeHint() const
{
    return { 7 * 90, kHeaderHeight + kWeeks * 64 };
}

void MonthGrid::setMonth(const QDate& anyDayOfMonth)
{
    const QDate first(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    if (first == m_month)
        return;
    m_month = first;
    update();
    Q_EMIT monthChanged(m_month);
}

void MonthGrid::setClaims(QList<Claim> bookings, QList<Claim> blocks)
{
    m_bookings = std::move(bookings);
    m_blocks = std::move(blocks);
    update();
}

QDate MonthGrid::selectionStart() const
{
    return m_anchor.isValid() ? std::min(m_anchor, m_cursor) : QDate();
}

QDate MonthGrid::selectionEnd() const
{
    return m_anchor.isValid() ? std::max(m_anchor, m_cursor) : QDate();
}

void MonthGrid::select(const QDate& anchor, const QDate& cursor)
{
    m_anchor = anchor;
    m_cursor = cursor;
    if (cursor.isValid())
        setMonth(cursor);
    update();
    Q_EMIT selectionChanged();
}

QDate MonthGrid::firstShown() const
{
    // Weeks start on the UI language's first day of the week.
    const int firstWeekday = int(QLocale().firstDayOfWeek());
    return m_month.addDays(-((m_month.dayOfWeek() - firstWeekday + 7) % 7));
}

QRect MonthGrid::cellRect(const QDate& day) const
{
    const qint64 index = firstShown().daysTo(day);
    if (index < 0 || index >= 7 * kWeeks)
        return {};
    const int w = width() / 7;
    const int h = (height() - kHeaderHeight) / kWeeks;
    return { int(index % 7) * w, kHeaderHeight + int(index / 7) * h, w, h };
}

QDate MonthGrid::dayAt(const QPoint& point) const
{
    const int w = width() / 7;
    const int h = (height() - kHeaderHeight) / kWeeks;
    if (w <= 0 || h <= 0 || point.y() < kHeaderHeight || point.x() < 0 || point.x() >= 7 * w)
        return {};
    const int row = (point.y() - kHeaderHeight) / h;
    if (row >= kWeeks)
        return {};
    return firstShown().addDays(row * 7 + point.x() / w);
}

const MonthGrid::Claim* MonthGrid::bookingOn(const QDate& day) const
{
    return covering(m_bookings, day, false);
}

const MonthGrid::Claim* MonthGrid::blockOn(const QDate& day) const
{
    return covering(m_blocks, day, true);
}

void MonthGrid::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QLocale locale;
    const int w = width() / 7;
    const QDate first = firstShown();
    for (int i = 0; i < 7; ++i) {
        const QString name = locale.dayName(first.addDays(i).dayOfWeek(), QLocale::ShortFormat);
        p.drawText(QRect(i * w, 0, w, kHeaderHeight), Qt::AlignCenter, name);
    }
    const QDate selFirst = selectionStart();
    const QDate selLast = selectionEnd();
    for (int i = 0; i < 7 * kWeeks; ++i) {
        const QDate day = first.addDays(i);
        const QRect cell = cellRect(day).adjusted(1, 1, -1, -1);
        const bool inMonth = day.month() == m_month.month();
        QColor fill = inMonth ? palette().base().color() : palette().window().color();
        QString note;
        if (const Claim* booking = bookingOn(day)) {
            fill = bookingColour(booking->status);
            note = booking->label;
        } else if (const Claim* block = blockOn(day)) {
            fill = QColor(0x78, 0x90, 0x9c);
            note = block->label.isEmpty() ? tr("Blocked") : block->label;
        }
        p.fillRect(cell, fill);
        if (selFirst.isValid() && selFirst <= day && day <= selLast)
            p.fillRect(cell, QColor(0x1e, 0x88, 0xe5, 90));
        p.setPen(inMonth ? palette().text().color() : palette().placeholderText().color());
        p.drawText(cell.adjusted(4, 2, -4, -2), Qt::AlignTop | Qt::AlignLeft, QString::number(day.day()));
        p.drawText(cell.adjusted(4, 2, -4, -2), Qt::AlignBottom | Qt::AlignLeft | Qt::TextWordWrap, note);
        if (day == m_cursor && hasFocus()) {
            p.setPen(QPen(palette().highlight().color(), 2));
            p.drawRect(cell);
        }
    }
}

void MonthGrid::mousePressEvent(QMouseEvent* event)
{
    const QDate day = dayAt(event->position().toPoint());
    if (!day.isValid())
        return;
    if (event->modifiers() & Qt::ShiftModifier && m_anchor.isValid())
        select(m_anchor, day);
    else
        select(day, day);
    if (const Claim* booking = bookingOn(day))
        Q_EMIT bookingClicked(booking->id);
}

void MonthGrid::mouseMoveEvent(QMouseEvent* event)
{
    const QDate day = dayAt(event->position().toPoint());
    if ((event->buttons() & Qt::LeftButton) && day.isValid() && m_anchor.isValid() && day != m_cursor)
        select(m_anchor, day);
}

void MonthGrid::moveCursor(int days, bool extend)
{
    const QDate from = m_cursor.isValid() ? m_cursor : m_month;
    const QDate to = m_cursor.isValid() ? from.addDays(days) : from;
    select(extend && m_anchor.isValid() ? m_anchor : to, to);
}

void MonthGrid::keyPressEvent(QKeyEvent* event)
{
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Left:
        moveCursor(-1, extend);
        break;
    case Qt::Key_Right:
        moveCursor(1, extend);
        break;
    case Qt::Key_Up:
        moveCursor(-7, extend);
        break;
    case Qt::Key_Down:
        moveCursor(7, extend);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (const Claim* booking = m_cursor.isValid() ? bookingOn(m_cursor) : nullptr)
            Q_EMIT bookingClicked(booking->id);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace roost::app
