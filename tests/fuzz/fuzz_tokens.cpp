// SPDX-License-Identifier: Apache-2.0
// Access tokens as clients send them: any bytes after `Bearer `. A token not signed with the
// key must never verify, and nothing may crash on the way to saying so.
#include "auth/TokenSigner.h"

#include <QDateTime>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const roost::server::TokenSigner signer(QByteArray(48, 'k'));
    const QByteArray token(reinterpret_cast<const char*>(data), qsizetype(size));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'795'000'000, Qt::UTC);
    const auto verified = signer.verify(token, now);
    // Forging an HMAC-SHA256 by mutation would mean the check is broken: stop right here.
    if (verified.user)
        std::abort();
    return 0;
}
