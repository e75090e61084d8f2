// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>

#include <optional>

namespace roost {

/// The nights `[checkIn, checkOut)`: a guest sleeps the nights of checkIn … checkOut − 1 and
/// leaves on checkOut, so a stay ending on a day and one starting that day do not collide.
/// Blocks use the same shape for `[start_date, end_date)`.
class Stay
{
public:
    /// An empty stay (invalid dates, no nights), so records holding one can be default-built;
    /// every real stay comes from make().
    Stay() = default;

    /// nullopt unless both dates are valid and checkOut is after checkIn.
    static std::optional<Stay> make(QDate checkIn, QDate checkOut);

    QDate checkIn() const { return m_checkIn; }
    QDate checkOut() const { return m_checkOut; }

    /// Number of nights (≥ 1 for every stay from make()).
    int nights() const { return static_cast<int>(m_checkIn.daysTo(m_checkOut)); }

    /// True when the two stays share at least one night; adjacent stays do not overlap.
    bool overlaps(const Stay& other) const
    {
        return m_checkIn < other.m_checkOut && other.m_checkIn < m_checkOut;
    }

    /// True when `night` (the date a night starts) is one of the stay's nights.
    bool contains(QDate night) const { return night >= m_checkIn && night < m_checkOut; }

    friend bool operator==(const Stay& a, const Stay& b) = default;

private:
    Stay(QDate checkIn, QDate checkOut) : m_checkIn(checkIn), m_checkOut(checkOut) {}

    QDate m_checkIn;
    QDate m_checkOut;
};

} // namespace roost
