// SPDX-License-Identifier: Apache-2.0
#include "roost/Text.h"

#include <QTest>

using namespace roost;

class TestText : public QObject
{
    Q_OBJECT

private slots:
    void characterCount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("count");
        QTest::newRow("ascii") << QStringLiteral("abc") << qsizetype(3);
        QTest::newRow("accent") << QString::fromUtf8("\xc3\xa9t\xc3\xa9") << qsizetype(3);
        QTest::newRow("emoji is one") << QString::fromUtf8("\xf0\x9f\x8f\xa0") << qsizetype(1);
        QTest::newRow("lone surrogate is one") << QString(QChar(0xd800)) << qsizetype(1);
        QTest::newRow("empty") << QString() << qsizetype(0);
    }
    void characterCount()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, count);
        QCOMPARE(roost::characterCount(text), count);
    }

    void controlCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("singleLine"); // has control characters for a one-line field
        QTest::addColumn<bool>("multiLine");  // ... for free text
        QTest::newRow("plain") << QStringLiteral("Sunny loft") << false << false;
        QTest::newRow("unicode") << QString::fromUtf8("Caf\xc3\xa9 \xf0\x9f\x8f\xa0") << false << false;
        QTest::newRow("newline") << QStringLiteral("a\nb") << true << false;
        QTest::newRow("crlf and tab") << QStringLiteral("a\r\n\tb") << true << false;
        QTest::newRow("escape") << QStringLiteral("a\x1b[0m") << true << true;
        QTest::newRow("NUL") << QString(QChar(0)) << true << true;
        QTest::newRow("DEL") << QStringLiteral("a\x7f") << true << true;
        QTest::newRow("C1") << QString(QChar(0x85)) << true << true;
    }
    void controlCharacters()
    {
        QFETCH(QString, text);
        QFETCH(bool, singleLine);
        QFETCH(bool, multiLine);
        QCOMPARE(hasControlCharacters(text), singleLine);
        QCOMPARE(hasControlCharacters(text, true), multiLine);
    }
};

QTEST_APPLESS_MAIN(TestText)
#include "tst_text.moc"
