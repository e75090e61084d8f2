// SPDX-License-Identifier: Apache-2.0
// Reviewing a completed stay from Trips against a real server: the stay is made in the past and
// completed with the server's test clock (X-Roost-Now and run-due-jobs), then the guest's app
// shows it as past, libroost's review rules answer inline in the dialog, and a valid review
// reaches the server through the sync engine.
#include "BookingApi.h"
#include "GuestAppFixture.h"
#include "guest/ReviewDialog.h"
#include "guest/TripsModel.h"
#include "guest/TripsView.h"
#include "roost/ReviewRules.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeView>

using namespace roost;
using namespace roost::test;

namespace {

constexpr int kTimeout = 30'000;

} // namespace

class TestReviewDialog : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_api.start()); }

    void aCompletedStayIsReviewedWithInlineErrorsFirst()
    {
        const TestUser host = m_api.registerUser(QStringLiteral("Review Host"));
        const TestUser guest = m_api.registerUser(QStringLiteral("Review Guest"));
        const QString listingId = m_api.createListing(host, { { QStringLiteral("instant_book"), true } })
                                      .value(QStringLiteral("id"))
                                      .toString();
        BookingApi api(m_api.http());
        // Booked and paid ten days ago for a stay that ended five days ago, then completed by the
        // server's jobs today: well inside the 14-day review window.
        const QDateTime then = BookingApi::midnight(BookingApi::today().addDays(-10));
        const HttpReply booked = api.book(guest, listingId, fromToday(-8), fromToday(-6), 1, {}, BookingApi::at(then));
        QCOMPARE(booked.status, 201);
        const QString bookingId = booked.json().value(QStringLiteral("id")).toString();
        QCOMPARE(api.pay(guest, bookingId, {}, {}, BookingApi::at(then.addSecs(60))).status, 201);
        QVERIFY(api.runDueJobs(QDateTime::currentDateTimeUtc()) >= 1);
        QCOMPARE(api.booking(guest, bookingId).value(QStringLiteral("status")).toString(), QStringLiteral("completed"));

        GuestApp app;
        QVERIFY(app.startSignedIn(m_dir.filePath(QStringLiteral("review.sqlite")), m_api.server().baseUrl(), guest));
        app::TripsView view(*app.context);
        view.show();
        QTRY_COMPARE_WITH_TIMEOUT(view.past()->rowCount(), 1, kTimeout);
        QCOMPARE(view.upcoming()->rowCount(), 0);
        auto* past = child<QTreeView>(&view, "pastTripsView");
        past->setFocus();
        past->setCurrentIndex(view.past()->index(0, 0));
        auto* write = child<QPushButton>(&view, "reviewTripButton");
        QVERIFY(write->isEnabled());
        QVERIFY(!child<QPushButton>(&view, "cancelTripButton")->isEnabled());
        QTest::mouseClick(write, Qt::LeftButton);
        auto* dialog = child<app::ReviewDialog>(&view, "reviewDialog");
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kTimeout);

        // No rating and a comment past the limit: the rules name both fields, beside them.
        child<QPlainTextEdit>(dialog, "commentEdit")
            ->setPlainText(QString(ReviewLimits::kMaxCommentLength + 1, QLatin1Char('x')));
        auto* submit = child<QPushButton>(dialog, "submitReviewButton");
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(!child<QLabel>(dialog, "ratingError")->isHidden());
        QVERIFY(!child<QLabel>(dialog, "commentError")->isHidden());
        QVERIFY(child<QLabel>(dialog, "categories_cleanlinessError")->isHidden());

        child<QSpinBox>(dialog, "ratingSpin")->setValue(4);
        child<QSpinBox>(dialog, "cleanlinessSpin")->setValue(5);
        child<QSpinBox>(dialog, "check_inSpin")->setValue(3);
        child<QPlainTextEdit>(dialog, "commentEdit")->setPlainText(QStringLiteral("Spotless, a slow key handover."));
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!write->isEnabled(), kTimeout); // reviewed: once is the rule

        const auto reviews = app.client.store().objects(QStringLiteral("review"));
        QCOMPARE(reviews.size(), 1);
        const QString reviewId = reviews.first().id;
        QTRY_COMPARE_WITH_TIMEOUT(
            app.client.stateOf(QStringLiteral("review"), reviewId), client::SyncState::Synced, kTimeout);
        const QJsonObject onServer
            = m_api.http().get(QStringLiteral("/api/v1/reviews/") + reviewId, guest.accessToken).json();
        QCOMPARE(onServer.value(QStringLiteral("rating")).toInt(), 4);
        const QJsonObject categories = onServer.value(QStringLiteral("categories")).toObject();
        QCOMPARE(categories.value(QStringLiteral("cleanliness")).toInt(), 5);
        QCOMPARE(categories.value(QStringLiteral("check_in")).toInt(), 3);
        QVERIFY(!categories.contains(QStringLiteral("value")));
    }
};

QTEST_MAIN(TestReviewDialog)
#include "tst_reviewdialog.moc"
