// SPDX-License-Identifier: Apache-2.0
#include "ui/ProfileDialog.h"

#include "common/AppContext.h"
#include "ui/SignInDialog.h"

#include "LocalStore.h"
#include "SyncEngine.h"

#include "roost/Error.h"
#include "roost/User.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace roost::app {
namespace {

/// "field: what is wrong; …", as the rules or the server name them.
QString describeFields(const FieldErrors& errors)
{
    QStringList problems;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        problems.append(QStringLiteral("%1: %2").arg(it.key(), it.value()));
    return problems.join(QStringLiteral("; "));
}

} // namespace

ProfileDialog::ProfileDialog(AppContext& context, QWidget* parent) : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Profile"));
    auto* layout = new QVBoxLayout(this);

    auto* profile = new QGroupBox(tr("About you"), this);
    auto* form = new QFormLayout(profile);
    m_name = new QLineEdit(profile);
    m_name->setObjectName(QStringLiteral("displayNameEdit"));
    m_name->setAccessibleName(tr("Display name"));
    m_bio = new QPlainTextEdit(profile);
    m_bio->setObjectName(QStringLiteral("bioEdit"));
    m_bio->setAccessibleName(tr("About me"));
    m_bio->setTabChangesFocus(true);
    m_phone = new QLineEdit(profile);
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_phone->setAccessibleName(tr("Phone"));
    m_profileStatus = new QLabel(profile);
    m_profileStatus->setObjectName(QStringLiteral("profileStatus"));
    m_profileStatus->setWordWrap(true);
    form->addRow(tr("&Display name:"), m_name);
    form->addRow(tr("&About me:"), m_bio);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(QString(), m_profileStatus);
    layout->addWidget(profile);

    auto* password = new QGroupBox(tr("Password (needs a connection)"), this);
    auto* passwordForm = new QFormLayout(password);
    m_currentPassword = new QLineEdit(password);
    m_currentPassword->setObjectName(QStringLiteral("currentPasswordEdit"));
    m_currentPassword->setAccessibleName(tr("Current password"));
    m_currentPassword->setEchoMode(QLineEdit::Password);
    m_newPassword = new QLineEdit(password);
    m_newPassword->setObjectName(QStringLiteral("newPasswordEdit"));
    m_newPassword->setAccessibleName(tr("New password"));
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_newPassword->setPlaceholderText(tr("At least 10 characters"));
    m_changePassword = new QPushButton(tr("&Change password"), password);
    m_changePassword->setObjectName(QStringLiteral("changePasswordButton"));
    m_changePassword->setAccessibleName(tr("Change password"));
    m_passwordStatus = new QLabel(password);
    m_passwordStatus->setObjectName(QStringLiteral("passwordStatus"));
    m_passwordStatus->setWordWrap(true);
    passwordForm->addRow(tr("C&urrent password:"), m_currentPassword);
    passwordForm->addRow(tr("&New password:"), m_newPassword);
    passwordForm->addRow(QString(), m_changePassword);
    passwordForm->addRow(QString(), m_passwordStatus);
    layout->addWidget(password);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveProfileButton"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_changePassword, &QPushButton::clicked, this, &ProfileDialog::changePassword);
    layout->addWidget(buttons);
    load();
}

void ProfileDialog::load()
{
    const auto user = m_context.store().object(QStringLiteral("user"), m_context.userId());
    if (!user) {
        m_profileStatus->setText(tr("Your profile has not been synced yet."));
        return;
    }
    m_name->setText(user->data.value(QStringLiteral("display_name")).toString());
    m_bio->setPlainText(user->data.value(QStringLiteral("bio")).toString());
    m_phone->setText(user->data.value(QStringLiteral("phone")).toString());
}

void ProfileDialog::save()
{
    const client::WriteResult result = m_context.engine().updateProfile(
        {{QStringLiteral("display_name"), m_name->text()},
         {QStringLiteral("bio"), m_bio->toPlainText()},
         {QStringLiteral("phone"), m_phone->text()}});
    if (!result.ok()) {
        m_profileStatus->setText(tr("Not saved: %1").arg(describeFields(result.errors)));
        return;
    }
    accept();
}

void ProfileDialog::changePassword()
{
    const QJsonObject body{{QStringLiteral("current_password"), m_currentPassword->text()},
                           {QStringLiteral("new_password"), m_newPassword->text()}};
    try {
        parseProfileChanges(body); // the server's own rules, so a bad password fails here, offline
    } catch (const Error& error) {
        m_passwordStatus->setText(tr("Not changed: %1").arg(describeFields(error.fields())));
        return;
    }
    client::ApiRequest request;
    request.method = "PATCH";
    request.path = QStringLiteral("/me");
    request.json = body;
    m_changePassword->setEnabled(false);
    m_passwordStatus->setText(tr("Changing the password…"));
    m_context.engine().call(request, this, [this](const client::ApiResult& result) {
        m_changePassword->setEnabled(true);
        if (!result.ok()) {
            FieldErrors fields;
            const QJsonObject named = result.error.envelope.value(QStringLiteral("fields")).toObject();
            for (auto it = named.constBegin(); it != named.constEnd(); ++it)
                fields.insert(it.key(), it.value().toString());
            m_passwordStatus->setText(fields.isEmpty() ? SignInDialog::explain(result.error.describe())
                                                       : tr("Not changed: %1").arg(describeFields(fields)));
            return;
        }
        m_currentPassword->clear();
        m_newPassword->clear();
        m_passwordStatus->setText(tr("Password changed."));
        Q_EMIT passwordChanged();
    });
}

} // namespace roost::app
