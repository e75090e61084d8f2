// SPDX-License-Identifier: Apache-2.0
#include "roost/Id.h"

#include <QTest>

using namespace roost;

class TestId : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("lowercase") << QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301") << true;
        QTest::newRow("uppercase") << QStringLiteral("3F2504E0-4F89-41D3-9A0C-0305E82C3301") << true;
        QTest::newRow("mixed case") << QStringLiteral("3f2504E0-4f89-41D3-9a0c-0305e82c3301") << true;
        QTest::newRow("braces") << QStringLiteral("{3f2504e0-4f89-41d3-9a0c-0305e82c3301}") << false;
        QTest::newRow("nil") << QStringLiteral("00000000-0000-0000-0000-000000000000") << false;
        QTest::newRow("no dashes") << QStringLiteral("3f2504e04f8941d39a0c0305e82c3301") << false;
        QTest::newRow("dash moved") << QStringLiteral("3f2504e04-f89-41d3-9a0c-0305e82c3301") << false;
        QTest::newRow("non-hex") << QStringLiteral("3f2504g0-4f89-41d3-9a0c-0305e82c3301") << false;
        QTest::newRow("too short") << QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c330") << false;
        QTest::newRow("trailing space") << QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301 ") << false;
        QTest::newRow("leading space") << QStringLiteral(" 3f2504e0-4f89-41d3-9a0c-0305e82c3301") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("fullwidth digit") << QString::fromUtf8("\xef\xbc\x93" "f2504e0-4f89-41d3-9a0c-0305e82c3301")
                                         << false;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto id = parseId(text);
        QCOMPARE(id.has_value(), valid);
        if (valid)
            QCOMPARE(idToString(*id), text.toLower());
    }

    void toStringIsLowercaseWithoutBraces()
    {
        const QUuid id = QUuid::fromString(QStringLiteral("{3F2504E0-4F89-41D3-9A0C-0305E82C3301}"));
        QCOMPARE(idToString(id), QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301"));
    }

    void newIdIsRandomV4()
    {
        const QUuid a = newId();
        const QUuid b = newId();
        QVERIFY(!a.isNull());
        QVERIFY(a != b);
        QCOMPARE(a.version(), QUuid::Random);
        QCOMPARE(parseId(idToString(a)), std::optional<QUuid>(a));
    }
};

QTEST_APPLESS_MAIN(TestId)
#include "tst_id.moc"
