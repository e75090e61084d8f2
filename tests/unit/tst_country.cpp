// SPDX-License-Identifier: Apache-2.0
#include "roost/Country.h"

#include <QTest>

using namespace roost;

class TestCountry : public QObject
{
    Q_OBJECT

private slots:
    void codes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        for (const char* code : {"AD", "FR", "US", "GB", "DE", "JP", "BR", "ZW", "AX", "SS", "CW", "BQ", "PS", "TW"})
            QTest::newRow(code) << QString::fromLatin1(code) << true;
        QTest::newRow("UK is not ISO") << QStringLiteral("UK") << false;
        QTest::newRow("user-assigned XK") << QStringLiteral("XK") << false;
        QTest::newRow("EU is reserved") << QStringLiteral("EU") << false;
        QTest::newRow("lowercase") << QStringLiteral("fr") << false;
        QTest::newRow("mixed case") << QStringLiteral("Fr") << false;
        QTest::newRow("alpha-3") << QStringLiteral("FRA") << false;
        QTest::newRow("across two codes") << QStringLiteral("DA") << false;
        QTest::newRow("one letter") << QStringLiteral("F") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("digits") << QStringLiteral("12") << false;
    }
    void codes()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(isValidCountryCode(code), valid);
    }

    void allAssignedCodes()
    {
        int count = 0;
        for (char16_t a = u'A'; a <= u'Z'; ++a) {
            for (char16_t b = u'A'; b <= u'Z'; ++b) {
                if (isValidCountryCode(QString(QChar(a)) + QChar(b)))
                    ++count;
            }
        }
        QCOMPARE(count, 249);
    }
};

QTEST_APPLESS_MAIN(TestCountry)
#include "tst_country.moc"
