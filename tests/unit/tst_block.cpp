// SPDX-License-Identifier: Apache-2.0
#include "roost/Block.h"
#include "roost/Error.h"
#include "roost/Id.h"
#include "roost/JsonReader.h"

#include <QTest>

using namespace roost;

namespace {

// JSON written with single quotes, which read better inside C++ strings (and keep moc, which
// mis-parses raw string literals, away from them).
QByteArray js(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

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
        auto row = [](const char* name, const QByteArray& body, const char* field = "", const char* reason = "") {
            QTest::newRow(name) << body << QString::fromLatin1(field) << QString::fromLatin1(reason);
        };
        const char* required = "is required";
        const char* badDate = "must be a date in YYYY-MM-DD form";
        row("one night from today", js("{'start_date': '2024-05-01', 'end_date': '2024-05-02'}"));
        row("366 nights", js("{'start_date': '2024-05-01', 'end_date': '2025-05-02'}"));
        row("367 nights", js("{'start_date': '2024-05-01', 'end_date': '2025-05-03'}"), "end_date",
            "must be at most 366 nights after start_date");
        row("yesterday", js("{'start_date': '2024-04-30', 'end_date': '2024-05-02'}"), "start_date",
            "must not be in the past");
        row("same day", js("{'start_date': '2024-05-03', 'end_date': '2024-05-03'}"), "end_date",
            "must be after start_date");
        row("reversed", js("{'start_date': '2024-05-04', 'end_date': '2024-05-03'}"), "end_date",
            "must be after start_date");
        row("start missing", js("{'end_date': '2024-05-03'}"), "start_date", required);
        row("end missing", js("{'start_date': '2024-05-03'}"), "end_date", required);
        row("end null", js("{'start_date': '2024-05-03', 'end_date': null}"), "end_date", required);
        row("start loose", js("{'start_date': '2024-5-3', 'end_date': '2024-05-04'}"), "start_date", badDate);
        row("end impossible", js("{'start_date': '2024-05-03', 'end_date': '2024-02-30'}"), "end_date", badDate);
        row("start number", js("{'start_date': 20240503, 'end_date': '2024-05-04'}"), "start_date",
            "must be a string");
        const QByteArray dates = js("{'start_date': '2024-05-03', 'end_date': '2024-05-04', 'note': '");
        row("note 500", dates + QByteArray(500, 'n') + "\"}");
        row("note 501", dates + QByteArray(501, 'n') + "\"}", "note", "must be at most 500 characters");
        row("note multi-line", dates + "a\\nb\"}");
        row("note number", js("{'start_date': '2024-05-03', 'end_date': '2024-05-04', 'note': 1}"), "note",
            "must be a string");
        row("id ok", js("{'id': '3f2504e0-4f89-41d3-9a0c-0305e82c3301', 'start_date': '2024-05-03', "
                        "'end_date': '2024-05-04'}"));
        row("id bad", js("{'id': 'nope', 'start_date': '2024-05-03', 'end_date': '2024-05-04'}"), "id",
            "must be a UUID");
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
            parseNewBlock(*parseJsonObject(js("{'id': 1, 'note': false}")), kToday);
            QFAIL("accepted");
        } catch (const Error& error) {
            QCOMPARE(error.fields().keys(), (QStringList{QStringLiteral("end_date"), QStringLiteral("id"),
                                                         QStringLiteral("note"), QStringLiteral("start_date")}));
        }
    }

    void parsedValues()
    {
        const Block block = parseNewBlock(*parseJsonObject(js("{'id': '3F2504E0-4F89-41D3-9A0C-0305E82C3301', "
                                                              "'start_date': '2024-05-03', 'end_date': '2024-05-10', "
                                                              "'note': 'Painting'}")),
                                          kToday);
        QCOMPARE(idToString(block.id), QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301"));
        QCOMPARE(block.startDate, QDate(2024, 5, 3));
        QCOMPARE(block.endDate, QDate(2024, 5, 10));
        QCOMPARE(block.note, QStringLiteral("Painting"));
        QVERIFY(parseNewBlock(*parseJsonObject(js("{'start_date': '2024-05-03', 'end_date': '2024-05-10'}")), kToday)
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
