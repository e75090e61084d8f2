// SPDX-License-Identifier: Apache-2.0
// `roost-server seed-demo` against a real database while a real server answers HTTP: the demo
// guest and host find trips, reservations, payments, payouts, reviews and photos, with figures
// that follow the API's rules, and a second run leaves everything as it was.
#include "ApiFixture.h"
#include "ServerCommand.h"

#include <QImage>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace roost::test;

namespace {
const QString kDemoGuest = QStringLiteral("guest@roost.example");
const QString kDemoGuestPassword = QStringLiteral("roost-demo-guest");
const QString kDemoHost = QStringLiteral("host@roost.example");
const QString kDemoHostPassword = QStringLiteral("roost-demo-host");
// Enough for the demo host's 12 listings and others to book; few, so the test stays quick.
const QString kListings = QStringLiteral("40");
const QString kReviewedStays = QStringLiteral("10");

qint64 money(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toInteger();
}
} // namespace

class TestSeedDemo : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    QByteArray m_guestToken;
    QByteArray m_hostToken;

    CommandResult seed()
    {
        // The server's own data directory: the photos must be where it serves them from.
        return runServerCommand({QStringLiteral("seed-demo"), QStringLiteral("--listings"), kListings,
                                 QStringLiteral("--reviews"), kReviewedStays},
                                m_api.databaseUrl(), m_api.server().dataDir());
    }

    QByteArray login(const QString& email, const QString& password)
    {
        const HttpReply r = m_api.http().post(QStringLiteral("/api/v1/auth/login"),
                                              {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
        return r.json().value(QStringLiteral("access_token")).toString().toLatin1();
    }

    QJsonArray bookings(const QByteArray& token, const QString& role)
    {
        return m_api.http().get(QStringLiteral("/api/v1/bookings?role=") + role, token).items();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_api.start({{QStringLiteral("ROOST_JOB_WORKERS"), QStringLiteral("0")}}));
        const CommandResult r = seed();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("and 10 more reviewed stays"), r.out.constData());
        m_guestToken = login(kDemoGuest, kDemoGuestPassword);
        m_hostToken = login(kDemoHost, kDemoHostPassword);
        QVERIFY(!m_guestToken.isEmpty());
        QVERIFY(!m_hostToken.isEmpty());
    }

    void demoGuestHasTripsInEveryState()
    {
        QMap<QString, int> states;
        const QJsonArray trips = bookings(m_guestToken, QStringLiteral("guest"));
        for (const QJsonValue& v : trips) {
            const QJsonObject b = v.toObject();
            const QString status = b.value(QStringLiteral("status")).toString();
            ++states[status];
            if (status == QLatin1String("cancelled"))
                QVERIFY(money(b, "refund_amount") > 0);
        }
        QCOMPARE(states.value(QStringLiteral("completed")), 2);
        QCOMPARE(states.value(QStringLiteral("confirmed")), 1);
        QCOMPARE(states.value(QStringLiteral("awaiting_host")), 1);
        QCOMPARE(states.value(QStringLiteral("cancelled")), 1);

        // Every trip was paid with the sandbox's test card, for exactly its total.
        const QJsonObject first = trips.first().toObject();
        const QJsonArray payments =
            m_api.http()
                .get(QStringLiteral("/api/v1/payments?booking_id=") + first.value(QStringLiteral("id")).toString(),
                     m_guestToken)
                .items();
        QCOMPARE(payments.size(), 1);
        const QJsonObject payment = payments.first().toObject();
        QCOMPARE(payment.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(payment.value(QStringLiteral("card_last4")).toString(), QStringLiteral("4242"));
        QCOMPARE(money(payment, "amount"), money(first.value(QStringLiteral("price")).toObject(), "total"));
    }

    void demoHostHasARequestAndPayoutsByTheRule()
    {
        QVERIFY(bookings(m_hostToken, QStringLiteral("host")).size() >= 10);
        QCOMPARE(bookings(m_hostToken, QStringLiteral("host&status=awaiting_host")).size(), 1);

        const QJsonArray payouts = m_api.http().get(QStringLiteral("/api/v1/hosts/me/payouts"), m_hostToken).items();
        QSet<QString> statuses;
        QSet<QString> months;
        for (const QJsonValue& v : payouts) {
            const QJsonObject p = v.toObject();
            statuses.insert(p.value(QStringLiteral("status")).toString());
            months.insert(p.value(QStringLiteral("release_at")).toString().left(7));
            const QJsonObject booking =
                m_api.http()
                    .get(QStringLiteral("/api/v1/bookings/") + p.value(QStringLiteral("booking_id")).toString(), m_hostToken)
                    .json();
            QVERIFY(!booking.isEmpty());
            const QJsonObject price = booking.value(QStringLiteral("price")).toObject();
            // API.md: base = nightly total − discount + cleaning fee; amount = base − 3 % (half up).
            const qint64 base = money(price, "nightly_total") - money(price, "discount") + money(price, "cleaning_fee");
            QCOMPARE(money(p, "amount"), base - (base * 3 + 50) / 100);
        }
        QVERIFY(statuses.contains(QStringLiteral("released")));
        QVERIFY(statuses.contains(QStringLiteral("scheduled")));
        QVERIFY2(months.size() >= 5, "earnings should span several months");
    }

    void listingsHavePhotosAndRatingsFromTheirReviews()
    {
        const QJsonArray listings = m_api.http().get(QStringLiteral("/api/v1/hosts/me/listings"), m_hostToken).items();
        QCOMPARE(listings.size(), 12);
        int reviewed = 0;
        for (const QJsonValue& v : listings) {
            const QJsonObject l = v.toObject();
            const QJsonArray photos = l.value(QStringLiteral("photos")).toArray();
            QVERIFY(!photos.isEmpty() && photos.size() <= 3);
            const int count = l.value(QStringLiteral("rating_count")).toInt();
            const QJsonArray reviews =
                m_api.http().get(QStringLiteral("/api/v1/listings/%1/reviews").arg(l.value(QStringLiteral("id")).toString())).items();
            QCOMPARE(int(reviews.size()), count);
            reviewed += count > 0;
        }
        QVERIFY(reviewed >= 3);

        const QJsonObject photo =
            listings.first().toObject().value(QStringLiteral("photos")).toArray().first().toObject();
        const HttpReply thumb = m_api.http().get(QStringLiteral("/api/v1/photos/%1/thumbnail")
                                                     .arg(photo.value(QStringLiteral("id")).toString()));
        QCOMPARE(thumb.status, 200);
        const QImage image = QImage::fromData(thumb.body);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() <= 400 && image.height() <= 300);
    }

    void reviewedStaysArePublicReviewsOfOtherHostsListings()
    {
        QSet<QString> hostListings;
        for (const QJsonValue& v : m_api.http().get(QStringLiteral("/api/v1/hosts/me/listings"), m_hostToken).items())
            hostListings.insert(v.toObject().value(QStringLiteral("id")).toString());
        // Everything the demo guest may see, in one page: the published stay reviews among it.
        const HttpReply pulled = m_api.http().get(QStringLiteral("/api/v1/sync/pull?limit=1000"), m_guestToken);
        QCOMPARE(pulled.status, 200);
        QVERIFY(!pulled.json().value(QStringLiteral("has_more")).toBool());
        QSet<QString> reviewedListings;
        for (const QJsonValue& v : pulled.json().value(QStringLiteral("changes")).toArray()) {
            const QJsonObject change = v.toObject();
            const QJsonObject data = change.value(QStringLiteral("data")).toObject();
            if (change.value(QStringLiteral("entity")).toString() != QLatin1String("review")
                || data.value(QStringLiteral("kind")).toString() != QLatin1String("stay"))
                continue;
            QVERIFY(data.value(QStringLiteral("published")).toBool());
            const QString listing = data.value(QStringLiteral("listing_id")).toString();
            if (!hostListings.contains(listing))
                reviewedListings.insert(listing);
        }
        // The demo's own stays review a few other listings too; the ten are on ten more.
        QVERIFY2(reviewedListings.size() >= 10, qPrintable(QString::number(reviewedListings.size())));
    }

    void secondSeedChangesNothing()
    {
        const int before = int(bookings(m_guestToken, QStringLiteral("guest")).size());
        const CommandResult r = seed();
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("nothing to do"), r.out.constData());
        QCOMPARE(int(bookings(m_guestToken, QStringLiteral("guest")).size()), before);
    }
};

QTEST_GUILESS_MAIN(TestSeedDemo)
#include "tst_seeddemo.moc"
