// SPDX-License-Identifier: Apache-2.0
// The profile dialog: profile fields through the sync engine, the password online.
#include "ShellFixture.h"

#include "ui/ProfileDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace roost;
using namespace roost::test;

class TestProfileDialog : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(startShellTest(m_api, m_dir));
    }

    void savesTheProfileAndChangesThePassword()
    {
        const TestUser user = m_api.registerUser(QStringLiteral("Profile Owner"));
        ViewClient client;
        client.sync.cachePath = m_dir.filePath(QStringLiteral("profile.sqlite"));
        QVERIFY(client.start(m_api.server().baseUrl()) && client.sync.signIn(user));
        const QString users = QStringLiteral("user");
        QTRY_VERIFY_WITH_TIMEOUT(client.sync.has(users, user.id), 30'000);

        {
            app::ProfileDialog dialog(*client.context);
            dialog.show();
            auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("displayNameEdit"));
            QCOMPARE(name->text(), QStringLiteral("Profile Owner"));
            name->clear();
            QTest::keyClicks(name, QStringLiteral("Renamed Owner"));
            QTest::keyClicks(dialog.findChild<QPlainTextEdit*>(QStringLiteral("bioEdit")), QStringLiteral("Likes lakes."));
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("saveProfileButton")), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(client.sync.field(users, user.id, QStringLiteral("display_name")).toString(), QStringLiteral("Renamed Owner"));
        QTRY_COMPARE_WITH_TIMEOUT(client.sync.outboxCount(), 0, 30'000);
        QCOMPARE(m_api.http().get(QStringLiteral("/api/v1/me"), user.accessToken).json().value(QStringLiteral("bio")).toString(),
                 QStringLiteral("Likes lakes."));

        app::ProfileDialog dialog(*client.context);
        dialog.show();
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("passwordStatus"));
        auto* current = dialog.findChild<QLineEdit*>(QStringLiteral("currentPasswordEdit"));
        auto* next = dialog.findChild<QLineEdit*>(QStringLiteral("newPasswordEdit"));
        auto* change = dialog.findChild<QPushButton*>(QStringLiteral("changePasswordButton"));
        // Too short: libroost's rule says so before anything is sent.
        QTest::keyClicks(current, user.password);
        QTest::keyClicks(next, QStringLiteral("short"));
        QTest::mouseClick(change, Qt::LeftButton);
        QVERIFY2(status->text().startsWith(QStringLiteral("Not changed")), qPrintable(status->text()));
        // The wrong current password: the server says no.
        current->clear();
        next->clear();
        QTest::keyClicks(current, QStringLiteral("not my password at all"));
        QTest::keyClicks(next, QStringLiteral("a brand new password"));
        QTest::mouseClick(change, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(change->isEnabled(), 30'000);
        QVERIFY2(status->text().contains(QStringLiteral("current_password")), qPrintable(status->text()));
        current->clear();
        QTest::keyClicks(current, user.password);
        QTest::mouseClick(change, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Password changed."), 30'000);
        const HttpReply login = m_api.http().post(QStringLiteral("/api/v1/auth/login"),
                                                  {{QStringLiteral("email"), user.email},
                                                   {QStringLiteral("password"), QStringLiteral("a brand new password")}});
        QCOMPARE(login.status, 200);
    }
};

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
