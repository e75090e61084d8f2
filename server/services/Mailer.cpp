// SPDX-License-Identifier: Apache-2.0
#include "services/Mailer.h"

#include "config/Config.h"

#include <roost/Id.h>

#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QSaveFile>

#include <curl/curl.h>

#include <cstring>

namespace roost::server {
namespace {

// An SMTP server that does not answer within this is treated as down; the job retries later.
constexpr long kSmtpTimeoutSeconds = 30;

struct Upload {
    const QByteArray* data;
    qsizetype offset = 0;
};

size_t readChunk(char* buffer, size_t size, size_t count, void* user)
{
    auto* upload = static_cast<Upload*>(user);
    const size_t left = size_t(upload->data->size() - upload->offset);
    const size_t n = std::min(left, size * count);
    std::memcpy(buffer, upload->data->constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

/// Only the address of `Name <address>`.
QByteArray addressOf(const QString& mailbox)
{
    const qsizetype open = mailbox.indexOf(QLatin1Char('<'));
    const qsizetype close = mailbox.indexOf(QLatin1Char('>'));
    return (open >= 0 && close > open ? mailbox.mid(open + 1, close - open - 1) : mailbox).trimmed().toUtf8();
}

/// Header values must not carry line breaks (header injection).
QByteArray headerSafe(const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return v.toUtf8();
}

} // namespace

Mailer::Mailer(const Config& config) : m_config(config) {}

QByteArray Mailer::render(const MailMessage& m) const
{
    const QString date = QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss +0000"));
    QByteArray body = m.body.toUtf8();
    body.replace("\r\n", "\n").replace("\n", "\r\n");
    const QByteArray subject = "=?UTF-8?B?" + headerSafe(m.subject).toBase64() + "?=";
    return "From: " + headerSafe(m_config.mailFrom) + "\r\nTo: " + headerSafe(m.to) + "\r\nSubject: " + subject
           + "\r\nDate: " + date.toLatin1() + "\r\nMessage-ID: <" + idToString(newId()).toLatin1() + "@roost>\r\n"
           + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body
           + "\r\n";
}

void Mailer::send(const MailMessage& message) const
{
    const QByteArray text = render(message);
    if (m_config.smtpUrl.isEmpty())
        writeToOutbox(text);
    else
        sendSmtp(message, text);
}

void Mailer::writeToOutbox(const QByteArray& text) const
{
    const QString dir = m_config.dataDir + QStringLiteral("/outbox");
    if (!QDir().mkpath(dir))
        throw std::runtime_error("cannot create the outbox folder");
    const QString name = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz")) + QLatin1Char('-')
                         + idToString(newId()) + QStringLiteral(".eml");
    QSaveFile file(dir + QLatin1Char('/') + name);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        throw std::runtime_error("cannot write to the outbox folder");
}

void Mailer::sendSmtp(const MailMessage& message, const QByteArray& text) const
{
    CURL* curl = curl_easy_init();
    if (!curl)
        throw std::runtime_error("cannot start an SMTP session");
    const QByteArray url = m_config.smtpUrl.toUtf8();
    const QByteArray from = addressOf(m_config.mailFrom);
    const QByteArray to = addressOf(message.to);
    const QByteArray user = m_config.smtpUser.toUtf8();
    const QByteArray password = m_config.smtpPassword.toUtf8();
    curl_slist* recipients = curl_slist_append(nullptr, to.constData());
    Upload upload{&text};
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readChunk);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, kSmtpTimeoutSeconds);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    // Upgrade to TLS when the server offers it; smtps:// URLs are TLS from the start.
    curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_TRY));
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    const CURLcode result = curl_easy_perform(curl);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    if (result != CURLE_OK)
        throw std::runtime_error(std::string("SMTP: ") + curl_easy_strerror(result));
}

} // namespace roost::server
