// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QDateTime>

namespace roost {

/// Where domain code gets "now". Injected, so tests (and the server's X-Roost-Now hook) move time.
class Clock
{
public:
    virtual ~Clock() = default;
    /// The current instant, in UTC.
    virtual QDateTime now() const = 0;
    /// Today's calendar date in UTC (dates have no time zone; deadlines count from 00:00 UTC).
    QDate today() const { return now().toUTC().date(); }
};

/// The real wall clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

/// A clock that says what it is told.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

} // namespace roost
