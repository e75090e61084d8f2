// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace roost::server {

/// SHA-256 of a JSON body in canonical form: QJsonObject keeps keys sorted and QJsonDocument
/// prints numbers one way, so the same content always hashes the same, however it was spaced or
/// ordered on the wire. Recognises a re-sent create or a replayed payment.
inline QByteArray fingerprint(const QJsonObject& body, const QByteArray& salt = {})
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData(QJsonDocument(body).toJson(QJsonDocument::Compact));
    return hash.result();
}

} // namespace roost::server
