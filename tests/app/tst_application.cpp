// SPDX-License-Identifier: Apache-2.0
// The assembled app: first run asks to sign in, the session is kept, sign-out asks again, and
// switching the language rebuilds the window in German on the same page.
#include "ShellFixture.h"

#include "ui/Application.h"
#include "ui/KeychainTokenStore.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"
#include "ui/SignInDialog.h"
#include "ui/SyncStatusWidget.h"
#include "ui/Theme.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

using namespace roost;
using namespace roost::test;

class TestApplication : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    QTemporaryDir m_dir;

    QStringList arguments() { return {QStringLiteral("roost"), QStringLiteral("--server"), m_api.server().baseUrl()}; }

    static QStringList navigationTexts(app::MainWindow& window)
    {
        QStringList texts;
        auto* navigation = window.findChild<QTreeWidget*>(QStringLiteral("navigation"));
        for (QTreeWidgetItemIterator it(navigation); *it; ++it) {
            if (!(*it)->isHidden())
                texts.append((*it)->text(0));
        }
        return texts;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(startShellTest(m_api, m_dir));
    }

    void firstRunSignsInThenSignOutAsksAgain()
    {
        const TestUser user = m_api.registerUser(QStringLiteral("App User"));
        {
            app::Application application(arguments());
            QVERIFY(application.start());
            QVERIFY(application.window());
            QVERIFY(!QApplication::windowIcon().pixmap(32).isNull()); // the embedded roost.svg
            QTRY_VERIFY_WITH_TIMEOUT(application.signInDialog() && application.signInDialog()->isVisible(), 10'000);
            QVERIFY(application.window()->syncStatus()->signInRequired());
            app::SignInDialog* dialog = application.signInDialog();
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("emailEdit")), user.email);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), user.password);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!application.signInDialog(), 30'000);
            QCOMPARE(application.engine().userId(), user.id);
            QVERIFY(!application.window()->syncStatus()->signInRequired());
            QTRY_VERIFY_WITH_TIMEOUT(application.window()->syncStatus()->isOnline(), 30'000);
            QTRY_VERIFY_WITH_TIMEOUT(!application.tokens().refreshToken().isEmpty(), 10'000);
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(application.tokens().fallbackPath()), 10'000);
        }
        // Restarted: the session is still there, nobody asks.
        app::Application application(arguments());
        QVERIFY(application.start());
        QVERIFY(!application.tokens().refreshToken().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(application.window()->syncStatus()->isOnline(), 30'000);
        QVERIFY(!application.signInDialog());

        QSignalSpy signedOut(&application.engine(), &client::SyncEngine::signedOut);
        application.window()->findChild<QAction*>(QStringLiteral("signOutAction"))->trigger();
        QVERIFY(signedOut.wait(30'000));
        QTRY_VERIFY_WITH_TIMEOUT(application.signInDialog() && application.signInDialog()->isVisible(), 10'000);
        QVERIFY(application.window()->syncStatus()->signInRequired());
        QTRY_VERIFY_WITH_TIMEOUT(application.tokens().refreshToken().isEmpty(), 10'000);
        application.signInDialog()->close();
    }

    void switchingToGermanTranslatesTheNavigationAndKeepsThePage()
    {
        app::Application application(arguments());
        QVERIFY(application.start());
        if (application.signInDialog())
            application.signInDialog()->close();
        QVERIFY(navigationTexts(*application.window()).contains(QStringLiteral("Conflicts")));
        QVERIFY(application.window()->showPage(QStringLiteral("rejected")));

        app::AppSettings german = application.settings();
        german.language = QStringLiteral("de");
        QSignalSpy rebuilt(&application, &app::Application::windowRebuilt);
        application.applySettings(german);
        QCOMPARE(rebuilt.count(), 1);
        const QStringList texts = navigationTexts(*application.window());
        QVERIFY2(texts.contains(QStringLiteral("Konflikte")), qPrintable(texts.join(QLatin1Char(','))));
        QVERIFY(texts.contains(QStringLiteral("Synchronisierung")));
        QVERIFY(texts.contains(QStringLiteral("Abgelehnte Änderungen")));
        QCOMPARE(application.window()->currentPageKey(), QStringLiteral("rejected"));
        QCOMPARE(application.window()->findChild<QLabel*>(QStringLiteral("pageTitle"))->text(),
                 QStringLiteral("Abgelehnte Änderungen"));

        // Spanish, and the choice is kept for the next start.
        app::AppSettings spanish = application.settings();
        spanish.language = QStringLiteral("es");
        application.applySettings(spanish);
        QVERIFY(navigationTexts(*application.window()).contains(QStringLiteral("Conflictos")));
        QCOMPARE(app::AppSettings::load(arguments()).language, QStringLiteral("es"));
        app::AppSettings english = application.settings();
        english.language = QStringLiteral("en");
        application.applySettings(english);
        QVERIFY(navigationTexts(*application.window()).contains(QStringLiteral("Conflicts")));
    }

    void anotherServerTypedInTheSignInDialogGetsItsOwnSession()
    {
        // A second server (same database, another address): its own cache file and session.
        ServerProcess other(m_api.databaseUrl());
        QVERIFY(other.start());
        const TestUser user = m_api.registerUser(QStringLiteral("Travelling User"));
        app::Application application(arguments());
        QVERIFY(application.start());
        application.showSignIn();
        QTRY_VERIFY_WITH_TIMEOUT(application.signInDialog() && application.signInDialog()->isVisible(), 10'000);
        app::SignInDialog* dialog = application.signInDialog();
        auto* server = dialog->findChild<QLineEdit*>(QStringLiteral("serverEdit"));
        server->clear();
        QTest::keyClicks(server, other.baseUrl());
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("emailEdit")), user.email);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), user.password);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!application.signInDialog(), 30'000);
        QCOMPARE(application.settings().serverUrl, QUrl(other.baseUrl()));
        QCOMPARE(app::AppSettings::load({}).serverUrl, QUrl(other.baseUrl()));
        QCOMPARE(application.engine().userId(), user.id);
        QVERIFY(application.engine().store().path() == app::Application::cachePath(QUrl(other.baseUrl())));
        QVERIFY(app::Application::cachePath(QUrl(other.baseUrl())) != app::Application::cachePath(QUrl(m_api.server().baseUrl())));
        QTRY_VERIFY_WITH_TIMEOUT(application.window()->syncStatus()->isOnline(), 30'000);
        application.engine().signOut();
        QTRY_VERIFY_WITH_TIMEOUT(application.signInDialog(), 30'000);
        application.signInDialog()->close();
        // Back to the first server for the tests that follow.
        app::AppSettings first = application.settings();
        first.serverUrl = QUrl(m_api.server().baseUrl());
        application.applySettings(first);
    }

    void theSettingsDialogSwitchesLanguageAndThemeLive()
    {
        app::Application application(arguments());
        QVERIFY(application.start());
        if (application.signInDialog())
            application.signInDialog()->close();
        QVERIFY(application.window()->showPage(QStringLiteral("rejected")));
        application.window()->findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
        auto* dialog = application.window()->findChild<app::SettingsDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        auto* language = dialog->findChild<QComboBox*>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        auto* theme = dialog->findChild<QComboBox*>(QStringLiteral("themeCombo"));
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        QSignalSpy rebuilt(&application, &app::Application::windowRebuilt);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
        QVERIFY(rebuilt.wait(10'000));
        QVERIFY(navigationTexts(*application.window()).contains(QStringLiteral("Konflikte")));
        QCOMPARE(application.window()->currentPageKey(), QStringLiteral("rejected"));
        QVERIFY(app::Theme::isDark());

        app::AppSettings light = application.settings();
        light.theme = QStringLiteral("light");
        light.language = QStringLiteral("en");
        application.applySettings(light);
        QVERIFY(!app::Theme::isDark());
        QVERIFY(navigationTexts(*application.window()).contains(QStringLiteral("Conflicts")));
    }
};

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
