// SPDX-License-Identifier: Apache-2.0
#include "roost/Block.h"
#include "roost/Error.h"
#include "roost/Id.h"
#include "roost/JsonReader.h"

#include <QTest>

using namespace roost;

namespace {

const QDate kToday(2024, 5, 1);

} // namespace

class TestBlock : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field"); // empty = accepted
        QTest::addColumn<QString>("reason");
        const QString required = QStringLiteral("is required");
        const QString badDate = QStringLiteral("must be a date in YYYY-MM-DD form");
        QTest::newRow("one night from today") << QByteArray(R"({"start_date": "2024-05-01", "end_date": "2024-05-02"})")
                                               << QString() << QString();
        QTest::newRow("366 nights") << QByteArray(R"({"start_date": "2024-05-01", "end_date": "2025-05-02"})")
                                    << QString() << QString();
        QTest::newRow("367 nights") << QByteArray(R"({"start_date": "2024-05-01", "end_date": "2025-05-03"})")
                                    << QStringLiteral("end_date")
                                    << QStringLiteral("must be at most 366 nights after start_date");
        QTest::newRow("yesterday") << QByteArray(R"({"start_date": "2024-04-30", "end_date": "2024-05-02"})")
                                   << QStringLiteral("start_date") << QStringLiteral("must not be in the past");
        QTest::newRow("same day") << QByteArray(R"({"start_date": "2024-05-03", "end_date": "2024-05-03"})")
                                  << QStringLiteral("end_date") << QStringLiteral("must be after start_date");
        QTest::newRow("reversed") << QByteArray(R"({"start_date": "2024-05-04", "end_date": "2024-05-03"})")
                                  << QStringLiteral("end_date") << QStringLiteral("must be after start_date");
        QTest::newRow("start missing") << QByteArray(R"({"end_date": "2024-05-03"})") << QStringLiteral("start_date")
                                       << required;
        QTest::newRow("end missing") << QByteArray(R"({"start_date": "2024-05-03"})") << QStringLiteral("end_date")
                                     << required;
        QTest::newRow("end null") << QByteArray(R"({"start_date": "2024-05-03", "end_date": null})")
                                  << QStringLiteral("end_date") << required;
        QTest::newRow("start loose") << QByteArray(R"({"start_date": "2024-5-3", "end_date": "2024-05-04"})")
                                     << QStringLiteral("start_date") << badDate;
        QTest::newRow("end impossible") << QByteArray(R"({"start_date": "2024-05-03", "end_date": "2024-02-30"})")
                                        << QStringLiteral("end_date") << badDate;
        QTest::newRow("start number") << QByteArray(R"({"start_date": 20240503, "end_date": "2024-05-04"})")
                                      << QStringLiteral("start_date") << QStringLiteral("must be a string");
        QTest::newRow("note 500") << QByteArray(R"({"start_date": "2024-05-03", "end_date": "2024-05-04", "note": ")"
                                                + QByteArray(500, 'n') + "\"}")
                                  << QString() << QString();
        QTest::newRow("note 501") << QByteArray(R"({"start_date": "2024-05-03", "end_date": "2024-05-04", "note": ")"
                                                + QByteArray(501, 'n') + "\"}")
                                  << QStringLiteral("note") << QStringLiteral("must be at most 500 characters");
        QTest::newRow("note number") << QByteArray(R"({"start_date": "2024-05-03", "end_date": "2024-05-04", "note": 1})")
                                     << QStringLiteral("note") << QStringLiteral("must be a string");
        QTest::newRow("id ok") << QByteArray(R"({"id": "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
                                   "start_date": "2024-05-03", "end_date": "2024-05-04"})")
                               << QString() << QString();
        QTest::newRow("id bad") << QByteArray(R"({"id": "nope", "start_date": "2024-05-03", "end_date": "2024-05-04"})")
                                << QStringLiteral("id") << QStringLiteral("must be a UUID");
    }
    void rules()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        try {
            parseNewBlock(*parseJsonObject(body), kToday);
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
            parseNewBlock(*parseJsonObject(R"({"id": 1, "note": false})"), kToday);
            QFAIL("accepted");
        } catch (const Error& error) {
            QCOMPARE(error.fields().keys(), (QStringList{QStringLiteral("end_date"), QStringLiteral("id"),
                                                         QStringLiteral("note"), QStringLiteral("start_date")}));
        }
    }

    void parsedValues()
    {
        const Block block = parseNewBlock(
            *parseJsonObject(R"({"id": "3F2504E0-4F89-41D3-9A0C-0305E82C3301", "start_date": "2024-05-03",
                "end_date": "2024-05-10", "note": "Painting"})"),
            kToday);
        QCOMPARE(idToString(block.id), QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301"));
        QCOMPARE(block.startDate, QDate(2024, 5, 3));
        QCOMPARE(block.endDate, QDate(2024, 5, 10));
        QCOMPARE(block.note, QStringLiteral("Painting"));
        QVERIFY(parseNewBlock(*parseJsonObject(R"({"start_date": "2024-05-03", "end_date": "2024-05-10"})"), kToday)
                    .id.isNull());
    }

    void json()
    {
        Block block;
        block.id = *parseId(QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301"));
        block.listingId = *parseId(QStringLiteral("11111111-2222-4333-8444-555555555555"));
        block.startDate = QDate(2024, 5, 3);
        block.endDate = QDate(2024, 5, 10);
        block.note = QStringLiteral("Painting");
        block.createdAt = QDateTime(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC);
        block.version = 2;
        const QJsonObject json = blockToJson(block);
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("created_at"), QStringLiteral("end_date"),
                                           QStringLiteral("id"), QStringLiteral("listing_id"), QStringLiteral("note"),
                                           QStringLiteral("start_date"), QStringLiteral("version")}));
        QCOMPARE(json.value(QStringLiteral("listing_id")).toString(), QStringLiteral("11111111-2222-4333-8444-555555555555"));
        QCOMPARE(json.value(QStringLiteral("start_date")).toString(), QStringLiteral("2024-05-03"));
        QCOMPARE(json.value(QStringLiteral("end_date")).toString(), QStringLiteral("2024-05-10"));
        QCOMPARE(json.value(QStringLiteral("created_at")).toString(), QStringLiteral("2024-05-01T09:30:00.000Z"));
        QCOMPARE(json.value(QStringLiteral("version")).toInteger(), qint64(2));
    }
};

QTEST_APPLESS_MAIN(TestBlock)
#include "tst_block.moc"
