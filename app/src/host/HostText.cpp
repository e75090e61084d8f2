// SPDX-License-Identifier: Apache-2.0
#include "host/HostText.h"

#include "LocalStore.h"

#include <QCoreApplication>
#include <QList>

namespace roost::app {

QString userName(const client::LocalStore& store, const QString& userId)
{
    const auto user = store.object(QStringLiteral("user"), userId);
    const QString name = user ? user->data.value(QStringLiteral("display_name")).toString() : QString();
    return name.isEmpty() ? QCoreApplication::translate("HostText", "Guest") : name;
}

QString listingTitle(const client::LocalStore& store, const QString& listingId)
{
    const auto listing = store.object(QStringLiteral("listing"), listingId);
    return listing ? listing->data.value(QStringLiteral("title")).toString() : QString();
}

QString bookingStatusLabel(const QString& status)
{
    static const QList<std::pair<QString, const char*>> labels {
        { QStringLiteral("pending_payment"), QT_TRANSLATE_NOOP("HostText", "Awaiting payment") },
        { QStringLiteral("awaiting_host"), QT_TRANSLATE_NOOP("HostText", "Awaiting your answer") },
        { QStringLiteral("confirmed"), QT_TRANSLATE_NOOP("HostText", "Confirmed") },
        { QStringLiteral("declined"), QT_TRANSLATE_NOOP("HostText", "Declined") },
        { QStringLiteral("expired"), QT_TRANSLATE_NOOP("HostText", "Expired") },
        { QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("HostText", "Cancelled") },
        { QStringLiteral("completed"), QT_TRANSLATE_NOOP("HostText", "Completed") },
    };
    for (const auto& [wire, text] : labels) {
        if (wire == status)
            return QCoreApplication::translate("HostText", text);
    }
    return status;
}

QStringList fieldProblems(const FieldErrors& errors)
{
    QStringList problems;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        problems.append(it.key().isEmpty() ? it.value() : QStringLiteral("%1: %2").arg(it.key(), it.value()));
    return problems;
}

} // namespace roost::app
