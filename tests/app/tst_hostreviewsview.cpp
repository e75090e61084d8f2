// SPDX-License-Identifier: Apache-2.0
// The host's reviews against a real roost-server: a completed stay waits for the host's review
// of the guest, which the view writes; the guest's review (with categories) then shows, is
// answered once, and a second answer is refused by the server.
#include "HostViewFixture.h"
#include "host/HostReviewsView.h"
#include "host/ObjectTableModel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace roost;
using namespace roost::test;
using namespace roost::app;

class TestHostReviewsView : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_api.start()); }

    void reviewTheGuestThenRespondOnce()
    {
        const TestUser host = m_api.registerUser(QStringLiteral("Reviewing Host"));
        const TestUser guest = m_api.registerUser(QStringLiteral("Reviewed Guest"));
        const QString listingId = m_api.createListing(host, { { QStringLiteral("instant_book"), true } })
                                      .value(QStringLiteral("id"))
                                      .toString();
        BookingApi bookings(m_api.http());
        const QString bookingId = pastStay(bookings, guest, listingId, 3);
        QVERIFY(!bookingId.isEmpty());
        QCOMPARE(
            bookings.booking(guest, bookingId).value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        const QJsonObject guestReview { { QStringLiteral("rating"), 4 },
            { QStringLiteral("comment"), QStringLiteral("Lovely light") },
            { QStringLiteral("categories"),
                QJsonObject { { QStringLiteral("cleanliness"), 5 }, { QStringLiteral("value"), 3 } } } };
        const HttpReply reviewed = m_api.http().post(
            QStringLiteral("/api/v1/bookings/%1/reviews").arg(bookingId), guestReview, guest.accessToken);
        QCOMPARE(reviewed.status, 201);
        const QString reviewId = reviewed.json().value(QStringLiteral("id")).toString();

        HostApp app;
        QVERIFY(app.start(m_api.server().baseUrl(), m_dir.filePath(QStringLiteral("host.sqlite")), host));
        HostReviewsView view(*app.context);
        QAbstractItemModelTester reviewsTester(view.reviews(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester staysTester(view.stays(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.show();

        // Double-blind: the guest's review is hidden until the host reviews too.
        QCOMPARE(view.reviews()->rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(view.stays()->rowOf(bookingId) >= 0, kTimeout);
        view.selectStay(bookingId);
        child<QSpinBox>(&view, "guestRatingSpin")->setValue(5);
        QTest::keyClicks(child<QPlainTextEdit>(&view, "guestCommentEdit"), QStringLiteral("Tidy and kind"));
        QTest::mouseClick(child<QPushButton>(&view, "writeReviewButton"), Qt::LeftButton);
        QCOMPARE(view.stays()->rowOf(bookingId), -1);
        // The first sync sends the review; publishing the guest's one is the server's own change,
        // which a pull after it brings.
        QVERIFY(app.client.sync());
        QVERIFY(app.client.sync());

        QTRY_VERIFY_WITH_TIMEOUT(view.reviews()->rowOf(reviewId) >= 0, kTimeout);
        const int row = view.reviews()->rowOf(reviewId);
        QCOMPARE(view.reviews()->index(row, 1).data().toString(), QStringLiteral("Reviewed Guest"));
        QCOMPARE(view.reviews()->index(row, 2).data().toInt(), 4);
        const QString categories = view.reviews()->index(row, 3).data().toString();
        QVERIFY2(categories.contains(QStringLiteral("5")) && categories.contains(QStringLiteral("3")),
            qPrintable(categories));
        const HttpReply hostsReview = m_api.http().get(QStringLiteral("/api/v1/users/%1/reviews").arg(guest.id));
        QCOMPARE(hostsReview.items().size(), 1);
        QCOMPARE(hostsReview.items().first().toObject().value(QStringLiteral("comment")).toString(),
            QStringLiteral("Tidy and kind"));

        // Respond once: the button goes, and the response reaches the server and the cache.
        view.selectReview(reviewId);
        auto* respond = child<QPushButton>(&view, "respondButton");
        QVERIFY(respond->isVisible());
        QTest::keyClicks(child<QPlainTextEdit>(&view, "responseEdit"), QStringLiteral("Thank you!"));
        QTest::mouseClick(respond, Qt::LeftButton);
        QVERIFY(!respond->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(view.reviews()->index(view.reviews()->rowOf(reviewId), 5).data().toString(),
            QStringLiteral("Thank you!"), kTimeout);
        QCOMPARE(m_api.http()
                     .get(QStringLiteral("/api/v1/reviews/") + reviewId)
                     .json()
                     .value(QStringLiteral("response"))
                     .toString(),
            QStringLiteral("Thank you!"));
        view.selectReview(reviewId);
        QVERIFY(!respond->isVisible());

        // A second response is refused by the server.
        const HttpReply again = m_api.http().post(QStringLiteral("/api/v1/reviews/%1/response").arg(reviewId),
            { { QStringLiteral("text"), QStringLiteral("Again") } }, host.accessToken);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), QStringLiteral("duplicate"));
    }
};

QTEST_MAIN(TestHostReviewsView)
#include "tst_hostreviewsview.moc"
