// SPDX-License-Identifier: Apache-2.0
#include "observe/Logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <atomic>
#include <cstdio>
#include <mutex>

namespace roost::server {
namespace {

std::atomic<LogFormat> g_format{LogFormat::Text};
thread_local QByteArray t_requestId;

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "error";
    case QtFatalMsg: return "fatal";
    }
    return "info";
}

QString timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

void writeLine(const QByteArray& line)
{
    // One write per line, serialised, so lines from different threads never interleave.
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

void write(const char* level, const char* logger, QJsonObject fields)
{
    if (g_format.load(std::memory_order_relaxed) == LogFormat::Json) {
        fields.insert(QStringLiteral("time"), timestamp());
        fields.insert(QStringLiteral("level"), QLatin1String(level));
        fields.insert(QStringLiteral("logger"), QLatin1String(logger ? logger : "default"));
        if (!t_requestId.isEmpty() && !fields.contains(QStringLiteral("request_id")))
            fields.insert(QStringLiteral("request_id"), QString::fromLatin1(t_requestId));
        writeLine(QJsonDocument(fields).toJson(QJsonDocument::Compact));
        return;
    }
    QByteArray line = timestamp().toUtf8() + ' ' + level + ' ' + (logger ? logger : "default");
    if (!t_requestId.isEmpty())
        line += " [" + t_requestId + ']';
    const QString message = fields.take(QStringLiteral("message")).toString();
    if (!message.isEmpty())
        line += ' ' + message.toUtf8();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        line += ' ' + it.key().toUtf8() + '=' + it.value().toVariant().toString().toUtf8();
    writeLine(line);
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    write(levelName(type), context.category, {{QStringLiteral("message"), message}});
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void installLogHandler(LogFormat format)
{
    g_format.store(format);
    qInstallMessageHandler(handler);
}

void logEvent(const char* logger, const QJsonObject& fields)
{
    write("info", logger, fields);
}

RequestLogScope::RequestLogScope(const QByteArray& requestId)
{
    t_requestId = requestId;
}

RequestLogScope::~RequestLogScope()
{
    t_requestId.clear();
}

QByteArray requestIdFrom(const QByteArray& header)
{
    const auto sane = [](const QByteArray& id) {
        if (id.isEmpty() || id.size() > 64)
            return false;
        for (const char c : id) {
            const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
                            || c == '_' || c == ':' || c == '-';
            if (!ok)
                return false;
        }
        return true;
    };
    if (sane(header))
        return header;
    quint64 bits[2];
    QRandomGenerator::global()->fillRange(bits);
    return QByteArray::number(bits[0], 16).rightJustified(16, '0') + QByteArray::number(bits[1], 16).rightJustified(16, '0');
}

} // namespace roost::server
