// SPDX-License-Identifier: Apache-2.0
#include "db/SyncListener.h"

#include <QLoggingCategory>
#include <QThread>

#include <pqxx/pqxx>

#include <functional>

Q_LOGGING_CATEGORY(lcSyncListener, "roost.sync")

namespace roost::server {
namespace {

const std::string kChannel = "roost_sync";
// How long one wait for a notification lasts: the bound on how late stop() is noticed.
constexpr long kWaitMicros = 200'000;
// Between attempts to reach a database that went away.
constexpr unsigned long kReconnectDelayMs = 1000;

class Receiver final : public pqxx::notification_receiver
{
public:
    Receiver(pqxx::connection& c, std::function<void(const std::string&)> onPayload)
        : pqxx::notification_receiver(c, kChannel), m_onPayload(std::move(onPayload))
    {
    }
    void operator()(const std::string& payload, int) override { m_onPayload(payload); }

private:
    std::function<void(const std::string&)> m_onPayload;
};

} // namespace

SyncListener::SyncListener(std::string databaseUrl, QObject* parent) : QObject(parent), m_url(std::move(databaseUrl)) {}

SyncListener::~SyncListener()
{
    stop();
}

void SyncListener::start()
{
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("sync-listener"));
    m_thread->start();
}

void SyncListener::stop()
{
    if (!m_thread)
        return;
    m_stopping = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void SyncListener::run()
{
    bool reconnecting = false;
    while (!m_stopping) {
        try {
            pqxx::connection connection(m_url);
            Receiver receiver(connection, [this](const std::string& payload) { notified(payload); });
            if (reconnecting) {
                // Whatever committed while the connection was down was not heard: everyone pulls.
                pqxx::nontransaction tx(connection);
                Q_EMIT changed(tx.exec1("SELECT version FROM sync_counter")[0].as<qint64>(), {}, true);
            }
            while (!m_stopping)
                connection.await_notification(0, kWaitMicros);
        } catch (const std::exception& e) {
            qCWarning(lcSyncListener) << "listening for changes failed, retrying:" << e.what();
            reconnecting = true;
            QThread::msleep(kReconnectDelayMs);
        }
    }
}

void SyncListener::notified(const std::string& payload)
{
    // "<version> <user,user,...>" or "<version> *" (sync_stamp() in migration 0004)
    const QString text = QString::fromStdString(payload);
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    bool ok = false;
    const qint64 version = text.left(std::max<qsizetype>(space, 0)).toLongLong(&ok);
    if (!ok || space < 0)
        return;
    const QString audience = text.mid(space + 1);
    if (audience == QLatin1String("*")) {
        Q_EMIT changed(version, {}, true);
        return;
    }
    QList<QUuid> users;
    for (const QString& id : audience.split(QLatin1Char(','), Qt::SkipEmptyParts))
        users.append(QUuid::fromString(id));
    Q_EMIT changed(version, users, false);
}

} // namespace roost::server
