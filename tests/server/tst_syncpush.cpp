// SPDX-License-Identifier: Apache-2.0
// POST /sync/push over HTTP (API.md, Sync): mutations through the same rules and permissions as
// REST, each on its own (one rejected mutation does not block the others), idempotent replay by
// mutation_id, and field-level merge for updates.
#include "ApiFixture.h"
#include "BookingApi.h"

#include <QTest>
#include <QUuid>

using namespace roost::test;

namespace {

const QString kPush = QStringLiteral("/api/v1/sync/push");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString idOf(const QJsonObject& o)
{
    return o.value(QStringLiteral("id")).toString();
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject mutation(const QString& entity, const QString& op, const QString& id, const QJsonObject& data = {},
                     const QJsonObject& extra = {})
{
    QJsonObject m{{QStringLiteral("mutation_id"), newId()},
                  {QStringLiteral("entity"), entity},
                  {QStringLiteral("op"), op},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("data"), data}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        m.insert(it.key(), it.value());
    return m;
}

} // namespace

class TestSyncPush : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    TestUser m_host;
    TestUser m_guest;

    HttpClient& http() { return m_api.http(); }

    HttpReply push(const TestUser& user, const QJsonArray& mutations)
    {
        return http().post(kPush, {{QStringLiteral("mutations"), mutations}}, user.accessToken);
    }

    /// The results of a push that must answer 200 (empty otherwise).
    QJsonArray results(const TestUser& user, const QJsonArray& mutations)
    {
        const HttpReply reply = push(user, mutations);
        if (reply.status != 200) {
            qWarning("push answered %d: %s", reply.status, reply.body.constData());
            return {};
        }
        return reply.json().value(QStringLiteral("results")).toArray();
    }

    QJsonObject listing(const TestUser& user, const QString& id)
    {
        return http().get(QStringLiteral("/api/v1/listings/") + id, user.accessToken).json();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_api.start());
        m_host = m_api.registerUser(QStringLiteral("Host"));
        m_guest = m_api.registerUser(QStringLiteral("Guest"));
        QVERIFY(!m_host.id.isEmpty() && !m_guest.id.isEmpty());
    }

    void requiresAuthentication()
    {
        const HttpReply reply = http().post(kPush, {{QStringLiteral("mutations"), QJsonArray()}});
        QCOMPARE(reply.status, 401);
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        const QJsonObject good = mutation(QStringLiteral("listing"), QStringLiteral("delete"), newId());
        auto with = [&good](const QString& key, const QJsonValue& value) {
            QJsonObject m = good;
            if (value.isUndefined())
                m.remove(key);
            else
                m.insert(key, value);
            return QJsonObject{{QStringLiteral("mutations"), QJsonArray{m}}};
        };
        QTest::newRow("no list") << QJsonObject{{QStringLiteral("mutations"), 3}} << QStringLiteral("mutations");
        QTest::newRow("not an object") << QJsonObject{{QStringLiteral("mutations"), QJsonArray{1}}}
                                       << QStringLiteral("mutations[0]");
        QTest::newRow("no mutation_id") << with(QStringLiteral("mutation_id"), QJsonValue::Undefined)
                                        << QStringLiteral("mutations[0].mutation_id");
        QTest::newRow("unknown entity") << with(QStringLiteral("entity"), QStringLiteral("spaceship"))
                                        << QStringLiteral("mutations[0].entity");
        QTest::newRow("unknown op") << with(QStringLiteral("op"), QStringLiteral("explode"))
                                    << QStringLiteral("mutations[0].op");
        QTest::newRow("id not a uuid") << with(QStringLiteral("id"), QStringLiteral("42")) << QStringLiteral("mutations[0].id");
        QTest::newRow("data not an object") << with(QStringLiteral("data"), 7) << QStringLiteral("mutations[0].data");
        QTest::newRow("action without its name") << with(QStringLiteral("op"), QStringLiteral("action"))
                                                 << QStringLiteral("mutations[0].action");
        QJsonArray many;
        for (int i = 0; i < 101; ++i)
            many.append(mutation(QStringLiteral("listing"), QStringLiteral("delete"), newId()));
        QTest::newRow("too many") << QJsonObject{{QStringLiteral("mutations"), many}} << QStringLiteral("mutations");
    }

    void malformedBodies()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const HttpReply reply = http().post(kPush, body, m_host.accessToken);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), QStringLiteral("validation_failed"));
        QVERIFY2(reply.errorFields().contains(field), reply.body.constData());
    }

    void createUpdateDeleteListing()
    {
        const QString id = newId();
        QJsonArray r = results(m_host, {mutation(QStringLiteral("listing"), QStringLiteral("create"), id,
                                                 ApiFixture::listingBody({{QStringLiteral("title"), QStringLiteral("Pushed")}}))});
        QCOMPARE(r.size(), 1);
        QCOMPARE(str(r[0].toObject(), "status"), QStringLiteral("applied"));
        QCOMPARE(r[0].toObject().value(QStringLiteral("version")).toInteger(), 1);
        QCOMPARE(str(listing(m_host, id), "title"), QStringLiteral("Pushed"));

        r = results(m_host, {mutation(QStringLiteral("listing"), QStringLiteral("update"), id,
                                      {{QStringLiteral("title"), QStringLiteral("Pushed again")}},
                                      {{QStringLiteral("base"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Pushed")}}}})});
        QCOMPARE(str(r[0].toObject(), "status"), QStringLiteral("applied"));
        QCOMPARE(r[0].toObject().value(QStringLiteral("version")).toInteger(), 2);
        QCOMPARE(str(listing(m_host, id), "title"), QStringLiteral("Pushed again"));

        r = results(m_host, {mutation(QStringLiteral("listing"), QStringLiteral("delete"), id)});
        QCOMPARE(str(r[0].toObject(), "status"), QStringLiteral("applied"));
        QCOMPARE(http().get(QStringLiteral("/api/v1/listings/") + id, m_host.accessToken).status, 404);
    }

    void ruleViolationIsRejectedWithTheErrorEnvelope()
    {
        const QJsonArray r = results(m_host, {mutation(QStringLiteral("listing"), QStringLiteral("create"), newId(),
                                                       ApiFixture::listingBody({{QStringLiteral("nightly_price"), -5}}))});
        const QJsonObject result = r[0].toObject();
        QCOMPARE(str(result, "status"), QStringLiteral("rejected"));
        const QJsonObject error = result.value(QStringLiteral("error")).toObject();
        QCOMPARE(str(error, "code"), QStringLiteral("validation_failed"));
        QVERIFY(error.value(QStringLiteral("fields")).toObject().contains(QStringLiteral("nightly_price")));
    }

    void repeatedMutationReturnsItsFirstResultAndChangesNothing()
    {
        const QString id = newId();
        const QJsonObject create = mutation(QStringLiteral("listing"), QStringLiteral("create"), id, ApiFixture::listingBody());
        const QJsonArray first = results(m_host, {create});
        QCOMPARE(str(first[0].toObject(), "status"), QStringLiteral("applied"));

        const QJsonObject rename = mutation(QStringLiteral("listing"), QStringLiteral("update"), id,
                                            {{QStringLiteral("title"), QStringLiteral("Renamed once")}});
        const QJsonArray renamed = results(m_host, {rename});
        QCOMPARE(str(renamed[0].toObject(), "status"), QStringLiteral("applied"));
        // an edit made since, by REST
        QCOMPARE(http().patch(QStringLiteral("/api/v1/listings/") + id, {{QStringLiteral("title"), QStringLiteral("Edited")}},
                              m_host.accessToken)
                     .status,
                 200);

        // the same batch again: first results, no second effect
        QCOMPARE(results(m_host, {create, rename}), (QJsonArray{first[0], renamed[0]}));
        const QJsonObject now = listing(m_host, id);
        QCOMPARE(str(now, "title"), QStringLiteral("Edited"));
        QCOMPARE(now.value(QStringLiteral("version")).toInteger(), 3);

        // a rejection is replayed too
        const QJsonObject early = mutation(QStringLiteral("listing"), QStringLiteral("update"), newId(),
                                           {{QStringLiteral("title"), QStringLiteral("x")}});
        const QJsonArray rejected = results(m_host, {early});
        QCOMPARE(str(rejected[0].toObject(), "status"), QStringLiteral("rejected"));
        QCOMPARE(results(m_host, {early}), rejected);

        // mutation ids are per user: another user's same id is a mutation of its own
        const QJsonArray other = results(m_guest, {rename});
        QCOMPARE(str(other[0].toObject(), "status"), QStringLiteral("rejected"));
        QCOMPARE(str(other[0].toObject().value(QStringLiteral("error")).toObject(), "code"), QStringLiteral("forbidden"));
    }

    void fieldLevelMerge()
    {
        const QJsonObject created = m_api.createListing(m_host, {{QStringLiteral("title"), QStringLiteral("Before")}});
        const QString id = idOf(created);
        const qint64 price = created.value(QStringLiteral("nightly_price")).toInteger();
        // the server side changes the price (another device of the host)
        QCOMPARE(http().patch(QStringLiteral("/api/v1/listings/") + id, {{QStringLiteral("nightly_price"), price + 500}},
                              m_host.accessToken)
                     .status,
                 200);

        // an offline edit of the title, based on the old version: no conflict, price kept
        QJsonArray r = results(m_host, {mutation(QStringLiteral("listing"), QStringLiteral("update"), id,
                                                 {{QStringLiteral("title"), QStringLiteral("After")}},
                                                 {{QStringLiteral("base_version"), 1},
                                                  {QStringLiteral("base"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Before")}}}})});
        QCOMPARE(str(r[0].toObject(), "status"), QStringLiteral("applied"));
        QJsonObject now = listing(m_host, id);
        QCOMPARE(str(now, "title"), QStringLiteral("After"));
        QCOMPARE(now.value(QStringLiteral("nightly_price")).toInteger(), price + 500);

        // an offline edit of the price, based on the old price: conflict, nothing written
        r = results(m_host, {mutation(QStringLiteral("listing"), QStringLiteral("update"), id,
                                      {{QStringLiteral("nightly_price"), price + 100}},
                                      {{QStringLiteral("base"), QJsonObject{{QStringLiteral("nightly_price"), price}}}})});
        const QJsonObject conflict = r[0].toObject();
        QCOMPARE(str(conflict, "status"), QStringLiteral("conflict"));
        QCOMPARE(conflict.value(QStringLiteral("current")).toObject(), listing(m_host, id));
        QCOMPARE(conflict.value(QStringLiteral("current")).toObject().value(QStringLiteral("nightly_price")).toInteger(),
                 price + 500);
        QCOMPARE(listing(m_host, id).value(QStringLiteral("version")).toInteger(), 3);
    }

    void oneRejectedMutationDoesNotBlockTheOthers()
    {
        const QJsonObject mine = m_api.createListing(m_host);
        const QJsonObject theirs = m_api.createListing(m_guest);
        const QDate start = BookingApi::today().addDays(30);
        auto block = [&](int offset, int nights) {
            return mutation(QStringLiteral("block"), QStringLiteral("create"), newId(),
                            {{QStringLiteral("listing_id"), idOf(mine)},
                             {QStringLiteral("start_date"), BookingApi::text(start.addDays(offset))},
                             {QStringLiteral("end_date"), BookingApi::text(start.addDays(offset + nights))}});
        };
        const QJsonArray r = results(m_host, {
            block(0, 3),
            mutation(QStringLiteral("listing"), QStringLiteral("update"), idOf(theirs),
                     {{QStringLiteral("title"), QStringLiteral("Mine now")}}),
            block(1, 2), // overlaps the first block
            mutation(QStringLiteral("booking"), QStringLiteral("delete"), newId()),
            block(5, 1),
        });
        QCOMPARE(r.size(), 5);
        QCOMPARE(str(r[0].toObject(), "status"), QStringLiteral("applied"));
        QCOMPARE(str(r[1].toObject(), "status"), QStringLiteral("rejected"));
        QCOMPARE(str(r[1].toObject().value(QStringLiteral("error")).toObject(), "code"), QStringLiteral("forbidden"));
        QCOMPARE(str(r[2].toObject(), "status"), QStringLiteral("rejected"));
        QCOMPARE(str(r[2].toObject().value(QStringLiteral("error")).toObject(), "code"), QStringLiteral("dates_unavailable"));
        QCOMPARE(str(r[3].toObject(), "status"), QStringLiteral("rejected"));
        QCOMPARE(str(r[4].toObject(), "status"), QStringLiteral("applied"));
        QCOMPARE(str(listing(m_guest, idOf(theirs)), "title"), str(theirs, "title"));
    }

    void permissionsAreTheRestEndpoints()
    {
        const QJsonObject draft = m_api.createListing(m_guest, {{QStringLiteral("status"), QStringLiteral("draft")}});
        const QJsonArray r = results(m_host, {
            // a draft of someone else does not exist for the caller
            mutation(QStringLiteral("listing"), QStringLiteral("update"), idOf(draft), {{QStringLiteral("title"), QStringLiteral("x")}},
                     {{QStringLiteral("base"), QJsonObject{{QStringLiteral("title"), str(draft, "title")}}}}),
            mutation(QStringLiteral("listing"), QStringLiteral("delete"), idOf(draft)),
        });
        for (const QJsonValue v : r) {
            QCOMPARE(str(v.toObject(), "status"), QStringLiteral("rejected"));
            QCOMPARE(str(v.toObject().value(QStringLiteral("error")).toObject(), "code"), QStringLiteral("not_found"));
            QVERIFY(!v.toObject().contains(QStringLiteral("current"))); // nothing of the draft leaks
        }
    }

    void bookingsBlocksAndActions()
    {
        const QJsonObject listed = m_api.createListing(m_host);
        const QString bookingId = newId();
        const QDate checkIn = BookingApi::today().addDays(50);
        QJsonArray r = results(m_guest, {mutation(QStringLiteral("booking"), QStringLiteral("create"), bookingId,
                                                  {{QStringLiteral("listing_id"), idOf(listed)},
                                                   {QStringLiteral("check_in"), BookingApi::text(checkIn)},
                                                   {QStringLiteral("check_out"), BookingApi::text(checkIn.addDays(2))},
                                                   {QStringLiteral("guests"), 2}})});
        QCOMPARE(str(r[0].toObject(), "status"), QStringLiteral("applied"));
        BookingApi bookings(http());
        QCOMPARE(str(bookings.booking(m_guest, bookingId), "status"), QStringLiteral("pending_payment"));

        // the guest may not accept; the guest may cancel
        r = results(m_guest, {mutation(QStringLiteral("booking"), QStringLiteral("action"), bookingId, {},
                                       {{QStringLiteral("action"), QStringLiteral("accept")}}),
                              mutation(QStringLiteral("booking"), QStringLiteral("action"), bookingId, {},
                                       {{QStringLiteral("action"), QStringLiteral("cancel")}})});
        QCOMPARE(str(r[0].toObject(), "status"), QStringLiteral("rejected"));
        QCOMPARE(str(r[1].toObject(), "status"), QStringLiteral("applied"));
        QCOMPARE(str(bookings.booking(m_guest, bookingId), "status"), QStringLiteral("cancelled"));

        // a block made and deleted by push; deleting it again is rejected (it is gone)
        const QString blockId = newId();
        r = results(m_host, {mutation(QStringLiteral("block"), QStringLiteral("create"), blockId,
                                      {{QStringLiteral("listing_id"), idOf(listed)},
                                       {QStringLiteral("start_date"), BookingApi::text(checkIn)},
                                       {QStringLiteral("end_date"), BookingApi::text(checkIn.addDays(1))}}),
                             mutation(QStringLiteral("block"), QStringLiteral("delete"), blockId),
                             mutation(QStringLiteral("block"), QStringLiteral("delete"), blockId)});
        QCOMPARE(str(r[0].toObject(), "status"), QStringLiteral("applied"));
        QCOMPARE(str(r[1].toObject(), "status"), QStringLiteral("applied"));
        QCOMPARE(str(r[2].toObject(), "status"), QStringLiteral("rejected"));
        QCOMPARE(str(r[2].toObject().value(QStringLiteral("error")).toObject(), "code"), QStringLiteral("not_found"));
    }

    void ownProfileUpdates()
    {
        QJsonArray r = results(m_guest, {mutation(QStringLiteral("user"), QStringLiteral("update"), m_guest.id,
                                                  {{QStringLiteral("bio"), QStringLiteral("Loves canals")}},
                                                  {{QStringLiteral("base"), QJsonObject{{QStringLiteral("bio"), QString()}}}})});
        QCOMPARE(str(r[0].toObject(), "status"), QStringLiteral("applied"));
        const QJsonObject me = http().get(QStringLiteral("/api/v1/me"), m_guest.accessToken).json();
        QCOMPARE(str(me, "bio"), QStringLiteral("Loves canals"));
        QCOMPARE(r[0].toObject().value(QStringLiteral("version")).toInteger(), me.value(QStringLiteral("version")).toInteger());

        r = results(m_guest, {
            // based on a name the server no longer has
            mutation(QStringLiteral("user"), QStringLiteral("update"), m_guest.id, {{QStringLiteral("display_name"), QStringLiteral("G")}},
                     {{QStringLiteral("base"), QJsonObject{{QStringLiteral("display_name"), QStringLiteral("Someone else")}}}}),
            // someone else's profile
            mutation(QStringLiteral("user"), QStringLiteral("update"), m_host.id, {{QStringLiteral("bio"), QStringLiteral("hacked")}}),
            // passwords change through PATCH /me only
            mutation(QStringLiteral("user"), QStringLiteral("update"), m_guest.id,
                     {{QStringLiteral("new_password"), QStringLiteral("another long password")},
                      {QStringLiteral("current_password"), m_guest.password}}),
        });
        QCOMPARE(str(r[0].toObject(), "status"), QStringLiteral("conflict"));
        QCOMPARE(r[0].toObject().value(QStringLiteral("current")).toObject(),
                 http().get(QStringLiteral("/api/v1/me"), m_guest.accessToken).json());
        QCOMPARE(str(r[1].toObject(), "status"), QStringLiteral("rejected"));
        QCOMPARE(str(r[1].toObject().value(QStringLiteral("error")).toObject(), "code"), QStringLiteral("forbidden"));
        QCOMPARE(str(r[2].toObject(), "status"), QStringLiteral("rejected"));
        QCOMPARE(str(r[2].toObject().value(QStringLiteral("error")).toObject(), "code"), QStringLiteral("validation_failed"));
        QCOMPARE(str(http().get(QStringLiteral("/api/v1/users/") + m_host.id).json(), "bio"), QString());
    }
};

QTEST_GUILESS_MAIN(TestSyncPush)
#include "tst_syncpush.moc"
