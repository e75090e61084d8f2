// SPDX-License-Identifier: Apache-2.0
#include "roost/Booking.h"
#include "roost/Error.h"
#include "roost/Id.h"
#include "roost/JsonReader.h"
#include "roost/ReviewRules.h"

#include <QTest>
#include <QTimeZone>

using namespace roost;

Q_DECLARE_METATYPE(roost::BookingStatus)

namespace {

// JSON written with single quotes, which read better inside C++ strings.
QByteArray js(const QByteArray& text)
{
    return QByteArray(text).replace('\'', '"');
}

QDateTime utc(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

// Check-out 15 June: completed at 16 June 00:00 UTC, reviews until 30 June 00:00 UTC (exclusive).
const Stay kStay = *Stay::make(QDate(2024, 6, 10), QDate(2024, 6, 15));
const QDateTime kOpens = utc(2024, 6, 16);
const QDateTime kCloses = utc(2024, 6, 30);

} // namespace

class TestReviewRules : public QObject
{
    Q_OBJECT

private slots:
    void windowBounds()
    {
        QCOMPARE(reviewWindowOpensAt(kStay), kOpens);
        QCOMPARE(reviewWindowClosesAt(kStay), kCloses);
        QCOMPARE(kOpens.daysTo(kCloses), qint64(ReviewLimits::kWindowDays));
    }

    void window_data()
    {
        QTest::addColumn<BookingStatus>("status");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("allowed");
        using S = BookingStatus;
        QTest::newRow("check-out day") << S::Completed << utc(2024, 6, 15, 18) << false;
        QTest::newRow("opens - 1 s") << S::Completed << kOpens.addSecs(-1) << false;
        QTest::newRow("opens") << S::Completed << kOpens << true;
        QTest::newRow("opens + 1 s") << S::Completed << kOpens.addSecs(1) << true;
        QTest::newRow("day 7") << S::Completed << utc(2024, 6, 23, 12) << true;
        QTest::newRow("closes - 1 s") << S::Completed << kCloses.addSecs(-1) << true;
        QTest::newRow("closes") << S::Completed << kCloses << false;
        QTest::newRow("closes + 1 s") << S::Completed << kCloses.addSecs(1) << false;
        QTest::newRow("a year later") << S::Completed << kCloses.addDays(365) << false;
        QTest::newRow("closes - 1 s on a +02:00 clock")
            << S::Completed << QDateTime(QDate(2024, 6, 30), QTime(1, 59, 59), QTimeZone(2 * 3600)) << true;
        QTest::newRow("closes on a +02:00 clock")
            << S::Completed << QDateTime(QDate(2024, 6, 30), QTime(2, 0), QTimeZone(2 * 3600)) << false;
        // Only completed stays, even inside the window (the completion job may not have run).
        for (const S status :
             {S::PendingPayment, S::AwaitingHost, S::Confirmed, S::Declined, S::Expired, S::Cancelled}) {
            QTest::addRow("%s in window", qPrintable(toString(status))) << status << kOpens.addDays(1) << false;
        }
    }
    void window()
    {
        QFETCH(BookingStatus, status);
        QFETCH(QDateTime, now);
        QFETCH(bool, allowed);
        try {
            checkReviewWindow(status, kStay, now);
            QVERIFY2(allowed, "accepted");
        } catch (const Error& error) {
            QCOMPARE(error.code(), ErrorCode::InvalidState);
            QVERIFY2(!allowed, qPrintable(error.message()));
        }
    }

    void published_data()
    {
        QTest::addColumn<bool>("otherSideReviewed");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("published");
        QTest::newRow("alone, window open") << false << kOpens.addDays(1) << false;
        QTest::newRow("alone, closes - 1 s") << false << kCloses.addSecs(-1) << false;
        QTest::newRow("alone, window closed") << false << kCloses << true;
        QTest::newRow("alone, long after") << false << kCloses.addDays(100) << true;
        QTest::newRow("both, right away") << true << kOpens << true;
        QTest::newRow("both, closes - 1 s") << true << kCloses.addSecs(-1) << true;
        QTest::newRow("both, window closed") << true << kCloses << true;
    }
    void published()
    {
        QFETCH(bool, otherSideReviewed);
        QFETCH(QDateTime, now);
        QFETCH(bool, published);
        QCOMPARE(isPublished(otherSideReviewed, kStay, now), published);
    }

    void input_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field"); // empty = accepted
        QTest::addColumn<QString>("reason");
        auto row = [](const char* name, const QByteArray& json, const char* field = "", const char* reason = "") {
            QTest::newRow(name) << js(json) << QString::fromLatin1(field) << QString::fromLatin1(reason);
        };
        const char* range = "must be between 1 and 5";
        const char* notInteger = "must be an integer";
        row("minimal", "{'rating': 5, 'comment': 'Lovely'}");
        row("empty comment", "{'rating': 4, 'comment': ''}");
        row("rating 1", "{'rating': 1, 'comment': ''}");
        row("rating 5.0", "{'rating': 5.0, 'comment': ''}");
        row("rating 0", "{'rating': 0, 'comment': ''}", "rating", range);
        row("rating 6", "{'rating': 6, 'comment': ''}", "rating", range);
        row("rating -1", "{'rating': -1, 'comment': ''}", "rating", range);
        row("rating 4.5", "{'rating': 4.5, 'comment': ''}", "rating", notInteger);
        row("rating string", "{'rating': '5', 'comment': ''}", "rating", notInteger);
        row("rating missing", "{'comment': ''}", "rating", "is required");
        row("rating null", "{'rating': null, 'comment': ''}", "rating", "is required");
        row("comment missing", "{'rating': 5}", "comment", "is required");
        row("comment number", "{'rating': 5, 'comment': 5}", "comment", "must be a string");
        row("comment 2000", "{'rating': 5, 'comment': '" + QByteArray(2000, 'c') + "'}");
        row("comment 2001", "{'rating': 5, 'comment': '" + QByteArray(2001, 'c') + "'}", "comment",
            "must be at most 2000 characters");
        row("comment multi-line", "{'rating': 5, 'comment': 'Great.\\n\\nWould stay again.'}");
        row("comment escape char", "{'rating': 5, 'comment': 'a\\u001bb'}", "comment",
            "must not contain control characters");
        row("id ok", "{'id': '3f2504e0-4f89-41d3-9a0c-0305e82c3301', 'rating': 5, 'comment': ''}");
        row("id bad", "{'id': 'nope', 'rating': 5, 'comment': ''}", "id", "must be a UUID");
        row("categories all", "{'rating': 5, 'comment': '', 'categories': {'cleanliness': 5, 'accuracy': 4, "
                              "'communication': 3, 'location': 2, 'check_in': 1, 'value': 5}}");
        row("categories some", "{'rating': 5, 'comment': '', 'categories': {'cleanliness': 5}}");
        row("categories empty", "{'rating': 5, 'comment': '', 'categories': {}}");
        row("categories null", "{'rating': 5, 'comment': '', 'categories': null}");
        row("categories unknown key", "{'rating': 5, 'comment': '', 'categories': {'wifi': 'fast'}}");
        row("categories array", "{'rating': 5, 'comment': '', 'categories': [5]}", "categories", "must be an object");
        row("categories number", "{'rating': 5, 'comment': '', 'categories': 5}", "categories", "must be an object");
        row("cleanliness 0", "{'rating': 5, 'comment': '', 'categories': {'cleanliness': 0}}",
            "categories.cleanliness", range);
        row("accuracy 6", "{'rating': 5, 'comment': '', 'categories': {'accuracy': 6}}", "categories.accuracy", range);
        row("communication 2.5", "{'rating': 5, 'comment': '', 'categories': {'communication': 2.5}}",
            "categories.communication", notInteger);
        row("location string", "{'rating': 5, 'comment': '', 'categories': {'location': '4'}}",
            "categories.location", notInteger);
        row("check_in bool", "{'rating': 5, 'comment': '', 'categories': {'check_in': true}}", "categories.check_in",
            notInteger);
        row("value 10", "{'rating': 5, 'comment': '', 'categories': {'value': 10}}", "categories.value", range);
    }
    void input()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        try {
            parseReviewInput(*parseJsonObject(json));
            QVERIFY2(field.isEmpty(), "accepted");
        } catch (const Error& error) {
            QCOMPARE(error.code(), ErrorCode::ValidationFailed);
            QCOMPARE(error.fields().keys(), QStringList{field});
            QCOMPARE(error.fields().value(field), reason);
        }
    }

    void everyBadFieldIsReported()
    {
        try {
            parseReviewInput(*parseJsonObject(
                js("{'id': 3, 'rating': 9, 'categories': {'value': 0, 'cleanliness': 'x', 'accuracy': 3}}")));
            QFAIL("accepted");
        } catch (const Error& error) {
            QCOMPARE(error.fields().keys(),
                     (QStringList{QStringLiteral("categories.cleanliness"), QStringLiteral("categories.value"),
                                  QStringLiteral("comment"), QStringLiteral("id"), QStringLiteral("rating")}));
        }
    }

    void parsedValues()
    {
        const ReviewInput input = parseReviewInput(*parseJsonObject(
            js("{'id': '3F2504E0-4F89-41D3-9A0C-0305E82C3301', 'rating': 4, 'comment': 'Nice\\nview', "
               "'categories': {'cleanliness': 5, 'check_in': 3, 'other': 1}}")));
        QCOMPARE(idToString(input.id), QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301"));
        QCOMPARE(input.rating, 4);
        QCOMPARE(input.comment, QStringLiteral("Nice\nview"));
        QVERIFY(input.categories);
        QCOMPARE(input.categories->cleanliness, std::optional(5));
        QCOMPARE(input.categories->checkIn, std::optional(3));
        QCOMPARE(input.categories->accuracy, std::nullopt);
        QCOMPARE(reviewCategoriesToJson(*input.categories),
                 (QJsonObject{{QStringLiteral("cleanliness"), 5}, {QStringLiteral("check_in"), 3}}));

        const ReviewInput bare = parseReviewInput(*parseJsonObject(js("{'rating': 2, 'comment': ''}")));
        QVERIFY(bare.id.isNull());
        QVERIFY(!bare.categories);
    }

    void categoriesJson()
    {
        const ReviewCategories all{1, 2, 3, 4, 5, 1};
        QCOMPARE(reviewCategoriesToJson(all),
                 (QJsonObject{{QStringLiteral("cleanliness"), 1}, {QStringLiteral("accuracy"), 2},
                              {QStringLiteral("communication"), 3}, {QStringLiteral("location"), 4},
                              {QStringLiteral("check_in"), 5}, {QStringLiteral("value"), 1}}));
        QCOMPARE(reviewCategoriesToJson(ReviewCategories()), QJsonObject());
    }
};

QTEST_APPLESS_MAIN(TestReviewRules)
#include "tst_reviewrules.moc"
