// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCalendarWidget>
#include <QSet>

namespace roost::app {

/// A month calendar that greys out and strikes through the nights that cannot be booked.
class AvailabilityCalendar : public QCalendarWidget
{
    Q_OBJECT

public:
    explicit AvailabilityCalendar(QWidget* parent = nullptr);

    /// Replaces the marked nights.
    void setTaken(const QSet<QDate>& nights);
    const QSet<QDate>& taken() const { return m_taken; }
    /// True when none of the nights [checkIn, checkOut) is taken.
    bool isFree(const QDate& checkIn, const QDate& checkOut) const;

private:
    QSet<QDate> m_taken;
};

} // namespace roost::app
