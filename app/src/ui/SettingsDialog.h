// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AppSettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace roost::app {

/// Server address, language and theme. The dialog only edits a copy of the settings; whoever
/// opened it applies settings() when it is accepted.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const AppSettings& settings, QWidget* parent = nullptr);

    AppSettings settings() const;
    void accept() override;

private:
    AppSettings m_settings;
    QLineEdit* m_server = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_theme = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace roost::app
