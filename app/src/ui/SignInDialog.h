// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QMetaObject>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace roost::client {
class SyncEngine;
}

namespace roost::app {

/// Signing in, or creating an account, on a server the user may change. The engine does the
/// talking (off the GUI thread); the dialog shows its answer: accepted once signed in, or the
/// server's error in words.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(client::SyncEngine& engine, const QUrl& server, QWidget* parent = nullptr);

    /// The engine to use from now on (after serverChangeRequested was answered).
    void setEngine(client::SyncEngine& engine, const QUrl& server);
    QUrl serverUrl() const;
    QString errorText() const;
    bool isBusy() const { return m_busy; }

    /// A person's sentence for an engine failure (ApiError::describe() text).
    static QString explain(const QString& error);

Q_SIGNALS:
    /// The user asks for another server: the receiver must call setEngine() before returning.
    void serverChangeRequested(const QUrl& url);

private:
    QWidget* buildSignInTab();
    QWidget* buildCreateTab();
    bool useServer();
    void signIn();
    void createAccount();
    void setBusy(bool busy, const QString& message = {});
    void showError(const QString& text);
    static QLabel* fieldError(QWidget* parent, const QString& name);

    client::SyncEngine* m_engine = nullptr;
    QUrl m_server;
    QList<QMetaObject::Connection> m_connections;
    bool m_busy = false;
    QLineEdit* m_serverEdit = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_signIn = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_newEmail = nullptr;
    QLineEdit* m_newPassword = nullptr;
    QLabel* m_nameError = nullptr;
    QLabel* m_emailError = nullptr;
    QLabel* m_passwordError = nullptr;
    QPushButton* m_create = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace roost::app
