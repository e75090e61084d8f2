// SPDX-License-Identifier: Apache-2.0
#include "roost/Date.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace roost {

namespace {

// Reads a run of ASCII digits (QChar::isDigit would also accept Arabic-Indic and other digits).
std::optional<int> asciiNumber(QStringView digits)
{
    int value = 0;
    for (const QChar c : digits) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

std::optional<QDate> dateFromParts(QStringView year, QStringView month, QStringView day)
{
    const auto y = asciiNumber(year);
    const auto m = asciiNumber(month);
    const auto d = asciiNumber(day);
    if (!y || !m || !d || *y < kMinYear || *y > kMaxYear)
        return std::nullopt;
    const QDate date(*y, *m, *d);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

std::optional<QDate> parseDate(const QString& text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    const QStringView view(text);
    return dateFromParts(view.sliced(0, 4), view.sliced(5, 2), view.sliced(8, 2));
}

QString dateToString(const QDate& date)
{
    if (!date.isValid())
        return {};
    return QString::asprintf("%04d-%02d-%02d", date.year(), date.month(), date.day());
}

QDateTime startOfDayUtc(const QDate& date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC);
}

std::optional<QDateTime> parseTimestamp(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.([0-9]{1,9}))?"
        "(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const auto date = dateFromParts(match.capturedView(1), match.capturedView(2), match.capturedView(3));
    if (!date)
        return std::nullopt;

    const int hour = *asciiNumber(match.capturedView(4));
    const int minute = *asciiNumber(match.capturedView(5));
    const int second = *asciiNumber(match.capturedView(6));
    int millisecond = 0;
    if (match.hasCaptured(7)) {
        const QString fraction = QString(match.captured(7) + QStringLiteral("00")).left(3);
        millisecond = *asciiNumber(fraction);
    }
    const QTime time(hour, minute, second, millisecond);
    if (!time.isValid())
        return std::nullopt;

    int offsetSeconds = 0;
    if (match.hasCaptured(8)) {
        const int offsetHours = *asciiNumber(match.capturedView(9));
        const int offsetMinutes = *asciiNumber(match.capturedView(10));
        if (offsetHours > 23 || offsetMinutes > 59)
            return std::nullopt;
        offsetSeconds = (offsetHours * 60 + offsetMinutes) * 60;
        if (match.capturedView(8) == u'-')
            offsetSeconds = -offsetSeconds;
    }
    // Local time minus its offset is UTC.
    return QDateTime(*date, time, Qt::UTC).addSecs(-offsetSeconds);
}

QString timestampToString(const QDateTime& timestamp)
{
    if (!timestamp.isValid())
        return {};
    const QDateTime utc = timestamp.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    if (date.year() < 0 || date.year() > 9999) {
        return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(), date.month(), date.day(),
                                 time.hour(), time.minute(), time.second(), time.msec());
    }
    // Digit by digit: asprintf was a tenth of the work of writing a sync page of listings.
    char text[] = "0000-00-00T00:00:00.000Z";
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, date.year(), 4);
    put(5, date.month(), 2);
    put(8, date.day(), 2);
    put(11, time.hour(), 2);
    put(14, time.minute(), 2);
    put(17, time.second(), 2);
    put(20, time.msec(), 3);
    return QString::fromLatin1(text, int(sizeof(text)) - 1);
}

QJsonValue timestampToJson(const QDateTime& timestamp)
{
    if (!timestamp.isValid())
        return QJsonValue(QJsonValue::Null);
    return timestampToString(timestamp);
}

} // namespace roost
