// SPDX-License-Identifier: Apache-2.0
#include "roost/JsonReader.h"

#include "roost/Date.h"
#include "roost/Id.h"
#include "roost/Text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringView>

#include <cmath>

namespace roost {

namespace {

// Why a string may not be stored, or empty when it may.
QString textProblem(const QString& text)
{
    if (text.contains(QChar(u'\0')))
        return QStringLiteral("must not contain NUL characters");
    if (!QStringView(text).isValidUtf16())
        return QStringLiteral("must be valid Unicode text");
    return {};
}

QString formatNumber(double value)
{
    return QString::number(value, 'g', 17);
}

} // namespace

JsonReader::JsonReader(QJsonObject object, FieldErrors& errors) : m_object(std::move(object)), m_errors(errors)
{
}

bool JsonReader::has(const QString& key) const
{
    const auto it = m_object.constFind(key);
    return it != m_object.constEnd() && !it.value().isNull() && !it.value().isUndefined();
}

void JsonReader::fail(const QString& key, const QString& reason)
{
    if (!m_errors.contains(key))
        m_errors.insert(key, reason);
}

std::optional<QJsonValue> JsonReader::value(const QString& key, Presence presence)
{
    if (!has(key)) {
        if (presence == Presence::Required)
            fail(key, QStringLiteral("is required"));
        return std::nullopt;
    }
    return m_object.value(key);
}

std::optional<QString> JsonReader::string(const QString& key, Presence presence, qsizetype maxLength)
{
    const auto v = value(key, presence);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        fail(key, QStringLiteral("must be a string"));
        return std::nullopt;
    }
    QString text = v->toString();
    if (const QString problem = textProblem(text); !problem.isEmpty()) {
        fail(key, problem);
        return std::nullopt;
    }
    if (maxLength != kNoLimit && characterCount(text) > maxLength) {
        fail(key, lengthReason(0, maxLength));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> JsonReader::trimmedString(const QString& key, Presence presence, qsizetype minLength,
                                                 qsizetype maxLength)
{
    auto text = string(key, presence);
    if (!text)
        return std::nullopt;
    QString trimmed = text->trimmed();
    const qsizetype length = characterCount(trimmed);
    if (length < minLength || (maxLength != kNoLimit && length > maxLength)) {
        fail(key, lengthReason(minLength, maxLength));
        return std::nullopt;
    }
    return trimmed;
}

std::optional<qint64> JsonReader::integer(const QString& key, Presence presence, qint64 min, qint64 max)
{
    const auto v = value(key, presence);
    if (!v)
        return std::nullopt;
    // Qt keeps integer literals as qint64 and everything else as double; both report isDouble().
    const double asDouble = v->toDouble();
    const qint64 asInteger = v->toInteger(std::numeric_limits<qint64>::min());
    const bool integral = v->isDouble() && std::isfinite(asDouble) && asDouble == std::trunc(asDouble)
        && std::fabs(asDouble) <= static_cast<double>(kMaxSafeInteger) && asInteger >= -kMaxSafeInteger
        && asInteger <= kMaxSafeInteger;
    if (!integral) {
        fail(key, QStringLiteral("must be an integer"));
        return std::nullopt;
    }
    if (asInteger < min || asInteger > max) {
        fail(key, integerRangeReason(min, max));
        return std::nullopt;
    }
    return asInteger;
}

std::optional<double> JsonReader::number(const QString& key, Presence presence, double min, double max)
{
    const auto v = value(key, presence);
    if (!v)
        return std::nullopt;
    if (!v->isDouble() || !std::isfinite(v->toDouble())) {
        fail(key, QStringLiteral("must be a number"));
        return std::nullopt;
    }
    const double number = v->toDouble();
    if (number < min || number > max) {
        fail(key, numberRangeReason(min, max));
        return std::nullopt;
    }
    return number;
}

std::optional<bool> JsonReader::boolean(const QString& key, Presence presence)
{
    const auto v = value(key, presence);
    if (!v)
        return std::nullopt;
    if (!v->isBool()) {
        fail(key, QStringLiteral("must be a boolean"));
        return std::nullopt;
    }
    return v->toBool();
}

std::optional<QStringList> JsonReader::stringList(const QString& key, Presence presence, qsizetype maxItems,
                                                  qsizetype maxItemLength)
{
    const auto v = value(key, presence);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        fail(key, QStringLiteral("must be an array of strings"));
        return std::nullopt;
    }
    const QJsonArray array = v->toArray();
    if (maxItems != kNoLimit && array.size() > maxItems) {
        fail(key, QStringLiteral("must have at most %1 items").arg(maxItems));
        return std::nullopt;
    }
    QStringList list;
    list.reserve(array.size());
    for (const QJsonValue item : array) {
        if (!item.isString()) {
            fail(key, QStringLiteral("must be an array of strings"));
            return std::nullopt;
        }
        const QString text = item.toString();
        if (const QString problem = textProblem(text); !problem.isEmpty()) {
            fail(key, problem);
            return std::nullopt;
        }
        if (maxItemLength != kNoLimit && characterCount(text) > maxItemLength) {
            fail(key, QStringLiteral("items must be at most %1 characters").arg(maxItemLength));
            return std::nullopt;
        }
        list.append(text);
    }
    return list;
}

std::optional<QJsonObject> JsonReader::object(const QString& key, Presence presence)
{
    const auto v = value(key, presence);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        fail(key, QStringLiteral("must be an object"));
        return std::nullopt;
    }
    return v->toObject();
}

std::optional<QUuid> JsonReader::id(const QString& key, Presence presence)
{
    const auto text = string(key, presence);
    if (!text)
        return std::nullopt;
    const auto parsed = parseId(*text);
    if (!parsed)
        fail(key, QStringLiteral("must be a UUID"));
    return parsed;
}

std::optional<QDate> JsonReader::date(const QString& key, Presence presence)
{
    const auto text = string(key, presence);
    if (!text)
        return std::nullopt;
    const auto parsed = parseDate(*text);
    if (!parsed)
        fail(key, QStringLiteral("must be a date in YYYY-MM-DD form"));
    return parsed;
}

std::optional<QDateTime> JsonReader::timestamp(const QString& key, Presence presence)
{
    const auto text = string(key, presence);
    if (!text)
        return std::nullopt;
    const auto parsed = parseTimestamp(*text);
    if (!parsed)
        fail(key, QStringLiteral("must be an RFC 3339 timestamp"));
    return parsed;
}

QString lengthReason(qsizetype min, qsizetype max)
{
    if (max == JsonReader::kNoLimit)
        return QStringLiteral("must be at least %1 characters").arg(min);
    if (min <= 0)
        return QStringLiteral("must be at most %1 characters").arg(max);
    return QStringLiteral("must be between %1 and %2 characters").arg(min).arg(max);
}

QString integerRangeReason(qint64 min, qint64 max)
{
    if (max >= kMaxSafeInteger)
        return QStringLiteral("must be at least %1").arg(min);
    if (min <= -kMaxSafeInteger)
        return QStringLiteral("must be at most %1").arg(max);
    return QStringLiteral("must be between %1 and %2").arg(min).arg(max);
}

QString numberRangeReason(double min, double max)
{
    if (max >= std::numeric_limits<double>::max())
        return QStringLiteral("must be at least ") + formatNumber(min);
    if (min <= std::numeric_limits<double>::lowest())
        return QStringLiteral("must be at most ") + formatNumber(max);
    return QStringLiteral("must be between %1 and %2").arg(formatNumber(min), formatNumber(max));
}

void mergeFieldErrors(FieldErrors& into, const FieldErrors& more)
{
    for (auto it = more.cbegin(); it != more.cend(); ++it) {
        if (!into.contains(it.key()))
            into.insert(it.key(), it.value());
    }
}

bool isValidUtf8(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        int continuation = 0;
        unsigned char low = 0x80; // allowed range of the first continuation byte
        unsigned char high = 0xbf;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if (lead >= 0xc2 && lead <= 0xdf) {
            continuation = 1;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            continuation = 2;
            if (lead == 0xe0)
                low = 0xa0; // overlong below U+0800
            else if (lead == 0xed)
                high = 0x9f; // UTF-16 surrogates U+D800–DFFF
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            continuation = 3;
            if (lead == 0xf0)
                low = 0x90; // overlong below U+10000
            else if (lead == 0xf4)
                high = 0x8f; // above U+10FFFF
        } else {
            return false; // 0x80–0xc1 (continuation or overlong lead) and 0xf5–0xff
        }
        if (i + continuation >= size)
            return false; // truncated sequence
        for (int k = 1; k <= continuation; ++k) {
            const auto byte = static_cast<unsigned char>(bytes[i + k]);
            const unsigned char lo = k == 1 ? low : 0x80;
            const unsigned char hi = k == 1 ? high : 0xbf;
            if (byte < lo || byte > hi)
                return false;
        }
        i += continuation + 1;
    }
    return true;
}

std::optional<QJsonObject> parseJsonObject(const QByteArray& body)
{
    if (body.trimmed().isEmpty())
        return std::nullopt;
    if (!isValidUtf8(body))
        throw Error(ErrorCode::MalformedJson, QStringLiteral("The body is not valid UTF-8."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw Error(ErrorCode::MalformedJson, QStringLiteral("The body is not valid JSON (%1 at offset %2).")
                                                  .arg(parseError.errorString())
                                                  .arg(parseError.offset));
    if (!document.isObject())
        throw Error(ErrorCode::MalformedJson, QStringLiteral("The body must be a JSON object."));
    return document.object();
}

QJsonObject requireJsonObject(const QByteArray& body)
{
    auto object = parseJsonObject(body);
    if (!object)
        throw Error(ErrorCode::MalformedJson, QStringLiteral("A JSON object body is required."));
    return *object;
}

} // namespace roost
