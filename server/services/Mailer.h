// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace roost::server {

struct Config;

/// One notification e-mail.
struct MailMessage {
    QString to;
    QString subject;
    QString body; ///< plain text
};

/// Sends notification e-mail: over SMTP (libcurl) when configured, otherwise as `.eml` files in
/// `<data_dir>/outbox`, where a developer or a pickup agent can read them. Throws
/// std::runtime_error on failure, so the job that sends retries with backoff.
class Mailer
{
public:
    explicit Mailer(const Config& config);
    void send(const MailMessage& message) const;

    /// The RFC 5322 text of a message (headers and body, CRLF line ends).
    QByteArray render(const MailMessage& message) const;

private:
    void writeToOutbox(const QByteArray& text) const;
    void sendSmtp(const MailMessage& message, const QByteArray& text) const;

    const Config& m_config;
};

} // namespace roost::server
