// SPDX-License-Identifier: Apache-2.0
#include "roost/Email.h"

#include <QTest>

using namespace roost;

class TestEmail : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalised"); // empty = rejected
        const QString local64(64, u'a');
        const QString domain = QString(185, u'b') + QStringLiteral(".com"); // 64 + 1 + 189 = 254
        QTest::newRow("simple") << QStringLiteral("ann@example.com") << QStringLiteral("ann@example.com");
        QTest::newRow("lower-cased") << QStringLiteral("Ann.Lee@Example.COM") << QStringLiteral("ann.lee@example.com");
        QTest::newRow("trimmed") << QStringLiteral("  ann@example.com\n") << QStringLiteral("ann@example.com");
        QTest::newRow("plus tag") << QStringLiteral("ann+roost@example.com") << QStringLiteral("ann+roost@example.com");
        QTest::newRow("subdomain") << QStringLiteral("a@mail.example.co.uk") << QStringLiteral("a@mail.example.co.uk");
        QTest::newRow("unicode") << QString::fromUtf8("jos\xc3\xa9@exampl\xc3\xa9.fr")
                                 << QString::fromUtf8("jos\xc3\xa9@exampl\xc3\xa9.fr");
        QTest::newRow("local 64") << local64 + QStringLiteral("@x.io") << local64 + QStringLiteral("@x.io");
        QTest::newRow("local 65") << local64 + QStringLiteral("a@x.io") << QString();
        QTest::newRow("total 254") << local64 + u'@' + domain << local64 + u'@' + domain;
        QTest::newRow("total 255") << local64 + u'@' + u'c' + domain << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("spaces only") << QStringLiteral("   ") << QString();
        QTest::newRow("no at") << QStringLiteral("ann.example.com") << QString();
        QTest::newRow("two ats") << QStringLiteral("ann@b@example.com") << QString();
        QTest::newRow("empty local") << QStringLiteral("@example.com") << QString();
        QTest::newRow("empty domain") << QStringLiteral("ann@") << QString();
        QTest::newRow("domain without dot") << QStringLiteral("ann@localhost") << QString();
        QTest::newRow("domain trailing dot") << QStringLiteral("ann@example.") << QString();
        QTest::newRow("domain leading dot") << QStringLiteral("ann@.example.com") << QString();
        QTest::newRow("domain double dot") << QStringLiteral("ann@example..com") << QString();
        QTest::newRow("domain label dash") << QStringLiteral("ann@-example.com") << QString();
        QTest::newRow("local double dot") << QStringLiteral("ann..lee@example.com") << QString();
        QTest::newRow("inner space") << QStringLiteral("ann lee@example.com") << QString();
        QTest::newRow("tab inside") << QStringLiteral("ann\t@example.com") << QString();
        QTest::newRow("control char") << QStringLiteral("ann\x01@example.com") << QString();
        QTest::newRow("angle brackets") << QStringLiteral("<ann@example.com>") << QString();
        QTest::newRow("comma list") << QStringLiteral("ann@example.com,bob@example.com") << QString();
        QTest::newRow("quoted local") << QStringLiteral("\"ann\"@example.com") << QString();
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalised);
        const auto email = Email::parse(text);
        QCOMPARE(email.has_value(), !normalised.isEmpty());
        if (email)
            QCOMPARE(email->value(), normalised);
    }

    void comparesCaseInsensitively()
    {
        QCOMPARE(Email::parse(QStringLiteral("ANN@EXAMPLE.COM")), Email::parse(QStringLiteral("ann@example.com")));
        QVERIFY(Email().isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestEmail)
#include "tst_email.moc"
