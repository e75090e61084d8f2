// SPDX-License-Identifier: Apache-2.0
// JsonSink: the text a JsonTextSink writes reads back as exactly what a JsonTreeSink builds from
// the same events, whatever the strings and numbers hold.
#include "roost/Id.h"
#include "roost/JsonSink.h"
#include "roost/Listing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace roost;

namespace {

QJsonValue readBack(const QByteArray& text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

/// Writes `value` through both sinks; the text must parse to what the tree holds.
void compareBoth(const QJsonValue& value)
{
    JsonTreeSink tree;
    tree.value(value);
    JsonTextSink text;
    text.value(value);
    QCOMPARE(readBack(text.text()), tree.result());
    QCOMPARE(tree.result(), value);
}

QString randomText(QRandomGenerator& random)
{
    QString text;
    const int length = int(random.bounded(12u));
    for (int i = 0; i < length; ++i) {
        switch (random.bounded(4u)) {
        case 0: text.append(QChar(char16_t(random.bounded(0x20u)))); break;      // control characters
        case 1: text.append(QChar(char16_t(0x20 + random.bounded(0x60u)))); break; // ASCII, quotes and backslash
        case 2: text.append(QChar(char16_t(0xA0 + random.bounded(0xD000u)))); break; // the BMP
        default: text.append(QString::fromUtf8("\xf0\x9f\x8f\xa0")); break;          // outside it (a surrogate pair)
        }
    }
    return text;
}

} // namespace

class TestJsonSink : public QObject
{
    Q_OBJECT

private slots:
    void scalarsAndNesting()
    {
        compareBoth(QJsonObject{{QStringLiteral("s"), QStringLiteral("a \"quoted\" \\ back\nslash\t\x01")},
                                {QStringLiteral("i"), qint64(9007199254740993LL)},
                                {QStringLiteral("neg"), -42},
                                {QStringLiteral("d"), 48.25},
                                {QStringLiteral("tiny"), 1e-300},
                                {QStringLiteral("t"), true},
                                {QStringLiteral("f"), false},
                                {QStringLiteral("n"), QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("a"), QJsonArray{1, QStringLiteral("two"), QJsonArray{}, QJsonObject{}}},
                                {QStringLiteral("o"), QJsonObject{{QStringLiteral("k\xc3\xa9y"), QStringLiteral("\xe6\x97\xa5")}}}});
    }

    void nonFiniteNumbersAreNull()
    {
        for (const double bad : {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()}) {
            JsonTextSink text;
            text.beginArray();
            text.number(bad);
            text.endArray();
            QCOMPARE(text.text(), QByteArrayLiteral("[null]"));
            JsonTreeSink tree;
            tree.beginArray();
            tree.number(bad);
            tree.endArray();
            QCOMPARE(tree.result(), QJsonValue(QJsonArray{QJsonValue(QJsonValue::Null)}));
        }
    }

    void randomStringsSurviveTheRoundTrip()
    {
        QRandomGenerator random(20261125);
        for (int round = 0; round < 500; ++round) {
            QJsonObject object;
            for (int i = 0; i < 4; ++i)
                object.insert(randomText(random) + QString::number(i), randomText(random));
            compareBoth(object);
        }
    }

    void aListingWrittenAsTextIsTheApiObject()
    {
        Listing l;
        l.id = *parseId(QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301"));
        l.hostId = *parseId(QStringLiteral("11111111-2222-4333-8444-555555555555"));
        l.title = QStringLiteral("Caf\xc3\xa9 \"loft\"\n");
        l.city = QStringLiteral("Troms\xc3\xb8");
        l.amenities = {QStringLiteral("wifi"), QStringLiteral("fireplace")};
        l.bathrooms = 1.5;
        l.latitude = 69.6492;
        l.ratingAvg = 4.75;
        l.createdAt = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
        Photo photo;
        photo.id = *parseId(QStringLiteral("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"));
        photo.caption = QStringLiteral("Aurora");
        l.photos = {photo};
        JsonTextSink text;
        writeListingJson(text, l, QStringLiteral("https://roost.example/"));
        const QJsonObject expected = listingToJson(l, QStringLiteral("https://roost.example/"));
        QCOMPARE(readBack(text.text()), QJsonValue(expected));
        QCOMPARE(expected.value(QStringLiteral("title")).toString(), l.title);
        QCOMPARE(expected.value(QStringLiteral("photos")).toArray().first().toObject().value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://roost.example/api/v1/photos/aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"));
        QVERIFY(expected.value(QStringLiteral("updated_at")).isNull()); // an invalid time is null
    }
};

QTEST_APPLESS_MAIN(TestJsonSink)
#include "tst_jsonsink.moc"
