// SPDX-License-Identifier: Apache-2.0
#include "common/Labels.h"

#include "roost/Listing.h"

#include <QTest>
#include <QTranslator>

using roost::app::Labels;

class TestLabels : public QObject
{
    Q_OBJECT

private slots:
    void everyKnownAmenityHasAName()
    {
        for (const QString& wire : roost::knownAmenities()) {
            const QString label = Labels::amenity(wire);
            QVERIFY2(!label.isEmpty() && !label.contains(QLatin1Char('_')), qPrintable(wire));
        }
        QCOMPARE(Labels::amenity(QStringLiteral("wifi")), QStringLiteral("Wi-Fi"));
        QCOMPARE(Labels::propertyType(QStringLiteral("cabin")), QStringLiteral("Cabin"));
        QCOMPARE(Labels::cancellationPolicy(QStringLiteral("strict")), QStringLiteral("Strict"));
    }

    void aValueOfANewerServerIsStillReadable()
    {
        QCOMPARE(Labels::amenity(QStringLiteral("sauna_room")), QStringLiteral("Sauna room"));
        QCOMPARE(Labels::propertyType(QStringLiteral("boat")), QStringLiteral("Boat"));
        QCOMPARE(Labels::cancellationPolicy(QString()), QString());
    }

    void namesFollowTheInstalledLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("parking");
        QTest::addColumn<QString>("policy");
        QTest::newRow("German") << "de" << "Kostenloser Parkplatz" << "Moderat";
        QTest::newRow("Spanish") << "es" << "Aparcamiento gratuito" << "Moderada";
    }

    void namesFollowTheInstalledLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, parking);
        QFETCH(QString, policy);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/roost_") + language + QStringLiteral(".qm")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QCOMPARE(Labels::amenity(QStringLiteral("free_parking")), parking);
        QCOMPARE(Labels::cancellationPolicy(QStringLiteral("moderate")), policy);
        // Every known amenity is translated, not shown as its English name (bar "Pool").
        int english = 0;
        for (const QString& wire : roost::knownAmenities()) {
            QCoreApplication::removeTranslator(&translator);
            const QString source = Labels::amenity(wire);
            QCoreApplication::installTranslator(&translator);
            english += Labels::amenity(wire) == source ? 1 : 0;
        }
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(english <= 1, qPrintable(QString::number(english)));
    }
};

QTEST_MAIN(TestLabels)
#include "tst_labels.moc"
