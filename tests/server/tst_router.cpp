// SPDX-License-Identifier: Apache-2.0
#include "http/Router.h"

#include <QTest>

using namespace roost::server;

class TestRouter : public QObject
{
    Q_OBJECT

private:
    Router m_router;
    QString m_called;

    Handler mark(const QString& name)
    {
        return [this, name](Request&) {
            m_called = name;
            return Response::noContent();
        };
    }

private slots:
    void initTestCase()
    {
        m_router.add({
            {Method::Get, QStringLiteral("/api/v1/listings"), mark(QStringLiteral("search"))},
            {Method::Post, QStringLiteral("/api/v1/listings"), mark(QStringLiteral("create"))},
            {Method::Get, QStringLiteral("/api/v1/listings/{id}"), mark(QStringLiteral("get"))},
            {Method::Delete, QStringLiteral("/api/v1/listings/{id}/blocks/{block_id}"), mark(QStringLiteral("unblock"))},
        });
    }

    void match_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("pattern"); // empty: no handler
        QTest::addColumn<bool>("pathKnown");
        QTest::addColumn<QString>("param");

        const int get = int(Method::Get), post = int(Method::Post), del = int(Method::Delete), put = int(Method::Put);
        QTest::newRow("collection get") << get << "/api/v1/listings" << "/api/v1/listings" << true << "";
        QTest::newRow("collection post") << post << "/api/v1/listings" << "/api/v1/listings" << true << "";
        QTest::newRow("trailing slash") << get << "/api/v1/listings/" << "/api/v1/listings" << true << "";
        QTest::newRow("item") << get << "/api/v1/listings/abc" << "/api/v1/listings/{id}" << true << "abc";
        QTest::newRow("nested captures") << del << "/api/v1/listings/L/blocks/B" << "/api/v1/listings/{id}/blocks/{block_id}"
                                         << true << "L";
        QTest::newRow("wrong method → 405") << put << "/api/v1/listings" << "" << true << "";
        QTest::newRow("unknown → 404") << get << "/api/v1/nothing" << "" << false << "";
        QTest::newRow("too deep → 404") << get << "/api/v1/listings/a/b" << "" << false << "";
        QTest::newRow("root") << get << "/" << "" << false << "";
    }

    void match()
    {
        QFETCH(int, method);
        QFETCH(QString, path);
        QFETCH(QString, pattern);
        QFETCH(bool, pathKnown);
        QFETCH(QString, param);

        const Router::Match m = m_router.match(Method(method), path);
        QCOMPARE(m.handler != nullptr, !pattern.isEmpty());
        QCOMPARE(m.pathKnown, pathKnown);
        QCOMPARE(m.pattern, pattern);
        if (!param.isEmpty())
            QCOMPARE(m.params.value(QStringLiteral("id")), param);
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
