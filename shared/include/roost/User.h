// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "roost/Email.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

namespace roost {

/// Limits of account fields.
namespace UserLimits {
constexpr int kMinPasswordLength = 10;    // the API's minimum
constexpr int kMaxPasswordLength = 1024;  // bounds the cost of hashing an attacker's input
constexpr int kMaxDisplayNameLength = 80; // fits a booking card or a review header
constexpr int kMaxBioLength = 2000;       // a few paragraphs
constexpr int kMaxPhoneLength = 32;       // E.164 is 15 digits; room for spaces and punctuation
} // namespace UserLimits

/// An account. The password hash lives with the credentials in the server, not here.
struct User
{
    QUuid id;
    QString email; ///< normalised (Email::value())
    QString displayName;
    QString bio;
    QString phone;
    bool isHost = false;
    bool isAdmin = false;
    QDateTime createdAt;
    qint64 version = 1;

    friend bool operator==(const User& a, const User& b) = default;
};

/// The full profile, for the user themself:
/// `{id, email, display_name, bio, phone, is_host, is_admin, created_at, version}`.
QJsonObject userToJson(const User& user);

/// What anyone may see: `{id, display_name, bio, joined_at, is_host, host_rating, review_count}`;
/// host_rating is null when the user has no published guest reviews. Never email or phone.
QJsonObject publicProfileToJson(const User& user, std::optional<double> hostRating, int reviewCount);

/// `POST /auth/register` input.
struct Registration
{
    Email email;
    QString password;
    QString displayName; ///< trimmed
};

/// Reads `{email, password, display_name}`; throws Error::validation naming every bad field.
Registration parseRegistration(const QJsonObject& body);

/// `PATCH /me` input; absent fields stay unchanged.
struct ProfileChanges
{
    std::optional<QString> displayName; ///< trimmed
    std::optional<QString> bio;
    std::optional<QString> phone;
    std::optional<QString> newPassword;
    std::optional<QString> currentPassword;
};

/// Reads `{display_name?, bio?, phone?, new_password? + current_password}`; throws
/// Error::validation naming every bad field. Checking current_password against the stored hash
/// is the server's job.
ProfileChanges parseProfileChanges(const QJsonObject& body);

/// Copies display name, bio and phone into the user. Passwords are left to the server; so is
/// bumping `version`.
void applyProfileChanges(User& user, const ProfileChanges& changes);

/// `POST /auth/login` input.
struct Credentials
{
    QString email; ///< trimmed and lower-cased, otherwise as sent
    QString password;
};

/// Reads `{email, password}`: both required non-empty strings (email ≤ 254 characters, password
/// ≤ kMaxPasswordLength). The email is not checked further: an unknown address is simply
/// invalid_credentials. Throws Error::validation.
Credentials parseCredentials(const QJsonObject& body);

} // namespace roost
