// SPDX-License-Identifier: Apache-2.0
#include "TokenStore.h"

#include <QSettings>

namespace roost::client {

QByteArray SettingsTokenStore::refreshToken() const
{
    return QSettings().value(m_key).toByteArray();
}

void SettingsTokenStore::setRefreshToken(const QByteArray& token)
{
    QSettings settings;
    if (token.isEmpty())
        settings.remove(m_key);
    else
        settings.setValue(m_key, token);
}

} // namespace roost::client
