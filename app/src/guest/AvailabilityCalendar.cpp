// SPDX-License-Identifier: Apache-2.0
#include "guest/AvailabilityCalendar.h"

#include <QTextCharFormat>

namespace roost::app {

AvailabilityCalendar::AvailabilityCalendar(QWidget* parent)
    : QCalendarWidget(parent)
{
    setObjectName(QStringLiteral("availabilityCalendar"));
    setAccessibleName(tr("Availability"));
    setGridVisible(true);
}

void AvailabilityCalendar::setTaken(const QSet<QDate>& nights)
{
    for (const QDate& night : std::as_const(m_taken))
        setDateTextFormat(night, {});
    m_taken = nights;
    QTextCharFormat taken;
    taken.setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    taken.setFontStrikeOut(true);
    taken.setToolTip(tr("Not available"));
    for (const QDate& night : std::as_const(m_taken))
        setDateTextFormat(night, taken);
}

bool AvailabilityCalendar::isFree(const QDate& checkIn, const QDate& checkOut) const
{
    for (QDate night = checkIn; night < checkOut; night = night.addDays(1)) {
        if (m_taken.contains(night))
            return false;
    }
    return true;
}

} // namespace roost::app
