// SPDX-License-Identifier: Apache-2.0
#include "JobWorker.h"

#include "db/Database.h"
#include "services/JobService.h"

#include <roost/Clock.h>

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcJobs)

namespace roost::server {
namespace {
// Time-based work (hold expiry, payouts) is due to the second at worst; a second of polling
// keeps it prompt at the cost of one cheap indexed query per worker per second.
constexpr int kPollMs = 1000;
// Housekeeping every ten minutes: API.md keeps idempotency keys at least 24 h (we keep 48 h, so a
// client retrying across a day boundary is still safe); finished jobs are kept a week for admins.
constexpr int kPollsPerHousekeeping = 600;
constexpr int kIdempotencyKeySeconds = 48 * 3600;
constexpr int kDoneJobSeconds = 7 * 24 * 3600;
} // namespace

JobWorker::JobWorker(ServerContext& context) : m_context(context) {}

JobWorker::~JobWorker() = default;

void JobWorker::start()
{
    m_database = std::make_unique<Database>(m_context.databaseUrl);
    m_jobs = std::make_unique<JobService>(*m_database, m_context.config, &m_context.metrics);
    m_timer.setInterval(kPollMs);
    connect(&m_timer, &QTimer::timeout, this, &JobWorker::poll);
    m_timer.start();
}

void JobWorker::poll()
{
    try {
        m_jobs->runDue(SystemClock().now());
        if (++m_polls % kPollsPerHousekeeping == 0)
            m_jobs->housekeeping(kDoneJobSeconds, kIdempotencyKeySeconds);
    } catch (const std::exception& e) {
        qCWarning(lcJobs) << "job worker:" << e.what(); // the database may be restarting; try again next poll
    }
}

} // namespace roost::server
