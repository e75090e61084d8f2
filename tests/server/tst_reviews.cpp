// SPDX-License-Identifier: Apache-2.0
// Reviews over HTTP: the window, double-blind publication, ratings, responses and permissions.
#include "ApiFixture.h"
#include "BookingApi.h"

#include <QDir>
#include <QTest>

using namespace roost::test;

class TestReviews : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    std::unique_ptr<BookingApi> m_bookings;
    TestUser m_host;
    int m_week = 0;

    struct Stay {
        TestUser guest;
        QString listingId;
        QString bookingId;
        QDate checkOut;
    };

    /// A confirmed, paid, completed stay on a fresh instant-book listing, weeks from now.
    Stay completedStay()
    {
        Stay s;
        s.guest = m_api.registerUser(QStringLiteral("Guest"));
        s.listingId = m_api.createListing(m_host, {{QStringLiteral("instant_book"), true}}).value(QStringLiteral("id")).toString();
        const QDate in = BookingApi::today().addDays(30 + 7 * m_week++);
        s.checkOut = in.addDays(3);
        const HttpReply booked = m_bookings->book(s.guest, s.listingId, in, s.checkOut, 2);
        s.bookingId = booked.json().value(QStringLiteral("id")).toString();
        m_bookings->pay(s.guest, s.bookingId);
        m_bookings->runDueJobs(BookingApi::midnight(s.checkOut.addDays(1)));
        return s;
    }

    HttpReply review(const TestUser& author, const Stay& s, const QJsonObject& body, const QDate& on)
    {
        return m_api.http().post(QStringLiteral("/api/v1/bookings/%1/reviews").arg(s.bookingId), body, author.accessToken,
                                 BookingApi::at(BookingApi::midnight(on).addSecs(3600)));
    }

    static QJsonObject stars(int rating, const QString& comment = QStringLiteral("Fine"))
    {
        return {{QStringLiteral("rating"), rating}, {QStringLiteral("comment"), comment}};
    }

    QJsonArray listingReviews(const QString& listingId)
    {
        return m_api.http().get(QStringLiteral("/api/v1/listings/%1/reviews").arg(listingId)).items();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_api.start());
        m_bookings = std::make_unique<BookingApi>(m_api.http());
        m_host = m_api.registerUser(QStringLiteral("Host"));
        QVERIFY(!m_host.id.isEmpty());
    }

    void stayIsCompletedByTheJobs()
    {
        const Stay s = completedStay();
        QCOMPARE(m_bookings->booking(s.guest, s.bookingId).value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    }

    void doubleBlindUntilBothHaveReviewed()
    {
        const Stay s = completedStay();
        const QDate day = s.checkOut.addDays(2);
        const HttpReply guestReview = review(s.guest, s,
                                             {{QStringLiteral("rating"), 4},
                                              {QStringLiteral("comment"), QStringLiteral("Lovely light")},
                                              {QStringLiteral("categories"), QJsonObject{{QStringLiteral("cleanliness"), 5}}}},
                                             day);
        QCOMPARE(guestReview.status, 201);
        const QJsonObject written = guestReview.json();
        QCOMPARE(written.value(QStringLiteral("published")).toBool(), false);
        QCOMPARE(written.value(QStringLiteral("categories")).toObject().value(QStringLiteral("cleanliness")).toInt(), 5);
        const QString reviewId = written.value(QStringLiteral("id")).toString();

        // Only its author sees it while the host has not written theirs.
        QVERIFY(listingReviews(s.listingId).isEmpty());
        QCOMPARE(m_api.http().get(QStringLiteral("/api/v1/reviews/") + reviewId).status, 404);
        QCOMPARE(m_api.http().get(QStringLiteral("/api/v1/reviews/") + reviewId, m_host.accessToken).status, 404);
        QCOMPARE(m_api.http().get(QStringLiteral("/api/v1/reviews/") + reviewId, s.guest.accessToken).status, 200);

        QCOMPARE(review(m_host, s, stars(5, QStringLiteral("Tidy guest")), day).status, 201);
        const QJsonArray published = listingReviews(s.listingId);
        QCOMPARE(published.size(), 1);
        QCOMPARE(published.first().toObject().value(QStringLiteral("id")).toString(), reviewId);
        QCOMPARE(m_api.http().get(QStringLiteral("/api/v1/reviews/") + reviewId).status, 200);

        // The listing's rating counts the published stay review only, not the host's of the guest.
        const QJsonObject listing = m_api.http().get(QStringLiteral("/api/v1/listings/") + s.listingId).json();
        QCOMPARE(listing.value(QStringLiteral("rating_count")).toInt(), 1);
        QCOMPARE(listing.value(QStringLiteral("rating_avg")).toDouble(), 4.0);
        // The host's review of the guest is listed about the guest.
        const QJsonArray aboutGuest = m_api.http().get(QStringLiteral("/api/v1/users/%1/reviews").arg(s.guest.id)).items();
        QCOMPARE(aboutGuest.size(), 1);
        QCOMPARE(aboutGuest.first().toObject().value(QStringLiteral("rating")).toInt(), 5);
        // The host's public profile reflects the published rating.
        const QJsonObject profile = m_api.http().get(QStringLiteral("/api/v1/users/") + m_host.id).json();
        QVERIFY(profile.value(QStringLiteral("review_count")).toInt() >= 1);
    }

    void publishedWhenTheWindowCloses()
    {
        const Stay s = completedStay();
        QCOMPARE(review(s.guest, s, stars(2), s.checkOut.addDays(3)).status, 201);
        QVERIFY(listingReviews(s.listingId).isEmpty());
        // The window closes at 00:00 UTC of check_out + 15 days; the publication job runs then.
        QVERIFY(m_bookings->runDueJobs(BookingApi::midnight(s.checkOut.addDays(15))) >= 1);
        QCOMPARE(listingReviews(s.listingId).size(), 1);
    }

    void windowAndState()
    {
        const Stay s = completedStay();
        // Before completion (the day of check-out) and after the window: invalid_state.
        HttpReply early = review(s.guest, s, stars(4), s.checkOut.addDays(-1));
        QCOMPARE(early.status, 409);
        QCOMPARE(early.errorCode(), QStringLiteral("invalid_state"));
        const HttpReply late = review(s.guest, s, stars(4), s.checkOut.addDays(16));
        QCOMPARE(late.status, 409);
        QCOMPARE(late.errorCode(), QStringLiteral("invalid_state"));
        // The last day of the window is still open.
        QCOMPARE(review(s.guest, s, stars(4), s.checkOut.addDays(14)).status, 201);
    }

    void oneReviewPerAuthor()
    {
        const Stay s = completedStay();
        const QDate day = s.checkOut.addDays(1);
        QCOMPARE(review(s.guest, s, stars(5), day).status, 201);
        const HttpReply again = review(s.guest, s, stars(1), day);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), QStringLiteral("duplicate"));
    }

    void validation_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("rating 0") << stars(0) << "rating";
        QTest::newRow("rating 6") << stars(6) << "rating";
        QTest::newRow("rating text") << QJsonObject{{QStringLiteral("rating"), QStringLiteral("5")}, {QStringLiteral("comment"), QString()}} << "rating";
        QTest::newRow("rating 4.5") << QJsonObject{{QStringLiteral("rating"), 4.5}, {QStringLiteral("comment"), QString()}} << "rating";
        QTest::newRow("no comment") << QJsonObject{{QStringLiteral("rating"), 4}} << "comment";
        QTest::newRow("category 9") << QJsonObject{{QStringLiteral("rating"), 4}, {QStringLiteral("comment"), QString()},
                                                   {QStringLiteral("categories"), QJsonObject{{QStringLiteral("value"), 9}}}}
                                    << "categories.value";
    }

    void validation()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        static const Stay s = completedStay();
        const HttpReply reply = review(s.guest, s, body, s.checkOut.addDays(1));
        QCOMPARE(reply.status, 422);
        QVERIFY2(reply.errorFields().contains(field), reply.body.constData());
    }

    void strangersCannotReview()
    {
        const Stay s = completedStay();
        const TestUser stranger = m_api.registerUser(QStringLiteral("Stranger"));
        const HttpReply reply = review(stranger, s, stars(1), s.checkOut.addDays(1));
        QCOMPARE(reply.status, 404);
        QCOMPARE(m_api.http().post(QStringLiteral("/api/v1/bookings/%1/reviews").arg(s.bookingId), stars(3)).status, 401);
    }

    void hostRespondsOnce()
    {
        const Stay s = completedStay();
        const QDate day = s.checkOut.addDays(1);
        const QString reviewId = review(s.guest, s, stars(3), day).json().value(QStringLiteral("id")).toString();
        QCOMPARE(review(m_host, s, stars(4), day).status, 201); // publishes both
        const QString path = QStringLiteral("/api/v1/reviews/%1/response").arg(reviewId);
        const QJsonObject text{{QStringLiteral("text"), QStringLiteral("Thank you for staying!")}};
        QCOMPARE(m_api.http().post(path, text, s.guest.accessToken).status, 403);
        const HttpReply answered = m_api.http().post(path, text, m_host.accessToken);
        QCOMPARE(answered.status, 200);
        QCOMPARE(answered.json().value(QStringLiteral("response")).toString(), QStringLiteral("Thank you for staying!"));
        const HttpReply twice = m_api.http().post(path, text, m_host.accessToken);
        QCOMPARE(twice.status, 409);
        QCOMPARE(twice.errorCode(), QStringLiteral("duplicate"));
    }

    void notificationsReachTheOutbox()
    {
        // Without SMTP the mails of the journeys above are .eml files in the data directory.
        QDir outbox(m_api.server().dataDir() + QStringLiteral("/outbox"));
        QTRY_VERIFY_WITH_TIMEOUT(outbox.entryList({QStringLiteral("*.eml")}, QDir::Files).size() >= 4, 10'000);
        bool receipt = false, reminder = false;
        for (const QString& name : outbox.entryList({QStringLiteral("*.eml")}, QDir::Files)) {
            QFile f(outbox.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray mail = f.readAll();
            QVERIFY(!mail.contains("4242424242424242"));
            const QByteArray subject = QByteArray::fromBase64(mail.mid(mail.indexOf("=?UTF-8?B?") + 10).split('?').first());
            receipt = receipt || subject.startsWith("Receipt for your stay");
            reminder = reminder || subject.startsWith("How was the stay");
        }
        QVERIFY(receipt);
        QVERIFY(reminder);
    }
};

QTEST_GUILESS_MAIN(TestReviews)
#include "tst_reviews.moc"
