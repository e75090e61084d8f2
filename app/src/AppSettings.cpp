// SPDX-License-Identifier: Apache-2.0
#include "AppSettings.h"

#include <QSettings>

namespace roost::app {
namespace {

QUrl validHttpUrl(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) && !url.host().isEmpty())
        return url;
    return {};
}

} // namespace

AppSettings AppSettings::load(const QStringList& arguments)
{
    AppSettings settings;
    const qsizetype flag = arguments.indexOf(QStringLiteral("--server"));
    if (flag >= 0 && flag + 1 < arguments.size())
        settings.serverUrl = validHttpUrl(arguments[flag + 1]);
    if (settings.serverUrl.isEmpty())
        settings.serverUrl = validHttpUrl(qEnvironmentVariable("ROOST_SERVER_URL"));
    if (settings.serverUrl.isEmpty())
        settings.serverUrl = validHttpUrl(QSettings().value(QStringLiteral("server/url")).toString());
    if (settings.serverUrl.isEmpty())
        settings.serverUrl = defaultServerUrl();
    return settings;
}

} // namespace roost::app
