// SPDX-License-Identifier: Apache-2.0
// A listing's calendar over HTTP: availability windows and the host's blocks, with "today"
// pinned by X-Roost-Now (API.md, Listings; Precise rules, Search/Availability and Time).
#include "ApiFixture.h"

#include <QDate>
#include <QDateTime>
#include <QTest>
#include <QUuid>

using namespace roost::test;

namespace {

// "Now" for every request that passes kNow; the date part is the server's today.
const QByteArray kNowStamp = "2031-03-10T09:30:00Z";
const QDate kToday(2031, 3, 10);
const Headers kNow { { "X-Roost-Now", kNowStamp } };

QString day(int offset)
{
    return kToday.addDays(offset).toString(Qt::ISODate);
}

QString listingPath(const QJsonObject& listing)
{
    return QStringLiteral("/api/v1/listings/") + listing.value(QStringLiteral("id")).toString();
}

QJsonObject blockBody(int from, int to)
{
    return { { QStringLiteral("start_date"), day(from) }, { QStringLiteral("end_date"), day(to) } };
}

} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    TestUser m_host;
    TestUser m_other;

    HttpClient& http() { return m_api.http(); }

    QJsonObject listing(const QString& status = QStringLiteral("listed"))
    {
        return m_api.createListing(
            m_host, { { QStringLiteral("status"), status }, { QStringLiteral("nightly_price"), 8800 } });
    }

    HttpReply availability(const QJsonObject& l, const QString& query = {}, const QByteArray& token = {})
    {
        return http().get(listingPath(l) + QStringLiteral("/availability") + query, token, kNow);
    }

    HttpReply block(const QJsonObject& l, const QJsonObject& body, const QByteArray& token)
    {
        return http().post(listingPath(l) + QStringLiteral("/blocks"), body, token, kNow);
    }

    /// date → available over [from, to) days from today, as the host sees it (drafts too).
    QMap<QString, bool> freeNights(const QJsonObject& l, int from, int to)
    {
        QMap<QString, bool> out;
        const HttpReply reply
            = availability(l, QStringLiteral("?from=%1&to=%2").arg(day(from), day(to)), m_host.accessToken);
        for (const QJsonValue d : reply.json().value(QStringLiteral("days")).toArray())
            out.insert(d[QStringLiteral("date")].toString(), d[QStringLiteral("available")].toBool());
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_api.start());
        m_host = m_api.registerUser(QStringLiteral("Host"));
        m_other = m_api.registerUser(QStringLiteral("Other"));
        QVERIFY(!m_host.id.isEmpty() && !m_other.id.isEmpty());
    }

    void defaultRangeIsThirtyDaysFromToday()
    {
        const QJsonObject l = listing();
        const HttpReply reply = availability(l);
        QCOMPARE(reply.status, 200);
        const QJsonArray days = reply.json().value(QStringLiteral("days")).toArray();
        QCOMPARE(days.size(), 30);
        for (int i = 0; i < days.size(); ++i) {
            const QJsonObject d = days[i].toObject();
            QCOMPARE(d.keys(),
                (QStringList { QStringLiteral("available"), QStringLiteral("date"), QStringLiteral("nightly_price") }));
            QCOMPARE(d.value(QStringLiteral("date")).toString(), day(i));
            QCOMPARE(d.value(QStringLiteral("available")), QJsonValue(true));
            QCOMPARE(d.value(QStringLiteral("nightly_price")).toInteger(), 8800);
        }
        // Without the hook, today is the real (UTC) today.
        const HttpReply real = http().get(listingPath(l) + QStringLiteral("/availability"));
        const QJsonArray realDays = real.json().value(QStringLiteral("days")).toArray();
        QCOMPARE(realDays.size(), 30);
        QCOMPARE(realDays.first()[QStringLiteral("date")].toString(),
            QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
        // A `from` alone runs 30 days from it.
        const QJsonArray later
            = availability(l, QStringLiteral("?from=") + day(100)).json().value(QStringLiteral("days")).toArray();
        QCOMPARE(later.size(), 30);
        QCOMPARE(later.last()[QStringLiteral("date")].toString(), day(129));
    }

    void explicitRanges_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::newRow("one night") << 0 << 1;
        QTest::newRow("366 nights, the maximum") << 0 << 366;
        QTest::newRow("across 2032-02-29") << 300 << 400;
    }
    void explicitRanges()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        const HttpReply reply = availability(listing(), QStringLiteral("?from=%1&to=%2").arg(day(from), day(to)));
        QCOMPARE(reply.status, 200);
        const QJsonArray days = reply.json().value(QStringLiteral("days")).toArray();
        QCOMPARE(days.size(), to - from);
        QCOMPARE(days.first()[QStringLiteral("date")].toString(), day(from));
        QCOMPARE(days.last()[QStringLiteral("date")].toString(), day(to - 1));
    }

    void badRanges_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("367 nights") << QStringLiteral("?from=%1&to=%2").arg(day(0), day(367)) << QStringLiteral("to");
        QTest::newRow("to equals from") << QStringLiteral("?from=%1&to=%1").arg(day(5)) << QStringLiteral("to");
        QTest::newRow("to before from") << QStringLiteral("?from=%1&to=%2").arg(day(5), day(2)) << QStringLiteral("to");
        QTest::newRow("to before today's default") << QStringLiteral("?to=") + day(-3) << QStringLiteral("to");
        QTest::newRow("from not a date") << QStringLiteral("?from=2031-02-30") << QStringLiteral("from");
        QTest::newRow("to not a date") << QStringLiteral("?from=%1&to=soon").arg(day(0)) << QStringLiteral("to");
    }
    void badRanges()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const HttpReply reply = availability(listing(), query);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), QStringLiteral("validation_failed"));
        QCOMPARE(reply.errorFields().keys(), QStringList { field });
    }

    void pastDaysAreUnavailable()
    {
        const QMap<QString, bool> nights = freeNights(listing(), -5, 5);
        QCOMPARE(nights.size(), 10);
        for (int i = -5; i < 5; ++i)
            QCOMPARE(nights.value(day(i)), i >= 0);
    }

    void blockedNightsAreUnavailable()
    {
        const QJsonObject l = listing();
        QCOMPARE(block(l, blockBody(3, 6), m_host.accessToken).status, 201);
        const QMap<QString, bool> nights = freeNights(l, 0, 10);
        for (int i = 0; i < 10; ++i)
            QVERIFY2(nights.value(day(i)) == (i < 3 || i >= 6), qPrintable(day(i))); // end_date's night is free
    }

    void availabilityFollowsVisibility_data()
    {
        QTest::addColumn<QString>("status");
        QTest::newRow("draft") << QStringLiteral("draft");
        QTest::newRow("unlisted") << QStringLiteral("unlisted");
        QTest::newRow("listed") << QStringLiteral("listed");
    }
    void availabilityFollowsVisibility()
    {
        QFETCH(QString, status);
        const QJsonObject l = listing(status);
        const int othersSee = status == QLatin1String("listed") ? 200 : 404;
        QCOMPARE(availability(l).status, othersSee);
        QCOMPARE(availability(l, {}, m_other.accessToken).status, othersSee);
        QCOMPARE(availability(l, {}, m_host.accessToken).status, 200);
        const QJsonObject missing { { QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces) } };
        QCOMPARE(availability(missing).status, 404);
    }

    void createBlock()
    {
        const QJsonObject l = listing();
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QJsonObject body = blockBody(0, 4); // today is not in the past
        body.insert(QStringLiteral("id"), id);
        body.insert(QStringLiteral("note"), QStringLiteral("Painters"));
        const HttpReply reply = block(l, body, m_host.accessToken);
        QCOMPARE(reply.status, 201);
        const QJsonObject b = reply.json();
        QCOMPARE(b.keys(),
            (QStringList { QStringLiteral("created_at"), QStringLiteral("end_date"), QStringLiteral("id"),
                QStringLiteral("listing_id"), QStringLiteral("note"), QStringLiteral("start_date"),
                QStringLiteral("version") }));
        QCOMPARE(b.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(b.value(QStringLiteral("listing_id")), l.value(QStringLiteral("id")));
        QCOMPARE(b.value(QStringLiteral("start_date")).toString(), day(0));
        QCOMPARE(b.value(QStringLiteral("end_date")).toString(), day(4));
        QCOMPARE(b.value(QStringLiteral("note")).toString(), QStringLiteral("Painters"));
        QCOMPARE(b.value(QStringLiteral("version")).toInteger(), 1);
        QVERIFY(QDateTime::fromString(b.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs).isValid());

        // Idempotent create: the same id and body answer 200 with the block; another body is a duplicate.
        const HttpReply again = block(l, body, m_host.accessToken);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json(), b);
        body.insert(QStringLiteral("note"), QStringLiteral("Plumbers"));
        const HttpReply other = block(l, body, m_host.accessToken);
        QCOMPARE(other.status, 409);
        QCOMPARE(other.errorCode(), QStringLiteral("duplicate"));

        const HttpReply plain = block(l, blockBody(10, 11), m_host.accessToken);
        QCOMPARE(plain.status, 201);
        QCOMPARE(plain.json().value(QStringLiteral("note")).toString(), QString());
        QVERIFY(!QUuid::fromString(plain.json().value(QStringLiteral("id")).toString()).isNull());
    }

    void overlappingBlocks_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<int>("status"); // against an existing block [10, 15)
        QTest::newRow("overlaps its start") << 9 << 11 << 409;
        QTest::newRow("overlaps its end") << 14 << 16 << 409;
        QTest::newRow("inside") << 11 << 12 << 409;
        QTest::newRow("around") << 5 << 20 << 409;
        QTest::newRow("same nights") << 10 << 15 << 409;
        QTest::newRow("starts on its end") << 15 << 17 << 201;
        QTest::newRow("ends on its start") << 8 << 10 << 201;
    }
    void overlappingBlocks()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(int, status);
        const QJsonObject l = listing();
        QCOMPARE(block(l, blockBody(10, 15), m_host.accessToken).status, 201);
        const HttpReply reply = block(l, blockBody(from, to), m_host.accessToken);
        QCOMPARE(reply.status, status);
        if (status == 409)
            QCOMPARE(reply.errorCode(), QStringLiteral("dates_unavailable"));
        const QMap<QString, bool> nights = freeNights(l, 0, 25);
        for (int i = 0; i < 25; ++i) {
            const bool blocked = (i >= 10 && i < 15) || (status == 201 && i >= from && i < to);
            QVERIFY2(nights.value(day(i)) == !blocked, qPrintable(day(i)));
        }
    }

    void blockValidation_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("start yesterday") << blockBody(-1, 3) << QStringLiteral("start_date");
        QTest::newRow("end equals start") << blockBody(3, 3) << QStringLiteral("end_date");
        QTest::newRow("end before start") << blockBody(5, 3) << QStringLiteral("end_date");
        QTest::newRow("start missing") << QJsonObject { { QStringLiteral("end_date"), day(3) } }
                                       << QStringLiteral("start_date");
        QTest::newRow("end missing") << QJsonObject { { QStringLiteral("start_date"), day(3) } }
                                     << QStringLiteral("end_date");
        QJsonObject loose = blockBody(1, 3);
        loose.insert(QStringLiteral("start_date"), QStringLiteral("2031-3-11"));
        QTest::newRow("start not YYYY-MM-DD") << loose << QStringLiteral("start_date");
        loose.insert(QStringLiteral("start_date"), 20310311);
        QTest::newRow("start a number") << loose << QStringLiteral("start_date");
        QJsonObject noted = blockBody(1, 3);
        noted.insert(QStringLiteral("note"), QString(501, QLatin1Char('n')));
        QTest::newRow("note 501 chars") << noted << QStringLiteral("note");
    }
    void blockValidation()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const QJsonObject l = listing();
        const HttpReply reply = block(l, body, m_host.accessToken);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), QStringLiteral("validation_failed"));
        QCOMPARE(reply.errorFields().keys(), QStringList { field });
        const QMap<QString, bool> nights = freeNights(l, 0, 10);
        QVERIFY(!nights.values().contains(false));
    }

    void blocksAreTheHostsOnly_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("expected");
        QTest::newRow("listed: forbidden") << QStringLiteral("listed") << 403;
        QTest::newRow("draft: invisible") << QStringLiteral("draft") << 404;
    }
    void blocksAreTheHostsOnly()
    {
        QFETCH(QString, status);
        QFETCH(int, expected);
        const QJsonObject l = listing(status);
        const HttpReply stranger = block(l, blockBody(2, 4), m_other.accessToken);
        QCOMPARE(stranger.status, expected);
        QCOMPARE(stranger.errorCode(), expected == 403 ? QStringLiteral("forbidden") : QStringLiteral("not_found"));
        QCOMPARE(block(l, blockBody(2, 4), {}).status, 401);

        const HttpReply own = block(l, blockBody(6, 8), m_host.accessToken);
        QCOMPARE(own.status, 201);
        const QString path
            = listingPath(l) + QStringLiteral("/blocks/") + own.json().value(QStringLiteral("id")).toString();
        QCOMPARE(http().del(path, m_other.accessToken).status, expected);
        QCOMPARE(http().del(path).status, 401);
        const QMap<QString, bool> nights = freeNights(l, 0, 10);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(nights.value(day(i)), i < 6 || i >= 8);
    }

    void deleteBlock()
    {
        const QJsonObject a = listing();
        const QJsonObject b = listing();
        const HttpReply created = block(a, blockBody(2, 5), m_host.accessToken);
        QCOMPARE(created.status, 201);
        const QString blockId = created.json().value(QStringLiteral("id")).toString();

        // The block belongs to listing a: through b's path it does not exist, and stays put.
        QCOMPARE(http().del(listingPath(b) + QStringLiteral("/blocks/") + blockId, m_host.accessToken).status, 404);
        QCOMPARE(freeNights(a, 2, 3).value(day(2)), false);
        QCOMPARE(http().del(listingPath(a) + QStringLiteral("/blocks/not-a-uuid"), m_host.accessToken).status, 404);

        const HttpReply removed = http().del(listingPath(a) + QStringLiteral("/blocks/") + blockId, m_host.accessToken);
        QCOMPARE(removed.status, 204);
        QVERIFY(removed.body.isEmpty());
        const QMap<QString, bool> nights = freeNights(a, 0, 10);
        QVERIFY(!nights.values().contains(false));
        QCOMPARE(http().del(listingPath(a) + QStringLiteral("/blocks/") + blockId, m_host.accessToken).status, 404);
        // The nights can be blocked again.
        QCOMPARE(block(a, blockBody(2, 5), m_host.accessToken).status, 201);
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
