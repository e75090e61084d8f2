// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace roost::app {

class AppContext;

/// The signed-in user's profile: name, bio and phone are saved through the sync engine (so
/// they work offline); the password is changed online only (`PATCH /me`).
class ProfileDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(AppContext& context, QWidget* parent = nullptr);

Q_SIGNALS:
    void passwordChanged();

private:
    void load();
    void save();
    void changePassword();

    AppContext& m_context;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_bio = nullptr;
    QLineEdit* m_phone = nullptr;
    QLabel* m_profileStatus = nullptr;
    QLineEdit* m_currentPassword = nullptr;
    QLineEdit* m_newPassword = nullptr;
    QPushButton* m_changePassword = nullptr;
    QLabel* m_passwordStatus = nullptr;
};

} // namespace roost::app
