// SPDX-License-Identifier: Apache-2.0
// Reading PostgreSQL's text output back into Qt types, against what a real server prints.
#include "TestCluster.h"
#include "db/PgArray.h"
#include "db/Rows.h"

#include <QTest>

#include <pqxx/pqxx>

using namespace roost::server;
using roost::test::TestCluster;

namespace {

QStringList list(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

} // namespace

class TestPgRows : public QObject
{
    Q_OBJECT

    std::unique_ptr<pqxx::connection> m_connection;

    pqxx::row select(const std::string& expression)
    {
        pqxx::nontransaction tx(*m_connection);
        return tx.exec1("SELECT " + expression);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_connection = std::make_unique<pqxx::connection>(TestCluster::instance().createDatabase().toStdString());
    }

    void textArrays_data()
    {
        QTest::addColumn<QByteArray>("literal");
        QTest::addColumn<QStringList>("expected");
        // Printed without quotes: the quick split.
        QTest::newRow("plain") << QByteArray("ARRAY['wifi','kitchen','tv']") << list({"wifi", "kitchen", "tv"});
        QTest::newRow("empty") << QByteArray("ARRAY[]::text[]") << QStringList();
        QTest::newRow("one") << QByteArray("ARRAY['pool']") << list({"pool"});
        QTest::newRow("null element") << QByteArray("ARRAY['a', NULL, 'b']") << list({"a", "b"});
        QTest::newRow("non-ASCII") << QByteArray("ARRAY['caf\u00e9','\u00fcber']") << list({"caf\u00e9", "\u00fcber"});
        // Printed with quotes or escapes: the full parser.
        QTest::newRow("comma") << QByteArray("ARRAY['a,b','c']") << list({"a,b", "c"});
        QTest::newRow("the word NULL") << QByteArray("ARRAY['NULL','null']") << list({"NULL", "null"});
        QTest::newRow("quote and backslash") << QByteArray("ARRAY['say \"hi\"','back\\slash']") << list({"say \"hi\"", "back\\slash"});
        QTest::newRow("braces and spaces") << QByteArray("ARRAY['{x}',' padded ','']") << list({"{x}", " padded ", ""});
    }

    void textArrays()
    {
        QFETCH(QByteArray, literal);
        QFETCH(QStringList, expected);
        QCOMPARE(pgarray::textList(select(literal.toStdString())[0]), expected);
    }

    void nullArrayIsEmpty()
    {
        QVERIFY(pgarray::textList(select("NULL::text[]")[0]).isEmpty());
    }

    void uuids()
    {
        const pqxx::row row = select("'6f1c3a2e-9b7d-4e1f-8a2b-3c4d5e6f7a8b'::uuid, NULL::uuid, 'not a uuid'");
        QCOMPARE(rows::uuid(row[0]), QUuid(QStringLiteral("6f1c3a2e-9b7d-4e1f-8a2b-3c4d5e6f7a8b")));
        QVERIFY(rows::uuid(row[1]).isNull());
        QVERIFY(rows::uuid(row[2]).isNull());
    }
};

QTEST_GUILESS_MAIN(TestPgRows)
#include "tst_pgrows.moc"
