// SPDX-License-Identifier: Apache-2.0
#pragma once

// The guest views' tests: a desktop client (engine, photo cache, clock, AppContext) on a
// temporary cache, pointed at a real roost-server, plus shortcuts to find widgets.
#include "SyncClientFixture.h"
#include "common/AppContext.h"
#include "common/PhotoCache.h"
#include "roost/Clock.h"

#include <QAbstractItemModel>
#include <QLineEdit>

namespace roost::test {

struct GuestApp {
    SyncClient client;
    SystemClock clock;
    std::unique_ptr<app::PhotoCache> photos;
    std::unique_ptr<app::AppContext> context;

    /// A fresh engine (and context) on `serverUrl`; the cache file and session outlive restarts.
    bool start(const QString& serverUrl)
    {
        context.reset();
        if (!client.startEngine(serverUrl))
            return false;
        photos = std::make_unique<app::PhotoCache>(QUrl(serverUrl), QString());
        context = std::make_unique<app::AppContext>(*client.engine, *photos, clock);
        return true;
    }

    /// start() on `cachePath`, then sign in as `user`.
    bool startSignedIn(const QString& cachePath, const QString& serverUrl, const TestUser& user)
    {
        client.cachePath = cachePath;
        return start(serverUrl) && client.signIn(user);
    }

    client::SyncEngine& engine() { return *client.engine; }
};

/// The widget named `name` under `root`, or nullptr.
template<typename T> T* child(QObject* root, const char* name)
{
    return root->findChild<T*>(QLatin1String(name));
}

/// Rows of `model` whose `role` data contains `text`.
inline int rowsWith(const QAbstractItemModel* model, int role, const QString& text)
{
    int found = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        found += model->index(row, 0).data(role).toString().contains(text) ? 1 : 0;
    return found;
}

/// The server's calendar is UTC's.
inline QDate fromToday(int days)
{
    return QDateTime::currentDateTimeUtc().date().addDays(days);
}

inline QString dateFromToday(int days)
{
    return fromToday(days).toString(Qt::ISODate);
}

/// Types a sandbox card into the PaymentForm under `root` (expiry and CVC always valid).
inline void fillCard(QWidget* root, const QString& number)
{
    root->findChild<QLineEdit*>(QStringLiteral("cardNumberEdit"))->setText(number);
    root->findChild<QLineEdit*>(QStringLiteral("cardExpiryEdit"))->setText(QStringLiteral("12/34"));
    root->findChild<QLineEdit*>(QStringLiteral("cardCvcEdit"))->setText(QStringLiteral("123"));
}

} // namespace roost::test
