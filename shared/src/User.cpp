// SPDX-License-Identifier: Apache-2.0
#include "roost/User.h"

#include "roost/Date.h"
#include "roost/Error.h"
#include "roost/Id.h"
#include "roost/JsonReader.h"
#include "roost/Text.h"

#include <algorithm>

namespace roost {

namespace {

const QString kEmail = QStringLiteral("email");
const QString kPassword = QStringLiteral("password");
const QString kDisplayName = QStringLiteral("display_name");
const QString kBio = QStringLiteral("bio");
const QString kPhone = QStringLiteral("phone");
const QString kNewPassword = QStringLiteral("new_password");
const QString kCurrentPassword = QStringLiteral("current_password");

std::optional<QString> readDisplayName(JsonReader& reader, Presence presence)
{
    auto name = reader.trimmedString(kDisplayName, presence, 1, UserLimits::kMaxDisplayNameLength);
    if (name && hasControlCharacters(*name)) {
        reader.fail(kDisplayName, QStringLiteral("must not contain control characters"));
        return std::nullopt;
    }
    return name;
}

// Passwords are taken exactly as typed: no trimming, any characters.
std::optional<QString> readNewPassword(JsonReader& reader, const QString& key, Presence presence)
{
    auto password = reader.string(key, presence);
    if (!password)
        return std::nullopt;
    const qsizetype length = characterCount(*password);
    if (length < UserLimits::kMinPasswordLength) {
        reader.fail(key, QStringLiteral("must be at least %1 characters").arg(UserLimits::kMinPasswordLength));
        return std::nullopt;
    }
    if (length > UserLimits::kMaxPasswordLength) {
        reader.fail(key, lengthReason(0, UserLimits::kMaxPasswordLength));
        return std::nullopt;
    }
    return password;
}

bool isPhoneCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || u == u' ' || u == u'+' || u == u'-' || u == u'(' || u == u')';
}

// A non-empty string, as sent; used where the value is only compared, never stored.
std::optional<QString> readNonEmpty(JsonReader& reader, const QString& key, qsizetype maxLength)
{
    auto text = reader.string(key, Presence::Required, maxLength);
    if (text && text->isEmpty()) {
        reader.fail(key, QStringLiteral("is required"));
        return std::nullopt;
    }
    return text;
}

} // namespace

QJsonObject userToJson(const User& user)
{
    return QJsonObject{
        {QStringLiteral("id"), idToString(user.id)},
        {QStringLiteral("email"), user.email},
        {QStringLiteral("display_name"), user.displayName},
        {QStringLiteral("bio"), user.bio},
        {QStringLiteral("phone"), user.phone},
        {QStringLiteral("is_host"), user.isHost},
        {QStringLiteral("is_admin"), user.isAdmin},
        {QStringLiteral("created_at"), timestampToJson(user.createdAt)},
        {QStringLiteral("version"), user.version},
    };
}

QJsonObject publicProfileToJson(const User& user, std::optional<double> hostRating, int reviewCount)
{
    return QJsonObject{
        {QStringLiteral("id"), idToString(user.id)},
        {QStringLiteral("display_name"), user.displayName},
        {QStringLiteral("bio"), user.bio},
        {QStringLiteral("joined_at"), timestampToJson(user.createdAt)},
        {QStringLiteral("is_host"), user.isHost},
        {QStringLiteral("host_rating"), hostRating ? QJsonValue(*hostRating) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("review_count"), reviewCount},
    };
}

Registration parseRegistration(const QJsonObject& body)
{
    FieldErrors errors;
    JsonReader reader(body, errors);
    std::optional<Email> email;
    if (const auto text = reader.string(kEmail, Presence::Required)) {
        email = Email::parse(*text);
        if (!email)
            reader.fail(kEmail, QStringLiteral("must be a valid email address"));
    }
    const auto password = readNewPassword(reader, kPassword, Presence::Required);
    const auto displayName = readDisplayName(reader, Presence::Required);
    if (!errors.isEmpty())
        throw Error::validation(errors);
    return Registration{*email, *password, *displayName};
}

ProfileChanges parseProfileChanges(const QJsonObject& body)
{
    FieldErrors errors;
    JsonReader reader(body, errors);
    ProfileChanges changes;
    changes.displayName = readDisplayName(reader, Presence::Optional);
    changes.bio = reader.string(kBio, Presence::Optional, UserLimits::kMaxBioLength);
    if (changes.bio && hasControlCharacters(*changes.bio, true))
        reader.fail(kBio, QStringLiteral("must not contain control characters"));
    if (const auto phone = reader.trimmedString(kPhone, Presence::Optional, 0, UserLimits::kMaxPhoneLength)) {
        if (std::all_of(phone->cbegin(), phone->cend(), isPhoneCharacter))
            changes.phone = phone;
        else
            reader.fail(kPhone, QStringLiteral("may contain only digits, spaces and + - ( )"));
    }
    changes.newPassword = readNewPassword(reader, kNewPassword, Presence::Optional);
    if (reader.has(kNewPassword)) {
        changes.currentPassword = reader.string(kCurrentPassword, Presence::Optional, UserLimits::kMaxPasswordLength);
        if (!reader.hasError(kCurrentPassword) && (!changes.currentPassword || changes.currentPassword->isEmpty()))
            reader.fail(kCurrentPassword, QStringLiteral("is required to change the password"));
    }
    if (!errors.isEmpty())
        throw Error::validation(errors);
    return changes;
}

void applyProfileChanges(User& user, const ProfileChanges& changes)
{
    if (changes.displayName)
        user.displayName = *changes.displayName;
    if (changes.bio)
        user.bio = *changes.bio;
    if (changes.phone)
        user.phone = *changes.phone;
}

Credentials parseCredentials(const QJsonObject& body)
{
    FieldErrors errors;
    JsonReader reader(body, errors);
    auto email = readNonEmpty(reader, kEmail, Email::kMaxLength);
    if (email) {
        *email = email->trimmed().toLower();
        if (email->isEmpty())
            reader.fail(kEmail, QStringLiteral("is required"));
    }
    const auto password = readNonEmpty(reader, kPassword, UserLimits::kMaxPasswordLength);
    if (!errors.isEmpty())
        throw Error::validation(errors);
    return Credentials{*email, *password};
}

} // namespace roost
