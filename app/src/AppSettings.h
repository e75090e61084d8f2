// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>
#include <QUrl>

namespace roost::app {

/// Where the app finds its server: `--server URL`, else ROOST_SERVER_URL, else the saved
/// setting, else the local roost-server's default address.
struct AppSettings {
    QUrl serverUrl;

    static AppSettings load(const QStringList& arguments);
    static QUrl defaultServerUrl() { return QUrl(QStringLiteral("http://127.0.0.1:8080")); }
};

} // namespace roost::app
