// SPDX-License-Identifier: Apache-2.0
#include "ui/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace roost::app {

SettingsDialog::SettingsDialog(const AppSettings& settings, QWidget* parent) : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto* form = new QFormLayout(this);
    m_server = new QLineEdit(settings.serverUrl.toString(), this);
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setAccessibleName(tr("Server address"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    // Each language in its own name, so a user lost in a foreign UI still finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language)));
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("System"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(settings.theme)));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(m_error);
    form->addRow(buttons);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings chosen = m_settings;
    chosen.serverUrl = AppSettings::parseServerUrl(m_server->text());
    chosen.language = m_language->currentData().toString();
    chosen.theme = m_theme->currentData().toString();
    return chosen;
}

void SettingsDialog::accept()
{
    if (settings().serverUrl.isEmpty()) {
        m_error->setText(tr("The server address must start with http:// or https://."));
        m_error->setVisible(true);
        m_server->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace roost::app
