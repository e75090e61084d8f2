// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>
#include <QUrl>

namespace roost::app {

/// The app's preferences. The server comes from `--server URL`, else ROOST_SERVER_URL, else the
/// saved setting, else the local roost-server's default address.
struct AppSettings {
    QUrl serverUrl;
    QString language; ///< "en", "de", "es"; empty: the system's
    QString theme;    ///< "system", "light" or "dark"
    /// `--screenshots DIR`: render every page into DIR and quit (tools/screenshots).
    QString screenshotDir;

    static AppSettings load(const QStringList& arguments);
    /// Saves the server, language and theme for the next start.
    void save() const;
    static QUrl defaultServerUrl() { return QUrl(QStringLiteral("http://127.0.0.1:8080")); }
    /// An http(s) URL with a host, else an empty QUrl.
    static QUrl parseServerUrl(const QString& text);
    /// The languages the app is translated into, as codes.
    static QStringList languages() { return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")}; }
};

} // namespace roost::app
