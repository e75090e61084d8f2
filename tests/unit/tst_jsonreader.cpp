// SPDX-License-Identifier: Apache-2.0
#include "roost/JsonReader.h"

#include <QJsonArray>
#include <QTest>

using namespace roost;

namespace {

// The object {"v": <valueJson>}, parsed the way a request body is.
QJsonObject withValue(const QByteArray& valueJson)
{
    return *parseJsonObject(QByteArrayLiteral("{\"v\": ") + valueJson + QByteArrayLiteral("}"));
}

const QString kV = QStringLiteral("v");

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void integer_data()
    {
        QTest::addColumn<QByteArray>("json"); // empty = key absent
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<QString>("error"); // empty = accepted
        const QString notInteger = QStringLiteral("must be an integer");
        QTest::newRow("one") << QByteArray("1") << qint64(1) << QString();
        QTest::newRow("zero") << QByteArray("0") << qint64(0) << QString();
        QTest::newRow("negative") << QByteArray("-7") << qint64(-7) << QString();
        QTest::newRow("integral float") << QByteArray("1.0") << qint64(1) << QString();
        QTest::newRow("exponent integral") << QByteArray("1e3") << qint64(1000) << QString();
        QTest::newRow("max safe") << QByteArray("9007199254740991") << qint64(9007199254740991) << QString();
        QTest::newRow("min safe") << QByteArray("-9007199254740991") << qint64(-9007199254740991) << QString();
        QTest::newRow("2^53") << QByteArray("9007199254740992") << qint64(0) << notInteger;
        QTest::newRow("2^53+1") << QByteArray("9007199254740993") << qint64(0) << notInteger;
        QTest::newRow("-2^53") << QByteArray("-9007199254740992") << qint64(0) << notInteger;
        QTest::newRow("beyond int64") << QByteArray("92233720368547758070") << qint64(0) << notInteger;
        QTest::newRow("1e300") << QByteArray("1e300") << qint64(0) << notInteger;
        QTest::newRow("fraction") << QByteArray("1.5") << qint64(0) << notInteger;
        QTest::newRow("small fraction") << QByteArray("0.0001") << qint64(0) << notInteger;
        QTest::newRow("string digits") << QByteArray("\"1\"") << qint64(0) << notInteger;
        QTest::newRow("boolean") << QByteArray("true") << qint64(0) << notInteger;
        QTest::newRow("array") << QByteArray("[1]") << qint64(0) << notInteger;
        QTest::newRow("object") << QByteArray("{\"a\": 1}") << qint64(0) << notInteger;
        QTest::newRow("null is absent") << QByteArray("null") << qint64(0) << QStringLiteral("is required");
        QTest::newRow("absent") << QByteArray() << qint64(0) << QStringLiteral("is required");
    }
    void integer()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, expected);
        QFETCH(QString, error);
        FieldErrors errors;
        JsonReader reader(json.isEmpty() ? QJsonObject() : withValue(json), errors);
        const auto value = reader.integer(kV, Presence::Required);
        QCOMPARE(value.has_value(), error.isEmpty());
        if (value)
            QCOMPARE(*value, expected);
        QCOMPARE(errors.value(kV), error);
    }

    void integerRange_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("min");
        QTest::addColumn<qint64>("max");
        QTest::addColumn<QString>("error");
        QTest::newRow("at min") << QByteArray("1") << qint64(1) << qint64(50) << QString();
        QTest::newRow("at max") << QByteArray("50") << qint64(1) << qint64(50) << QString();
        QTest::newRow("below") << QByteArray("0") << qint64(1) << qint64(50) << QStringLiteral("must be between 1 and 50");
        QTest::newRow("above") << QByteArray("51") << qint64(1) << qint64(50) << QStringLiteral("must be between 1 and 50");
        QTest::newRow("only min") << QByteArray("-1") << qint64(0) << kMaxSafeInteger << QStringLiteral("must be at least 0");
        QTest::newRow("only max") << QByteArray("11") << -kMaxSafeInteger << qint64(10) << QStringLiteral("must be at most 10");
    }
    void integerRange()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, min);
        QFETCH(qint64, max);
        QFETCH(QString, error);
        FieldErrors errors;
        JsonReader reader(withValue(json), errors);
        QCOMPARE(reader.integer(kV, Presence::Optional, min, max).has_value(), error.isEmpty());
        QCOMPARE(errors.value(kV), error);
    }

    void number_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<double>("expected");
        QTest::addColumn<QString>("error");
        const QString notNumber = QStringLiteral("must be a number");
        const QString range = QStringLiteral("must be between -90 and 90");
        QTest::newRow("fraction") << QByteArray("48.8566") << 48.8566 << QString();
        QTest::newRow("integer") << QByteArray("2") << 2.0 << QString();
        QTest::newRow("min") << QByteArray("-90") << -90.0 << QString();
        QTest::newRow("max") << QByteArray("90") << 90.0 << QString();
        QTest::newRow("below") << QByteArray("-90.0001") << 0.0 << range;
        QTest::newRow("above") << QByteArray("90.5") << 0.0 << range;
        QTest::newRow("1e300") << QByteArray("1e300") << 0.0 << range;
        QTest::newRow("string") << QByteArray("\"48.8\"") << 0.0 << notNumber;
        QTest::newRow("boolean") << QByteArray("false") << 0.0 << notNumber;
        QTest::newRow("array") << QByteArray("[1.5]") << 0.0 << notNumber;
    }
    void number()
    {
        QFETCH(QByteArray, json);
        QFETCH(double, expected);
        QFETCH(QString, error);
        FieldErrors errors;
        JsonReader reader(withValue(json), errors);
        const auto value = reader.number(kV, Presence::Required, -90, 90);
        QCOMPARE(value.has_value(), error.isEmpty());
        if (value)
            QCOMPARE(*value, expected);
        QCOMPARE(errors.value(kV), error);
    }

    void string_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("error");
        const QString notString = QStringLiteral("must be a string");
        QTest::newRow("plain") << QByteArray("\"abc\"") << QStringLiteral("abc") << QString();
        QTest::newRow("empty") << QByteArray("\"\"") << QString() << QString();
        QTest::newRow("not trimmed") << QByteArray("\" a \"") << QStringLiteral(" a ") << QString();
        QTest::newRow("at max (5 code points)") << QByteArray("\"\xc3\xa9\xf0\x9f\x8f\xa0" "abc\"")
                                                << QString::fromUtf8("\xc3\xa9\xf0\x9f\x8f\xa0" "abc") << QString();
        QTest::newRow("over max") << QByteArray("\"abcdef\"") << QString() << QStringLiteral("must be at most 5 characters");
        QTest::newRow("escaped unicode") << QByteArray("\"\\u00e9\"") << QString::fromUtf8("\xc3\xa9") << QString();
        QTest::newRow("NUL escape") << QByteArray("\"a\\u0000b\"") << QString()
                                    << QStringLiteral("must not contain NUL characters");
        QTest::newRow("lone surrogate escape") << QByteArray("\"\\ud800\"") << QString()
                                               << QStringLiteral("must be valid Unicode text");
        QTest::newRow("number") << QByteArray("1") << QString() << notString;
        QTest::newRow("boolean") << QByteArray("true") << QString() << notString;
        QTest::newRow("object") << QByteArray("{\"a\": \"b\"}") << QString() << notString;
        QTest::newRow("array") << QByteArray("[\"a\"]") << QString() << notString;
        QTest::newRow("null") << QByteArray("null") << QString() << QStringLiteral("is required");
    }
    void string()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QFETCH(QString, error);
        FieldErrors errors;
        JsonReader reader(withValue(json), errors);
        const auto value = reader.string(kV, Presence::Required, 5);
        QCOMPARE(value.has_value(), error.isEmpty());
        if (value)
            QCOMPARE(*value, expected);
        QCOMPARE(errors.value(kV), error);
    }

    void trimmedString_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("error");
        const QString length = QStringLiteral("must be between 1 and 3 characters");
        QTest::newRow("trimmed") << QByteArray("\"  ab \"") << QStringLiteral("ab") << QString();
        QTest::newRow("min") << QByteArray("\"a\"") << QStringLiteral("a") << QString();
        QTest::newRow("max after trim") << QByteArray("\" abc \"") << QStringLiteral("abc") << QString();
        QTest::newRow("blank") << QByteArray("\"   \"") << QString() << length;
        QTest::newRow("too long") << QByteArray("\"abcd\"") << QString() << length;
    }
    void trimmedString()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QFETCH(QString, error);
        FieldErrors errors;
        JsonReader reader(withValue(json), errors);
        const auto value = reader.trimmedString(kV, Presence::Required, 1, 3);
        QCOMPARE(value.has_value(), error.isEmpty());
        if (value)
            QCOMPARE(*value, expected);
        QCOMPARE(errors.value(kV), error);
    }

    void boolean_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("true") << QByteArray("true") << QString();
        QTest::newRow("false") << QByteArray("false") << QString();
        QTest::newRow("string") << QByteArray("\"true\"") << QStringLiteral("must be a boolean");
        QTest::newRow("number") << QByteArray("1") << QStringLiteral("must be a boolean");
        QTest::newRow("null optional") << QByteArray("null") << QString();
    }
    void boolean()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        FieldErrors errors;
        JsonReader reader(withValue(json), errors);
        const auto value = reader.boolean(kV);
        if (value)
            QCOMPARE(*value, json == "true");
        QCOMPARE(errors.value(kV), error);
    }

    void stringList_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("error");
        const QString notList = QStringLiteral("must be an array of strings");
        QTest::newRow("two") << QByteArray("[\"a\", \"b\"]") << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                             << QString();
        QTest::newRow("empty") << QByteArray("[]") << QStringList() << QString();
        QTest::newRow("at max items") << QByteArray("[\"a\",\"b\",\"c\"]")
                                      << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
                                      << QString();
        QTest::newRow("too many") << QByteArray("[\"a\",\"b\",\"c\",\"d\"]") << QStringList()
                                  << QStringLiteral("must have at most 3 items");
        QTest::newRow("item too long") << QByteArray("[\"abcde\"]") << QStringList()
                                       << QStringLiteral("items must be at most 4 characters");
        QTest::newRow("string") << QByteArray("\"a\"") << QStringList() << notList;
        QTest::newRow("number item") << QByteArray("[\"a\", 1]") << QStringList() << notList;
        QTest::newRow("null item") << QByteArray("[null]") << QStringList() << notList;
        QTest::newRow("nested array") << QByteArray("[[\"a\"]]") << QStringList() << notList;
        QTest::newRow("NUL in item") << QByteArray("[\"\\u0000\"]") << QStringList()
                                     << QStringLiteral("must not contain NUL characters");
    }
    void stringList()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        QFETCH(QString, error);
        FieldErrors errors;
        JsonReader reader(withValue(json), errors);
        const auto value = reader.stringList(kV, Presence::Required, 3, 4);
        QCOMPARE(value.has_value(), error.isEmpty());
        if (value)
            QCOMPARE(*value, expected);
        QCOMPARE(errors.value(kV), error);
    }

    void typedStrings_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("id ok") << QStringLiteral("id") << QByteArray("\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\"")
                               << QString();
        QTest::newRow("id bad") << QStringLiteral("id") << QByteArray("\"42\"") << QStringLiteral("must be a UUID");
        QTest::newRow("id number") << QStringLiteral("id") << QByteArray("42") << QStringLiteral("must be a string");
        QTest::newRow("date ok") << QStringLiteral("date") << QByteArray("\"2024-05-01\"") << QString();
        QTest::newRow("date bad") << QStringLiteral("date") << QByteArray("\"2024-5-1\"")
                                  << QStringLiteral("must be a date in YYYY-MM-DD form");
        QTest::newRow("timestamp ok") << QStringLiteral("timestamp") << QByteArray("\"2024-05-01T00:00:00Z\"")
                                      << QString();
        QTest::newRow("timestamp bad") << QStringLiteral("timestamp") << QByteArray("\"2024-05-01\"")
                                       << QStringLiteral("must be an RFC 3339 timestamp");
        QTest::newRow("object ok") << QStringLiteral("object") << QByteArray("{\"a\": {\"b\": 1}}") << QString();
        QTest::newRow("object bad") << QStringLiteral("object") << QByteArray("[]") << QStringLiteral("must be an object");
    }
    void typedStrings()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        FieldErrors errors;
        JsonReader reader(withValue(json), errors);
        bool got = false;
        if (kind == QStringLiteral("id"))
            got = reader.id(kV).has_value();
        else if (kind == QStringLiteral("date"))
            got = reader.date(kV).has_value();
        else if (kind == QStringLiteral("timestamp"))
            got = reader.timestamp(kV).has_value();
        else
            got = reader.object(kV).has_value();
        QCOMPARE(got, error.isEmpty());
        QCOMPARE(errors.value(kV), error);
    }

    void optionalAbsentOrNullIsNotAnError()
    {
        FieldErrors errors;
        JsonReader reader(*roost::parseJsonObject("{\"n\": null, \"unknown\": {\"deep\": [1, 2]}}"), errors);
        QVERIFY(!reader.has(QStringLiteral("n")));
        QVERIFY(!reader.has(QStringLiteral("missing")));
        QVERIFY(reader.has(QStringLiteral("unknown")));
        QVERIFY(!reader.string(QStringLiteral("n")));
        QVERIFY(!reader.integer(QStringLiteral("missing")));
        QVERIFY(errors.isEmpty());
    }

    void firstErrorWins()
    {
        FieldErrors errors;
        JsonReader reader(withValue("\"x\""), errors);
        reader.integer(kV);
        reader.fail(kV, QStringLiteral("something else"));
        QCOMPARE(errors.value(kV), QStringLiteral("must be an integer"));
        QVERIFY(reader.hasError(kV));

        FieldErrors more{{kV, QStringLiteral("later")}, {QStringLiteral("w"), QStringLiteral("new")}};
        mergeFieldErrors(errors, more);
        QCOMPARE(errors.value(kV), QStringLiteral("must be an integer"));
        QCOMPARE(errors.value(QStringLiteral("w")), QStringLiteral("new"));
    }

    void parseJsonObject_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("outcome"); // 0 = object, 1 = nullopt, 2 = MalformedJson
        QTest::newRow("object") << QByteArray("{\"a\": 1}") << 0;
        QTest::newRow("empty object") << QByteArray("{}") << 0;
        QTest::newRow("utf-8 text") << QByteArray("{\"a\": \"\xe2\x82\xac \xf0\x9f\x8f\xa0\"}") << 0;
        QTest::newRow("surrounding whitespace") << QByteArray(" \n{}\n ") << 0;
        QTest::newRow("empty body") << QByteArray() << 1;
        QTest::newRow("whitespace body") << QByteArray(" \r\n\t") << 1;
        QTest::newRow("truncated") << QByteArray("{\"a\": ") << 2;
        QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,}") << 2;
        QTest::newRow("single quotes") << QByteArray("{'a': 1}") << 2;
        QTest::newRow("trailing garbage") << QByteArray("{} x") << 2;
        QTest::newRow("array top level") << QByteArray("[1]") << 2;
        QTest::newRow("number top level") << QByteArray("1") << 2;
        QTest::newRow("string top level") << QByteArray("\"x\"") << 2;
        QTest::newRow("null top level") << QByteArray("null") << 2;
        QTest::newRow("invalid byte") << QByteArray("{\"a\": \"\xff\"}") << 2;
        QTest::newRow("latin-1 text") << QByteArray("{\"a\": \"caf\xe9\"}") << 2;
        QTest::newRow("overlong slash") << QByteArray("{\"a\": \"\xc0\xaf\"}") << 2;
        QTest::newRow("encoded surrogate") << QByteArray("{\"a\": \"\xed\xa0\x80\"}") << 2;
        QTest::newRow("truncated sequence") << QByteArray("{\"a\": \"\xe2\x82\"}") << 2;
        QTest::newRow("invalid byte in key") << QByteArray("{\"\xfe\": 1}") << 2;
    }
    void parseJsonObject()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, outcome);
        try {
            const auto object = roost::parseJsonObject(body);
            QCOMPARE(outcome, object ? 0 : 1);
        } catch (const Error& error) {
            QCOMPARE(outcome, 2);
            QCOMPARE(error.code(), ErrorCode::MalformedJson);
            QVERIFY(!error.message().isEmpty());
        }
    }

    void requireJsonObjectRejectsEmptyBody()
    {
        QCOMPARE(requireJsonObject("{\"a\": 1}").value(QStringLiteral("a")).toInt(), 1);
        try {
            requireJsonObject(QByteArray());
            QFAIL("no exception");
        } catch (const Error& error) {
            QCOMPARE(error.code(), ErrorCode::MalformedJson);
        }
    }

    void isValidUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QByteArray("hello") << true;
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("2 bytes") << QByteArray("\xc3\xa9") << true;
        QTest::newRow("3 bytes") << QByteArray("\xe2\x82\xac") << true;
        QTest::newRow("4 bytes") << QByteArray("\xf0\x9f\x8f\xa0") << true;
        QTest::newRow("U+10FFFF") << QByteArray("\xf4\x8f\xbf\xbf") << true;
        QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
        QTest::newRow("lone continuation") << QByteArray("\x80") << false;
        QTest::newRow("overlong 2") << QByteArray("\xc1\xbf") << false;
        QTest::newRow("overlong 3") << QByteArray("\xe0\x80\xaf") << false;
        QTest::newRow("overlong 4") << QByteArray("\xf0\x80\x80\xaf") << false;
        QTest::newRow("surrogate") << QByteArray("\xed\xbf\xbf") << false;
        QTest::newRow("last before surrogates") << QByteArray("\xed\x9f\xbf") << true;
        QTest::newRow("truncated at end") << QByteArray("ab\xf0\x9f\x8f") << false;
        QTest::newRow("bad continuation") << QByteArray("\xe2\x28\xa1") << false;
        QTest::newRow("0xff") << QByteArray("\xff") << false;
    }
    void isValidUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(roost::isValidUtf8(bytes), valid);
    }

    void reasons()
    {
        QCOMPARE(lengthReason(1, 120), QStringLiteral("must be between 1 and 120 characters"));
        QCOMPARE(lengthReason(0, 500), QStringLiteral("must be at most 500 characters"));
        QCOMPARE(integerRangeReason(1, 50), QStringLiteral("must be between 1 and 50"));
        QCOMPARE(numberRangeReason(-180, 180), QStringLiteral("must be between -180 and 180"));
        QCOMPARE(numberRangeReason(0, std::numeric_limits<double>::max()), QStringLiteral("must be at least 0"));
    }
};

QTEST_APPLESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
