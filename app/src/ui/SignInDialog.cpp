// SPDX-License-Identifier: Apache-2.0
#include "ui/SignInDialog.h"

#include "AppSettings.h"

#include "SyncEngine.h"

#include "roost/Error.h"
#include "roost/User.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QVBoxLayout>

namespace roost::app {

SignInDialog::SignInDialog(client::SyncEngine& engine, const QUrl& server, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Roost"));
    auto* layout = new QVBoxLayout(this);
    auto* serverForm = new QFormLayout;
    m_serverEdit = new QLineEdit(this);
    m_serverEdit->setObjectName(QStringLiteral("serverEdit"));
    m_serverEdit->setAccessibleName(tr("Server address"));
    serverForm->addRow(tr("&Server:"), m_serverEdit);
    layout->addLayout(serverForm);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("accountTabs"));
    m_tabs->setAccessibleName(tr("Sign in or create an account"));
    m_tabs->addTab(buildSignInTab(), tr("Sign in"));
    m_tabs->addTab(buildCreateTab(), tr("Create account"));
    layout->addWidget(m_tabs);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setTabOrder(m_serverEdit, m_tabs);
    setEngine(engine, server);
    m_email->setFocus();
}

QWidget* SignInDialog::buildSignInTab()
{
    auto* tab = new QWidget(this);
    auto* form = new QFormLayout(tab);
    m_email = new QLineEdit(tab);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setAccessibleName(tr("Email"));
    m_password = new QLineEdit(tab);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_signIn = new QPushButton(tr("Sign &in"), tab);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_signIn->setDefault(true);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_signIn);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInDialog::signIn);
    return tab;
}

QWidget* SignInDialog::buildCreateTab()
{
    auto* tab = new QWidget(this);
    auto* form = new QFormLayout(tab);
    m_name = new QLineEdit(tab);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Display name"));
    m_newEmail = new QLineEdit(tab);
    m_newEmail->setObjectName(QStringLiteral("newEmailEdit"));
    m_newEmail->setAccessibleName(tr("Email"));
    m_newPassword = new QLineEdit(tab);
    m_newPassword->setObjectName(QStringLiteral("newPasswordEdit"));
    m_newPassword->setAccessibleName(tr("Password, at least 10 characters"));
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_newPassword->setPlaceholderText(tr("At least 10 characters"));
    m_nameError = fieldError(tab, QStringLiteral("nameError"));
    m_emailError = fieldError(tab, QStringLiteral("newEmailError"));
    m_passwordError = fieldError(tab, QStringLiteral("newPasswordError"));
    m_create = new QPushButton(tr("&Create account"), tab);
    m_create->setObjectName(QStringLiteral("createAccountButton"));
    m_create->setAccessibleName(tr("Create account"));
    form->addRow(tr("&Display name:"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("E&mail:"), m_newEmail);
    form->addRow(QString(), m_emailError);
    form->addRow(tr("Pass&word:"), m_newPassword);
    form->addRow(QString(), m_passwordError);
    form->addRow(QString(), m_create);
    connect(m_create, &QPushButton::clicked, this, &SignInDialog::createAccount);
    return tab;
}

QLabel* SignInDialog::fieldError(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setStyleSheet(QStringLiteral("color: #c62828"));
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

void SignInDialog::setEngine(client::SyncEngine& engine, const QUrl& server)
{
    for (const auto& connection : std::as_const(m_connections))
        disconnect(connection);
    m_engine = &engine;
    m_server = server;
    m_serverEdit->setText(server.toString());
    m_connections = {
        connect(&engine, &client::SyncEngine::signedIn, this, [this] {
            setBusy(false, tr("Signed in."));
            accept();
        }),
        connect(&engine, &client::SyncEngine::signInFailed, this, [this](const QString& error) {
            setBusy(false);
            showError(explain(error));
        }),
    };
}

QUrl SignInDialog::serverUrl() const
{
    return AppSettings::parseServerUrl(m_serverEdit->text());
}

QString SignInDialog::errorText() const
{
    return m_status->text();
}

bool SignInDialog::useServer()
{
    const QUrl url = serverUrl();
    if (url.isEmpty()) {
        showError(tr("The server address must start with http:// or https://, e.g. %1.")
                      .arg(AppSettings::defaultServerUrl().toString()));
        m_serverEdit->setFocus();
        return false;
    }
    if (url != m_server)
        Q_EMIT serverChangeRequested(url);
    return true;
}

void SignInDialog::signIn()
{
    if (m_busy || !useServer())
        return;
    if (m_email->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Enter your email and password."));
        return;
    }
    setBusy(true, tr("Signing in…"));
    m_engine->signIn(m_email->text().trimmed(), m_password->text());
}

void SignInDialog::createAccount()
{
    if (m_busy || !useServer())
        return;
    const QJsonObject body{{QStringLiteral("display_name"), m_name->text()},
                           {QStringLiteral("email"), m_newEmail->text().trimmed()},
                           {QStringLiteral("password"), m_newPassword->text()}};
    FieldErrors errors;
    try {
        parseRegistration(body);
    } catch (const Error& error) {
        errors = error.fields();
    }
    const std::pair<QLabel*, QString> labels[] = {{m_nameError, QStringLiteral("display_name")},
                                                  {m_emailError, QStringLiteral("email")},
                                                  {m_passwordError, QStringLiteral("password")}};
    for (const auto& [label, field] : labels) {
        label->setText(errors.value(field));
        label->setVisible(errors.contains(field));
    }
    if (!errors.isEmpty()) {
        showError(tr("Please correct the marked fields."));
        return;
    }
    setBusy(true, tr("Creating your account…"));
    m_engine->signUp(m_newEmail->text().trimmed(), m_newPassword->text(), m_name->text().trimmed());
}

void SignInDialog::setBusy(bool busy, const QString& message)
{
    m_busy = busy;
    m_signIn->setEnabled(!busy);
    m_create->setEnabled(!busy);
    m_serverEdit->setEnabled(!busy);
    m_status->setStyleSheet({});
    m_status->setText(message);
}

void SignInDialog::showError(const QString& text)
{
    m_status->setStyleSheet(QStringLiteral("color: #c62828"));
    m_status->setText(text);
}

QString SignInDialog::explain(const QString& error)
{
    // ApiError::describe(): "HTTP 401 invalid_credentials: …", "network: …", "timeout".
    static const QRegularExpression http(QStringLiteral("^HTTP (\\d+) (\\w*): ?(.*)$"));
    const auto match = http.match(error);
    if (error.startsWith(QLatin1String("network")) || error == QLatin1String("timeout"))
        return tr("The server cannot be reached. Check the address and your connection.");
    if (!match.hasMatch())
        return error;
    const QString code = match.captured(2);
    if (code == QLatin1String("invalid_credentials") || code == QLatin1String("unauthenticated"))
        return tr("Wrong email or password.");
    if (code == QLatin1String("email_taken"))
        return tr("An account with this email already exists. Sign in instead.");
    if (code == QLatin1String("rate_limited"))
        return tr("Too many attempts. Wait a minute and try again.");
    if (code == QLatin1String("validation_failed"))
        return tr("The server did not accept this: %1").arg(match.captured(3));
    return tr("The server refused: %1").arg(match.captured(3).isEmpty() ? code : match.captured(3));
}

} // namespace roost::app
