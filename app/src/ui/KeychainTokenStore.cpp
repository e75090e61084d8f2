// SPDX-License-Identifier: Apache-2.0
#include "ui/KeychainTokenStore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTimer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcTokens, "roost.app.tokens")

namespace roost::app {
namespace {

const QString kKey = QStringLiteral("refresh_token");
// A keyring that has not answered by then is as good as none: the app must still start.
constexpr int kKeychainTimeoutMs = 5000;

} // namespace

KeychainTokenStore::KeychainTokenStore(QString service, QString fallbackPath, Backend backend, QObject* parent)
    : QObject(parent), m_service(std::move(service)), m_fallbackPath(std::move(fallbackPath)), m_backend(backend)
{
}

bool KeychainTokenStore::load()
{
    QByteArray token;
    if (m_backend == Backend::KeychainOrFile) {
        // On the heap and deleting itself: a keyring that answers after the timeout must not
        // find its job gone.
        auto* job = new QKeychain::ReadPasswordJob(m_service);
        job->setAutoDelete(true);
        job->setKey(kKey);
        QEventLoop loop;
        bool answered = false;
        QKeychain::Error error = QKeychain::NoError;
        QString errorText;
        QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
        // `loop` as the context: once this function returns, a late answer reaches nothing here.
        connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job*) {
            answered = true;
            error = job->error();
            errorText = job->errorString();
            token = job->binaryData();
            loop.quit();
        });
        job->start();
        loop.exec();
        if (!answered) {
            qCInfo(lcTokens) << "the keyring did not answer; using" << m_fallbackPath;
        } else if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
            m_keychainWorks = true;
        } else {
            token.clear();
            qCInfo(lcTokens) << "no keyring (" << errorText << "); using" << m_fallbackPath;
        }
    }
    // A session saved while the keyring was away is still the user's.
    if (token.isEmpty())
        token = readFile();
    QMutexLocker lock(&m_mutex);
    m_token = token;
    return !m_token.isEmpty();
}

QByteArray KeychainTokenStore::refreshToken() const
{
    QMutexLocker lock(&m_mutex);
    return m_token;
}

void KeychainTokenStore::setRefreshToken(const QByteArray& token)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_token == token)
            return;
        m_token = token;
        m_dirty = true;
    }
    // Called on the sync thread: keyring jobs and file writes happen on ours.
    QMetaObject::invokeMethod(this, &KeychainTokenStore::persist, Qt::QueuedConnection);
}

KeychainTokenStore::~KeychainTokenStore()
{
    flush();
}

void KeychainTokenStore::flush()
{
    bool dirty = false;
    {
        QMutexLocker lock(&m_mutex);
        dirty = m_dirty;
    }
    if (dirty)
        persist();
    // The server has already forgotten the previous token: the newest one must reach the
    // keyring before the app goes, or the next start presents a revoked token.
    QEventLoop loop;
    bool timedOut = false;
    connect(this, &KeychainTokenStore::saved, &loop, &QEventLoop::quit);
    QTimer::singleShot(kKeychainTimeoutMs, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    while (m_jobsInFlight > 0 && !timedOut)
        loop.exec();
}

void KeychainTokenStore::persist()
{
    QByteArray token;
    {
        QMutexLocker lock(&m_mutex);
        token = m_token;
        m_dirty = false;
    }
    if (!m_keychainWorks) {
        if (writeFile(token))
            Q_EMIT saved();
        return;
    }
    QKeychain::Job* job = nullptr;
    if (token.isEmpty()) {
        job = new QKeychain::DeletePasswordJob(m_service, this);
    } else {
        auto* write = new QKeychain::WritePasswordJob(m_service, this);
        write->setBinaryData(token);
        job = write;
    }
    job->setKey(kKey);
    ++m_jobsInFlight;
    connect(job, &QKeychain::Job::finished, this, [this, token](QKeychain::Job* done) {
        --m_jobsInFlight;
        if (done->error() != QKeychain::NoError && done->error() != QKeychain::EntryNotFound) {
            qCWarning(lcTokens) << "the keyring refused the token (" << done->errorString() << "); using a file";
            m_keychainWorks = false;
            writeFile(token);
        } else {
            QFile::remove(m_fallbackPath); // the keyring has it now; no copy on disk
        }
        Q_EMIT saved();
    });
    job->start();
}

bool KeychainTokenStore::writeFile(const QByteArray& token) const
{
    if (token.isEmpty())
        return !QFile::exists(m_fallbackPath) || QFile::remove(m_fallbackPath);
    QDir().mkpath(QFileInfo(m_fallbackPath).absolutePath());
    QSaveFile file(m_fallbackPath);
    // The temporary file is private before the token is in it, and stays so after the rename.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(token) != token.size() || !file.commit()) {
        qCWarning(lcTokens) << "cannot save the session to" << m_fallbackPath << file.errorString();
        return false;
    }
    return true;
}

QByteArray KeychainTokenStore::readFile() const
{
    QFile file(m_fallbackPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().trimmed();
}

} // namespace roost::app
