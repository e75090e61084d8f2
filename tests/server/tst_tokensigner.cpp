// SPDX-License-Identifier: Apache-2.0
#include "auth/TokenSigner.h"

#include <QTest>
#include <QUuid>

using namespace roost::server;

class TestTokenSigner : public QObject
{
    Q_OBJECT

private:
    const QByteArray m_key = QByteArrayLiteral("0123456789abcdef0123456789abcdef");
    const AuthUser m_who{QUuid::createUuid(), QUuid::createUuid()};
    const QDateTime m_now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

    static QByteArray b64(const QByteArray& data)
    {
        return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }

private slots:
    void roundTrip()
    {
        const TokenSigner signer(m_key);
        const QByteArray token = signer.issue(m_who, m_now);
        const auto v = signer.verify(token, m_now.addSecs(60));
        QVERIFY(v.user);
        QCOMPARE(v.user->userId, m_who.userId);
        QCOMPARE(v.user->sessionId, m_who.sessionId);
    }

    void expiresAfterFifteenMinutes()
    {
        const TokenSigner signer(m_key);
        const QByteArray token = signer.issue(m_who, m_now);
        QVERIFY(signer.verify(token, m_now.addSecs(TokenSigner::kAccessLifetimeSeconds - 1)).user);
        const auto late = signer.verify(token, m_now.addSecs(TokenSigner::kAccessLifetimeSeconds));
        QVERIFY(!late.user);
        QCOMPARE(late.failure, TokenSigner::Failure::Expired);
    }

    void rejectsTampering_data()
    {
        QTest::addColumn<QByteArray>("token");
        const TokenSigner signer(m_key);
        const QByteArray good = signer.issue(m_who, m_now);
        const QList<QByteArray> parts = good.split('.');

        QByteArray flipped = good;
        flipped[flipped.size() - 3] = flipped[flipped.size() - 3] == 'A' ? 'B' : 'A';
        QTest::newRow("signature changed") << flipped;
        QTest::newRow("alg none, no signature") << (b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + '.' + parts[1] + '.');
        QTest::newRow("alg HS512 header") << (b64("{\"alg\":\"HS512\",\"typ\":\"JWT\"}") + '.' + parts[1] + '.' + parts[2]);
        QTest::newRow("other key") << TokenSigner(QByteArrayLiteral("another-key-another-key-another-k")).issue(m_who, m_now);
        QTest::newRow("future iat") << signer.issue(m_who, m_now.addSecs(3600));
        QTest::newRow("two parts") << (parts[0] + '.' + parts[1]);
        QTest::newRow("garbage") << QByteArrayLiteral("not-a-token");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("payload swapped") << (parts[0] + '.' + b64("{\"sub\":\"x\",\"sid\":\"y\",\"iat\":1,\"exp\":9999999999}") + '.' + parts[2]);
    }

    void rejectsTampering()
    {
        QFETCH(QByteArray, token);
        const TokenSigner signer(m_key);
        const auto v = signer.verify(token, m_now);
        QVERIFY(!v.user);
        QCOMPARE(v.failure, TokenSigner::Failure::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestTokenSigner)
#include "tst_tokensigner.moc"
