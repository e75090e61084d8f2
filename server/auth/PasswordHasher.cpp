// SPDX-License-Identifier: Apache-2.0
#include "auth/PasswordHasher.h"

#include <roost/Error.h>

#include <QList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace roost::server {
namespace {

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
// How long a login waits for a free hashing slot before answering 503.
constexpr int kSlotWaitMs = 3000;

class SlotGuard
{
public:
    explicit SlotGuard(QSemaphore& hashSlots) : m_slots(hashSlots)
    {
        if (!m_slots.tryAcquire(1, kSlotWaitMs))
            throw Error(ErrorCode::Unavailable, QStringLiteral("The server is busy; try again in a moment.")).retryAfter(1);
    }
    ~SlotGuard() { m_slots.release(); }
    SlotGuard(const SlotGuard&) = delete;
    SlotGuard& operator=(const SlotGuard&) = delete;

private:
    QSemaphore& m_slots;
};

QByteArray derive(const QString& password, const QByteArray& salt, const ScryptParams& p)
{
    const QByteArray pass = password.toUtf8();
    QByteArray out(kHashBytes, Qt::Uninitialized);
    // maxmem: scrypt needs 128·N·r bytes; allow that plus headroom, never more than 1 GiB.
    const quint64 maxmem = std::min<quint64>(quint64(1) << 30, 256ULL * p.n * p.r);
    if (EVP_PBE_scrypt(pass.constData(), size_t(pass.size()), reinterpret_cast<const unsigned char*>(salt.constData()),
                       size_t(salt.size()), p.n, p.r, p.p, maxmem, reinterpret_cast<unsigned char*>(out.data()),
                       size_t(out.size()))
        != 1)
        throw std::runtime_error("scrypt failed");
    return out;
}

} // namespace

PasswordHasher::PasswordHasher(ScryptParams params, QSemaphore& hashSlots) : m_params(params), m_slots(hashSlots) {}

QString PasswordHasher::hash(const QString& password) const
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), kSaltBytes) != 1)
        throw std::runtime_error("no randomness for a salt");
    const SlotGuard slot{m_slots};
    const QByteArray derived = derive(password, salt, m_params);
    return QStringLiteral("scrypt$%1$%2$%3$%4$%5")
        .arg(m_params.n)
        .arg(m_params.r)
        .arg(m_params.p)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derived.toBase64()));
}

bool PasswordHasher::verify(const QString& password, const QString& stored) const
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 6 || parts[0] != QLatin1String("scrypt"))
        return false;
    ScryptParams params;
    bool okN = false, okR = false, okP = false;
    params.n = parts[1].toULongLong(&okN);
    params.r = parts[2].toUInt(&okR);
    params.p = parts[3].toUInt(&okP);
    if (!okN || !okR || !okP)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[4].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[5].toLatin1());
    const SlotGuard slot{m_slots};
    const QByteArray actual = derive(password, salt, params);
    return actual.size() == expected.size() && CRYPTO_memcmp(actual.constData(), expected.constData(), size_t(actual.size())) == 0;
}

void PasswordHasher::verifyDummy(const QString& password) const
{
    const SlotGuard slot{m_slots};
    derive(password, QByteArray(kSaltBytes, '\0'), m_params);
}

} // namespace roost::server
