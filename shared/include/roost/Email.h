// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

namespace roost {

/// An email address in the normalised form used for storing and comparing (the API compares
/// emails case-insensitively, so the whole address is lower-cased).
class Email
{
public:
    /// Maximum lengths from RFC 5321 (path limit 256 minus the angle brackets; local part 64).
    static constexpr qsizetype kMaxLength = 254;
    static constexpr qsizetype kMaxLocalLength = 64;

    /// An empty address, for containers and aggregates; parse() is the only way to get a real one.
    Email() = default;

    /// Trims surrounding whitespace, then accepts `local@domain` where: the whole is at most 254
    /// characters, there is exactly one '@', the local part is 1–64 characters, the domain has a
    /// dot and no empty labels, and nothing is whitespace, a control character or one of
    /// `"(),:;<>[]\` (quoted local parts and address literals are not supported).
    static std::optional<Email> parse(const QString& text);

    const QString& value() const { return m_value; }
    bool isEmpty() const { return m_value.isEmpty(); }

    friend bool operator==(const Email& a, const Email& b) = default;

private:
    explicit Email(QString value) : m_value(std::move(value)) {}

    QString m_value;
};

} // namespace roost
