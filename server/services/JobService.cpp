// SPDX-License-Identifier: Apache-2.0
#include "services/JobService.h"

#include "db/BookingRepository.h"
#include "db/Database.h"
#include "db/ListingRepository.h"
#include "db/PaymentRepository.h"
#include "db/UserRepository.h"
#include "observe/Metrics.h"
#include "services/Notifications.h"
#include "db/ReviewRepository.h"
#include "services/BookingLifecycle.h"

#include <roost/Error.h>
#include <roost/Id.h>

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcJobs, "roost.jobs")

namespace roost::server {
namespace {

// A worker that has not finished a job in this long is presumed dead and its job is run again.
constexpr int kLeaseSeconds = 300;
// One call of runDue never runs more than this, so a flood cannot monopolise a caller.
constexpr int kMaxJobsPerRun = 1000;
constexpr qint64 kMaxBackoffSeconds = 3600;

QUuid idFrom(const QJsonObject& payload, const QString& key)
{
    if (auto id = parseId(payload.value(key).toString()))
        return *id;
    throw std::runtime_error("job payload lacks " + key.toStdString());
}

/// Applies a time event to a booking if it still applies (jobs may run late or twice).
JobService::Handler bookingEvent(BookingEvent event, BookingStatus expected)
{
    return [event, expected](pqxx::transaction_base& tx, const QJsonObject& payload, const QDateTime& now) {
        const auto booking = BookingRepository(tx).findForUpdate(idFrom(payload, QStringLiteral("booking_id")));
        if (!booking || booking->status != expected)
            return; // already moved on: nothing to do
        BookingLifecycle(tx).apply(*booking, event, Party::Other, now);
    };
}

} // namespace

JobService::JobService(Database& db, const Config& config, Metrics* metrics) : m_db(db), m_mailer(config), m_metrics(metrics)
{
    m_handlers.insert(jobkind::kNotify, [this](pqxx::transaction_base& tx, const QJsonObject& payload, const QDateTime&) {
        const auto notice = parseNotice(payload.value(QStringLiteral("notice")).toString());
        const auto booking = BookingRepository(tx).find(idFrom(payload, QStringLiteral("booking_id")));
        if (!notice || !booking)
            return; // nothing sensible to say: drop it rather than retry forever
        const bool toHost = payload.value(QStringLiteral("to")).toString() == QLatin1String("host");
        const auto recipient = UserRepository(tx).find(toHost ? booking->hostId : booking->guestId);
        const auto listing = ListingRepository(tx).find(booking->listingId);
        if (!recipient || !listing)
            return;
        m_mailer.send(composeNotice(*notice, *booking, *listing, *recipient));
    });
    m_handlers.insert(jobkind::kExpireHold, bookingEvent(BookingEvent::HoldExpired, BookingStatus::PendingPayment));
    m_handlers.insert(jobkind::kExpireRequest, bookingEvent(BookingEvent::RequestExpired, BookingStatus::AwaitingHost));
    m_handlers.insert(jobkind::kCompleteStay, bookingEvent(BookingEvent::StayCompleted, BookingStatus::Confirmed));
    m_handlers.insert(jobkind::kReleasePayout, [](pqxx::transaction_base& tx, const QJsonObject& payload, const QDateTime&) {
        PaymentRepository(tx).setPayoutStatus(idFrom(payload, QStringLiteral("payout_id")), QStringLiteral("scheduled"),
                                              QStringLiteral("released"));
    });
    m_handlers.insert(jobkind::kPublishReviews, [](pqxx::transaction_base& tx, const QJsonObject& payload, const QDateTime&) {
        const auto booking = BookingRepository(tx).find(idFrom(payload, QStringLiteral("booking_id")));
        ReviewRepository reviews(tx);
        if (booking && reviews.publishBooking(booking->id) > 0)
            reviews.refreshListingRating(booking->listingId);
    });
    // A job that fails until its third attempt: lets tests (and admins) watch retries work.
    m_handlers.insert(QStringLiteral("probe_flaky"), [](pqxx::transaction_base&, const QJsonObject& payload, const QDateTime&) {
        if (payload.value(QStringLiteral("attempt")).toInt() < payload.value(QStringLiteral("succeed_on")).toInt())
            throw std::runtime_error("planned failure");
    });
}

qint64 JobService::backoffSeconds(int attempts)
{
    return std::min<qint64>(kMaxBackoffSeconds, qint64(1) << std::clamp(attempts, 1, 12));
}

bool JobService::runOne(const QDateTime& now)
{
    std::optional<Job> job;
    {
        pqxx::work tx(m_db.connection());
        job = JobRepository(tx).leaseDue(now, kLeaseSeconds);
        tx.commit();
    }
    if (!job)
        return false;
    try {
        pqxx::work tx(m_db.connection());
        const auto handler = m_handlers.constFind(job->kind);
        if (handler == m_handlers.cend())
            throw std::runtime_error("unknown job kind " + job->kind.toStdString());
        QJsonObject payload = job->payload;
        payload.insert(QStringLiteral("attempt"), job->attempts);
        (*handler)(tx, payload, now);
        JobRepository(tx).markDone(job->id); // the effect and "done" commit together
        tx.commit();
        if (m_metrics)
            m_metrics->recordJob(true);
    } catch (const std::exception& e) {
        if (m_metrics)
            m_metrics->recordJob(false);
        const QString why = QString::fromUtf8(e.what());
        qCWarning(lcJobs) << "job" << job->id << job->kind << "attempt" << job->attempts << "failed:" << why;
        pqxx::work tx(m_db.connection());
        JobRepository(tx).markFailed(*job, why, now.addSecs(backoffSeconds(job->attempts)));
        tx.commit();
    }
    return true;
}

void JobService::enqueueProbe(int succeedOn, int maxAttempts, const QDateTime& runAt)
{
    pqxx::work tx(m_db.connection());
    JobRepository(tx).enqueue(QStringLiteral("probe_flaky"), {{QStringLiteral("succeed_on"), succeedOn}}, runAt, maxAttempts);
    tx.commit();
}

void JobService::housekeeping(int doneJobsAgeSeconds, int idempotencyKeysAgeSeconds)
{
    pqxx::work tx(m_db.connection());
    JobRepository(tx).purge(doneJobsAgeSeconds, idempotencyKeysAgeSeconds);
    tx.commit();
}

QJsonObject JobService::summary()
{
    pqxx::read_transaction tx(m_db.connection());
    JobRepository jobs(tx);
    const auto stats = jobs.stats();
    QJsonArray dead;
    for (const QJsonObject& job : jobs.deadJobs(100))
        dead.append(job);
    return {{QStringLiteral("queued"), stats.queued},
            {QStringLiteral("running"), stats.running},
            {QStringLiteral("dead"), stats.dead},
            {QStringLiteral("dead_jobs"), dead}};
}

JobRepository::Stats JobService::stats()
{
    pqxx::read_transaction tx(m_db.connection());
    return JobRepository(tx).stats();
}

int JobService::runDue(const QDateTime& now)
{
    int ran = 0;
    while (ran < kMaxJobsPerRun && runOne(now))
        ++ran;
    return ran;
}

} // namespace roost::server
