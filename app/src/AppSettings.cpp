// SPDX-License-Identifier: Apache-2.0
#include "AppSettings.h"

#include <QSettings>

namespace roost::app {
namespace {

const QString kServerKey = QStringLiteral("server/url");
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kThemeKey = QStringLiteral("ui/theme");

} // namespace

QUrl AppSettings::parseServerUrl(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) && !url.host().isEmpty())
        return url;
    return {};
}

AppSettings AppSettings::load(const QStringList& arguments)
{
    AppSettings settings;
    const qsizetype flag = arguments.indexOf(QStringLiteral("--server"));
    if (flag >= 0 && flag + 1 < arguments.size())
        settings.serverUrl = parseServerUrl(arguments[flag + 1]);
    if (settings.serverUrl.isEmpty())
        settings.serverUrl = parseServerUrl(qEnvironmentVariable("ROOST_SERVER_URL"));
    if (settings.serverUrl.isEmpty())
        settings.serverUrl = parseServerUrl(QSettings().value(kServerKey).toString());
    if (settings.serverUrl.isEmpty())
        settings.serverUrl = defaultServerUrl();
    const qsizetype shots = arguments.indexOf(QStringLiteral("--screenshots"));
    if (shots >= 0 && shots + 1 < arguments.size())
        settings.screenshotDir = arguments[shots + 1];
    const QSettings saved;
    settings.language = saved.value(kLanguageKey).toString();
    settings.theme = saved.value(kThemeKey, QStringLiteral("system")).toString();
    return settings;
}

void AppSettings::save() const
{
    QSettings saved;
    saved.setValue(kServerKey, serverUrl.toString());
    saved.setValue(kLanguageKey, language);
    saved.setValue(kThemeKey, theme);
}

} // namespace roost::app
