// SPDX-License-Identifier: Apache-2.0
#include "ui/Application.h"

#include "common/AppContext.h"
#include "common/PhotoCache.h"
#include "ui/KeychainTokenStore.h"
#include "ui/MainWindow.h"
#include "ui/Pages.h"
#include "ui/SettingsDialog.h"
#include "ui/SignInDialog.h"
#include "ui/SyncStatusWidget.h"
#include "ui/Theme.h"

#include "LocalStore.h"
#include "SyncEngine.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcApp, "roost.app")

// resources/roost.qrc is compiled into the static roost_app, whose unreferenced objects the
// linker drops: this reference keeps it. Outside any namespace, because Q_INIT_RESOURCE declares
// the initialiser where it is used.
static void initRoostResources()
{
    Q_INIT_RESOURCE(roost);
}

namespace roost::app {
namespace {

/// A short, file-name-safe name of a server, so each server has its own cache and session.
QString serverTag(const QUrl& server)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(server.adjusted(QUrl::StripTrailingSlash).toString().toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(12));
}

QString writableDir(QStandardPaths::StandardLocation location)
{
    const QString dir = QStandardPaths::writableLocation(location);
    QDir().mkpath(dir);
    return dir;
}

} // namespace

Application::Application(const QStringList& arguments, QObject* parent)
    : QObject(parent), m_settings(AppSettings::load(arguments)), m_systemStyle(QApplication::style()->name())
{
    initRoostResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/roost/roost.svg")));
    installTranslators(m_settings.language);
    applyTheme(m_settings.theme);
}

Application::~Application()
{
    delete m_signIn.data(); // a top-level window of its own, using the engine
    stopSession();
}

QString Application::cachePath(const QUrl& server)
{
    return writableDir(QStandardPaths::AppDataLocation) + QStringLiteral("/cache-%1.sqlite").arg(serverTag(server));
}

SignInDialog* Application::signInDialog() const
{
    return m_signIn.data();
}

bool Application::start()
{
    if (!startSession(m_settings.serverUrl)) {
        QMessageBox::critical(nullptr, tr("Roost"),
                              tr("Roost cannot open its local data:\n%1").arg(cachePath(m_settings.serverUrl)));
        return false;
    }
    buildWindow();
    if (m_tokens->refreshToken().isEmpty())
        QTimer::singleShot(0, this, &Application::showSignIn);
    return true;
}

bool Application::startSession(const QUrl& server)
{
    // Tests and the screenshot tool have no keyring, and must not wait for one.
    const auto backend = qEnvironmentVariable("ROOST_TOKEN_STORE") == QLatin1String("file")
                             ? KeychainTokenStore::Backend::FileOnly
                             : KeychainTokenStore::Backend::KeychainOrFile;
    m_tokens = std::make_unique<KeychainTokenStore>(
        QStringLiteral("Roost %1").arg(server.toString()),
        writableDir(QStandardPaths::AppConfigLocation) + QStringLiteral("/session-%1.token").arg(serverTag(server)), backend);
    m_tokens->load();

    client::SyncOptions options;
    options.serverUrl = server;
    options.databasePath = cachePath(server);
    m_engine = std::make_unique<client::SyncEngine>(options, *m_tokens);
    if (!m_engine->start()) {
        qCCritical(lcApp) << "cannot open the cache" << options.databasePath << m_engine->lastError();
        return false;
    }
    m_photos = std::make_unique<PhotoCache>(server, writableDir(QStandardPaths::CacheLocation) + QStringLiteral("/photos"));
    m_context = std::make_unique<AppContext>(*m_engine, *m_photos, m_clock);
    connect(m_context.get(), &AppContext::signInRequested, this, &Application::showSignIn);
    connect(m_engine.get(), &client::SyncEngine::signedOut, this, &Application::showSignIn);
    return true;
}

void Application::stopSession()
{
    if (m_window)
        m_window->saveSettings();
    m_window.reset();
    m_context.reset();
    m_photos.reset();
    m_engine.reset();
    m_tokens.reset();
}

void Application::buildWindow()
{
    m_window = std::make_unique<MainWindow>(*m_context);
    Pages::addTo(*m_window, *m_context);
    m_window->restoreSettings();
    m_window->syncStatus()->setSignInRequired(m_tokens->refreshToken().isEmpty());
    connect(m_window.get(), &MainWindow::signOutRequested, this, &Application::signOut);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &Application::openSettings);
    m_window->show();
    Q_EMIT windowRebuilt();
}

void Application::rebuildWindow()
{
    const QString page = m_window ? m_window->currentPageKey() : QString();
    if (m_window)
        m_window->saveSettings();
    m_window.reset();
    buildWindow();
    if (!page.isEmpty())
        m_window->showPage(page);
}

void Application::switchServer(const QUrl& server)
{
    stopSession();
    m_settings.serverUrl = server;
    m_settings.save();
    if (!startSession(server)) {
        qCCritical(lcApp) << "cannot switch to" << server;
        return;
    }
    buildWindow();
    if (m_signIn)
        m_signIn->setEngine(*m_engine, server);
}

void Application::applySettings(const AppSettings& settings)
{
    const bool serverChanged = settings.serverUrl != m_settings.serverUrl;
    const bool languageChanged = settings.language != m_settings.language;
    const bool themeChanged = settings.theme != m_settings.theme;
    m_settings = settings;
    m_settings.save();
    if (themeChanged)
        applyTheme(settings.theme);
    if (languageChanged)
        installTranslators(settings.language);
    if (serverChanged) {
        switchServer(settings.serverUrl);
        if (m_tokens->refreshToken().isEmpty())
            showSignIn();
    } else if (languageChanged) {
        rebuildWindow();
    }
}

void Application::showSignIn()
{
    if (m_signIn) {
        m_signIn->raise();
        m_signIn->activateWindow();
        return;
    }
    // Not a child of the window: a server change rebuilds the window under it.
    m_signIn = new SignInDialog(*m_engine, m_settings.serverUrl);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_signIn, &SignInDialog::serverChangeRequested, this, &Application::switchServer);
    connect(m_signIn, &SignInDialog::accepted, this, [this] {
        if (m_window)
            m_window->syncStatus()->setSignInRequired(false);
    });
    m_signIn->show();
}

void Application::signOut()
{
    m_engine->signOut();
}

void Application::openSettings()
{
    auto* dialog = new SettingsDialog(m_settings, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::accepted, this, [this, dialog] {
        const AppSettings chosen = dialog->settings();
        // Not from inside the dialog's own signal: applying may destroy its parent window.
        QTimer::singleShot(0, this, [this, chosen] { applySettings(chosen); });
    });
    dialog->open();
}

void Application::installTranslators(const QString& language)
{
    for (QTranslator* translator : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_translators.clear();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    const std::pair<QString, QString> catalogs[] = {
        {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
        {QStringLiteral("roost"), QStringLiteral(":/i18n")},
    };
    for (const auto& [name, dir] : catalogs) {
        auto* translator = new QTranslator(this);
        if (translator->load(locale, name, QStringLiteral("_"), dir) && QCoreApplication::installTranslator(translator))
            m_translators.append(translator);
        else
            delete translator;
    }
}

void Application::applyTheme(const QString& theme)
{
    Theme::apply(theme, m_systemStyle);
}

namespace {
// The file name of the listing page's screenshot (detail pages have no key of their own).
const QString kListingShot = QStringLiteral("listing");
} // namespace

void Application::takeScreenshots(const QString& dir, const QString& email, const QString& password)
{
    QDir().mkpath(dir);
    auto fail = [](const QString& why) {
        qCCritical(lcApp) << "screenshots:" << why;
        QCoreApplication::exit(1);
    };
    QTimer::singleShot(180'000, this, [fail] { fail(QStringLiteral("no successful sync in time")); });
    connect(m_engine.get(), &client::SyncEngine::signInFailed, this, fail);
    // The first successful sync after signing in has the account's data: grab then, once.
    connect(m_engine.get(), &client::SyncEngine::syncFinished, this, [this, dir](bool ok) {
        if (ok && m_shotDir.isEmpty() && !m_engine->userId().isEmpty())
            grabPages(dir);
    });
    if (m_signIn)
        m_signIn->close();
    m_engine->signIn(email, password);
}

void Application::grabPages(const QString& dir)
{
    m_window->resize(1280, 800);
    m_shotDir = dir;
    m_shotKeys = m_window->pageKeys();
    m_shotKeys.append(kListingShot); // a detail page too: the one guests see most
    grabNextPage();
}

void Application::showBestReviewedListing()
{
    // The listing with photos and the most reviews in the cache: the page at its fullest.
    QHash<QString, int> reviews;
    for (const client::LocalObject& review : m_engine->store().objects(QStringLiteral("review")))
        ++reviews[review.data.value(QStringLiteral("listing_id")).toString()];
    const auto fullness = [&reviews](const client::LocalObject& listing) {
        const bool photos = !listing.data.value(QStringLiteral("photos")).toArray().isEmpty();
        return std::pair(photos, reviews.value(listing.id));
    };
    const QList<client::LocalObject> listings = m_engine->store().searchListings({});
    const client::LocalObject* best = nullptr;
    for (const client::LocalObject& listing : listings) {
        if (!best || fullness(listing) > fullness(*best))
            best = &listing;
    }
    if (!best)
        return;
    m_window->showPage(QStringLiteral("explore")); // where a guest opens it from
    Q_EMIT m_context->listingRequested(best->id);
}

void Application::grabNextPage()
{
    if (m_shotKeys.isEmpty()) {
        qCInfo(lcApp) << "screenshots: saved every page in" << m_shotDir;
        QCoreApplication::exit(0);
        return;
    }
    const QString key = m_shotKeys.takeFirst();
    if (key == kListingShot)
        showBestReviewedListing();
    else
        m_window->showPage(key);
    // A moment for the view to reload and lay out (and photos to arrive) before the grab.
    QTimer::singleShot(500, this, [this, key] {
        const QString file = QDir(m_shotDir).filePath(key + QStringLiteral(".png"));
        if (!m_window->grab().save(file))
            qCWarning(lcApp) << "screenshots: cannot write" << file;
        grabNextPage();
    });
}

} // namespace roost::app
