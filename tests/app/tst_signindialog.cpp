// SPDX-License-Identifier: Apache-2.0
// Signing in and creating an account through the dialog, against a real roost-server.
#include "ShellFixture.h"

#include "ui/SignInDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>

using namespace roost;
using namespace roost::test;

class TestSignInDialog : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    QTemporaryDir m_dir;
    int m_clients = 0;

    std::unique_ptr<ViewClient> newClient(const QString& url)
    {
        auto client = std::make_unique<ViewClient>();
        client->sync.cachePath = m_dir.filePath(QStringLiteral("client%1.sqlite").arg(++m_clients));
        return client->start(url) ? std::move(client) : nullptr;
    }

    static void type(QWidget& dialog, const char* name, const QString& text)
    {
        auto* edit = dialog.findChild<QLineEdit*>(QLatin1String(name));
        QVERIFY2(edit, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static QString status(QWidget& dialog) { return dialog.findChild<QLabel*>(QStringLiteral("statusLabel"))->text(); }

private slots:
    void initTestCase()
    {
        QVERIFY(startShellTest(m_api, m_dir));
    }

    void signUpSignsInAndSyncs()
    {
        auto client = newClient(m_api.server().baseUrl());
        QVERIFY(client);
        app::SignInDialog dialog(client->engine(), QUrl(m_api.server().baseUrl()));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("serverEdit"))->text(), m_api.server().baseUrl());
        dialog.findChild<QTabWidget*>(QStringLiteral("accountTabs"))->setCurrentIndex(1);
        type(dialog, "nameEdit", QStringLiteral("New Person"));
        type(dialog, "newEmailEdit", QStringLiteral("new.person@example.com"));
        type(dialog, "newPasswordEdit", QStringLiteral("long enough password"));
        QSignalSpy finished(&client->engine(), &client::SyncEngine::syncFinished);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("createAccountButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30'000);
        QVERIFY(!client->engine().userId().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && finished.last().first().toBool(), 30'000);
        QVERIFY(!client->sync.store().cursor().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(client->sync.has(QStringLiteral("user"), client->engine().userId()), 30'000);
    }

    void badFieldsAreMarkedBeforeAnythingIsSent()
    {
        auto client = newClient(m_api.server().baseUrl());
        QVERIFY(client);
        app::SignInDialog dialog(client->engine(), QUrl(m_api.server().baseUrl()));
        dialog.show();
        dialog.findChild<QTabWidget*>(QStringLiteral("accountTabs"))->setCurrentIndex(1);
        type(dialog, "nameEdit", QStringLiteral("Short"));
        type(dialog, "newEmailEdit", QStringLiteral("not-an-email"));
        type(dialog, "newPasswordEdit", QStringLiteral("short"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("createAccountButton")), Qt::LeftButton);
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("newPasswordError"))->isVisible());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("newEmailError"))->isVisible());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("nameError"))->isHidden());
        QCOMPARE(status(dialog), QStringLiteral("Please correct the marked fields."));
    }

    void aWrongPasswordIsShown()
    {
        const TestUser user = m_api.registerUser(QStringLiteral("Forgetful"));
        auto client = newClient(m_api.server().baseUrl());
        QVERIFY(client);
        app::SignInDialog dialog(client->engine(), QUrl(m_api.server().baseUrl()));
        dialog.show();
        type(dialog, "emailEdit", user.email);
        type(dialog, "passwordEdit", QStringLiteral("not the password at all"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(status(dialog), QStringLiteral("Wrong email or password."), 30'000);
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.isVisible());
        QVERIFY(client->engine().userId().isEmpty());

        // The right one, typed again, gets in.
        type(dialog, "passwordEdit", user.password);
        QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit")), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30'000);
        QCOMPARE(client->engine().userId(), user.id);
    }

    void anUnreachableServerIsSaidInWords()
    {
        const QString nowhere = urlOfPort(closedPort());
        auto client = newClient(nowhere);
        QVERIFY(client);
        app::SignInDialog dialog(client->engine(), QUrl(nowhere));
        dialog.show();
        type(dialog, "emailEdit", QStringLiteral("someone@example.com"));
        type(dialog, "passwordEdit", QStringLiteral("whatever password"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status(dialog).startsWith(QStringLiteral("The server cannot be reached")), 30'000);
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
