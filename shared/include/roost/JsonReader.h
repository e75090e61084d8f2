// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "roost/Error.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QUuid>

#include <limits>
#include <optional>

namespace roost {

/// Whether a field must be in the object. A JSON `null` counts as absent: an optional field set
/// to null is skipped (it does NOT clear anything; send "" to clear a text field) and a required
/// field set to null is "is required".
enum class Presence { Required, Optional };

/// The largest integer every JSON client reads exactly (JavaScript's Number.MAX_SAFE_INTEGER,
/// 2^53 − 1); larger "integers" may silently change value on the way through a double.
constexpr qint64 kMaxSafeInteger = (qint64{1} << 53) - 1;

/// The strict, no-coercion reader every codec uses. Each getter returns the value when it is
/// present and well-typed, and otherwise nullopt, recording `errors[key] = reason` for a type or
/// range problem (or a missing required field). Only the first problem of a key is kept. Unknown
/// keys are never looked at, hence ignored.
class JsonReader
{
public:
    static constexpr qsizetype kNoLimit = -1;

    JsonReader(QJsonObject object, FieldErrors& errors);

    /// Present and not null.
    bool has(const QString& key) const;
    bool hasError(const QString& key) const { return m_errors.contains(key); }
    /// Records a reason for `key` unless one is already recorded.
    void fail(const QString& key, const QString& reason);

    /// A string; rejects NUL characters and lone surrogates (PostgreSQL text cannot hold them).
    /// maxLength counts characters (code points).
    std::optional<QString> string(const QString& key, Presence presence = Presence::Optional,
                                  qsizetype maxLength = kNoLimit);
    /// string(), trimmed, then minLength ≤ characters ≤ maxLength.
    std::optional<QString> trimmedString(const QString& key, Presence presence, qsizetype minLength,
                                         qsizetype maxLength);
    /// An integral JSON number within [min, max] and ±kMaxSafeInteger. `1.0` is accepted; `"1"`,
    /// `true`, `1.5` and `1e300` are "must be an integer".
    std::optional<qint64> integer(const QString& key, Presence presence = Presence::Optional,
                                  qint64 min = -kMaxSafeInteger, qint64 max = kMaxSafeInteger);
    /// Any finite JSON number within [min, max].
    std::optional<double> number(const QString& key, Presence presence = Presence::Optional,
                                 double min = std::numeric_limits<double>::lowest(),
                                 double max = std::numeric_limits<double>::max());
    std::optional<bool> boolean(const QString& key, Presence presence = Presence::Optional);
    /// An array whose every element is a string (same text rules as string()).
    std::optional<QStringList> stringList(const QString& key, Presence presence = Presence::Optional,
                                          qsizetype maxItems = kNoLimit, qsizetype maxItemLength = kNoLimit);
    /// A nested object, for the caller to read with its own JsonReader.
    std::optional<QJsonObject> object(const QString& key, Presence presence = Presence::Optional);
    /// A string in parseId's form.
    std::optional<QUuid> id(const QString& key, Presence presence = Presence::Optional);
    /// A string in parseDate's form.
    std::optional<QDate> date(const QString& key, Presence presence = Presence::Optional);
    /// A string in parseTimestamp's form.
    std::optional<QDateTime> timestamp(const QString& key, Presence presence = Presence::Optional);

private:
    std::optional<QJsonValue> value(const QString& key, Presence presence);

    QJsonObject m_object;
    FieldErrors& m_errors;
};

/// "must be at most 80 characters" / "must be between 1 and 80 characters".
QString lengthReason(qsizetype min, qsizetype max);
/// "must be between 1 and 50" / "must be at least 1" / "must be at most 90".
QString integerRangeReason(qint64 min, qint64 max);
QString numberRangeReason(double min, double max);

/// Adds the reasons of `more` for keys that `into` does not have yet (the first reason wins).
void mergeFieldErrors(FieldErrors& into, const FieldErrors& more);

/// True when `bytes` is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
/// above U+10FFFF).
bool isValidUtf8(QByteArrayView bytes);

/// Parses a request body. An empty (or whitespace-only) body gives nullopt, so the caller decides
/// whether a body is required. Anything else must be valid UTF-8 holding one JSON object, or this
/// throws Error(ErrorCode::MalformedJson). QJsonDocument would silently replace invalid UTF-8,
/// so the bytes are checked first.
std::optional<QJsonObject> parseJsonObject(const QByteArray& body);

/// parseJsonObject for endpoints that need a body: an empty body is MalformedJson too.
QJsonObject requireJsonObject(const QByteArray& body);

} // namespace roost
