// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AppSettings.h"

#include "roost/Clock.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QTranslator;

namespace roost::client {
class SyncEngine;
}

namespace roost::app {

class AppContext;
class KeychainTokenStore;
class MainWindow;
class PhotoCache;
class SignInDialog;

/// Puts the desktop app together: settings, the session's token store, the sync engine on a
/// cache file of its own per server, photos, the views' context and the main window; and
/// answers what only the whole app can do (sign in and out, switch server, language, theme).
class Application final : public QObject
{
    Q_OBJECT

public:
    explicit Application(const QStringList& arguments, QObject* parent = nullptr);
    ~Application() override;

    /// Opens the cache, starts syncing and shows the window (and the sign-in dialog when there
    /// is no saved session). False when the cache cannot be opened.
    bool start();

    const AppSettings& settings() const { return m_settings; }
    MainWindow* window() const { return m_window.get(); }
    client::SyncEngine& engine() const { return *m_engine; }
    KeychainTokenStore& tokens() const { return *m_tokens; }
    /// The open sign-in dialog, if any.
    SignInDialog* signInDialog() const;

    /// Applies and saves new settings: another server restarts the session, another language
    /// or theme rebuilds the window on the same page.
    void applySettings(const AppSettings& settings);
    void showSignIn();
    void signOut();

    /// Signs in as `email`, waits for the first sync, saves one PNG per page into `dir` and
    /// quits (exit code 0, or 1 on failure). For the documentation's screenshots.
    void takeScreenshots(const QString& dir, const QString& email, const QString& password);

    /// Where the cache of `server` lives (one file per server).
    static QString cachePath(const QUrl& server);

Q_SIGNALS:
    void windowRebuilt();

private:
    bool startSession(const QUrl& server);
    void stopSession();
    void buildWindow();
    void rebuildWindow();
    void switchServer(const QUrl& server);
    void installTranslators(const QString& language);
    void applyTheme(const QString& theme);
    void openSettings();
    void grabPages(const QString& dir);
    void grabNextPage();
    void showBestReviewedListing();

    AppSettings m_settings;
    SystemClock m_clock;
    QString m_systemStyle;
    QList<QTranslator*> m_translators;
    // Destroyed in reverse: the window before the context it uses, the engine before the
    // token store it calls.
    std::unique_ptr<KeychainTokenStore> m_tokens;
    std::unique_ptr<client::SyncEngine> m_engine;
    std::unique_ptr<PhotoCache> m_photos;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    QPointer<SignInDialog> m_signIn;
    QString m_shotDir;
    QStringList m_shotKeys;
};

} // namespace roost::app
