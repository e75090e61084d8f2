// SPDX-License-Identifier: Apache-2.0
// GET /sync/pull over HTTP (API.md, Sync): paging without gaps or repeats, who gets which
// objects, loss of visibility as deletes, bad cursors and limits, and the sync invariant
// (ARCHITECTURE.md): a change whose transaction began before a pull but committed after it is
// still delivered by the next pull.
#include "ApiFixture.h"
#include "BookingApi.h"
#include "SyncApi.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <pqxx/pqxx>

using namespace roost::test;

namespace {

const QString kListing = QStringLiteral("listing");
const QString kBlock = QStringLiteral("block");
const QString kBooking = QStringLiteral("booking");
const QString kUser = QStringLiteral("user");

QString idOf(const QJsonObject& o)
{
    return o.value(QStringLiteral("id")).toString();
}

QString field(const QJsonObject& o, const char* name)
{
    return o.value(QLatin1String(name)).toString();
}

} // namespace

class TestSyncPull : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    TestUser m_host;
    TestUser m_guest;
    TestUser m_stranger;

    HttpClient& http() { return m_api.http(); }
    SyncApi sync() { return SyncApi(m_api.http()); }

    QJsonObject createBlock(const QString& listingId, const QDate& start, int nights)
    {
        const HttpReply reply = http().post(QStringLiteral("/api/v1/listings/%1/blocks").arg(listingId),
                                            {{QStringLiteral("start_date"), BookingApi::text(start)},
                                             {QStringLiteral("end_date"), BookingApi::text(start.addDays(nights))}},
                                            m_host.accessToken);
        return reply.status == 201 ? reply.json() : QJsonObject();
    }

    /// A completed stay of `guest` at `listingId` from `checkIn`, reviewed by both sides (which
    /// publishes the guest's review); returns the guest's review id.
    QString publishedStayReview(const TestUser& guest, const QString& listingId, const QDate& checkIn)
    {
        BookingApi bookings(http());
        const QDate checkOut = checkIn.addDays(2);
        const HttpReply booked = bookings.book(guest, listingId, checkIn, checkOut);
        if (booked.status != 201 || bookings.pay(guest, idOf(booked.json())).status != 201)
            return {};
        const QString bookingId = idOf(booked.json());
        bookings.runDueJobs(BookingApi::midnight(checkOut.addDays(1)));
        const Headers dayAfter = BookingApi::at(BookingApi::midnight(checkOut.addDays(1)).addSecs(3600));
        const QJsonObject stars{{QStringLiteral("rating"), 4}, {QStringLiteral("comment"), QStringLiteral("Fine")}};
        const QString path = QStringLiteral("/api/v1/bookings/%1/reviews").arg(bookingId);
        const HttpReply review = http().post(path, stars, guest.accessToken, dayAfter);
        if (review.status != 201 || http().post(path, stars, m_host.accessToken, dayAfter).status != 201)
            return {};
        return idOf(review.json());
    }

    /// The cursor after everything `user` can pull now.
    QString caughtUp(const TestUser& user)
    {
        const Pulled all = sync().pullAll(user);
        return all.ok ? all.cursor : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_api.start());
        m_host = m_api.registerUser(QStringLiteral("Hannah Host"));
        m_guest = m_api.registerUser(QStringLiteral("Gus Guest"));
        m_stranger = m_api.registerUser(QStringLiteral("Stella Stranger"));
        QVERIFY(!m_host.id.isEmpty() && !m_guest.id.isEmpty() && !m_stranger.id.isEmpty());
    }

    void requiresAuthentication()
    {
        const HttpReply reply = http().get(QStringLiteral("/api/v1/sync/pull"));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), QStringLiteral("unauthenticated"));
    }

    void badCursor_data()
    {
        QTest::addColumn<QString>("cursor");
        QTest::newRow("not base64") << QStringLiteral("!!!");
        QTest::newRow("not json") << QStringLiteral("bm90IGpzb24");
        QTest::newRow("another list's cursor") << QStringLiteral("eyJ0IjoiMSIsImlkIjoieCJ9");
        QTest::newRow("negative version") << QStringLiteral("eyJzeW5jIjoiLTUifQ");
    }

    void badCursor()
    {
        QFETCH(QString, cursor);
        const HttpReply reply = sync().pull(m_stranger, cursor);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), QStringLiteral("bad_request"));
    }

    void badLimit_data()
    {
        QTest::addColumn<QString>("limit");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("negative") << QStringLiteral("-3");
        QTest::newRow("text") << QStringLiteral("many");
        QTest::newRow("fraction") << QStringLiteral("2.5");
    }

    void badLimit()
    {
        QFETCH(QString, limit);
        const HttpReply reply = http().get(QStringLiteral("/api/v1/sync/pull?limit=") + limit, m_stranger.accessToken);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), QStringLiteral("validation_failed"));
        QVERIFY(reply.errorFields().contains(QStringLiteral("limit")));
    }

    void limitAboveMaximumIsClamped()
    {
        const HttpReply reply = sync().pull(m_stranger, {}, 100000);
        QCOMPARE(reply.status, 200);
    }

    void ownProfileInFullOthersPublic()
    {
        const QJsonObject listing = m_api.createListing(m_host, {{QStringLiteral("title"), QStringLiteral("Profile loft")}});
        QVERIFY(!listing.isEmpty());
        const Pulled mine = sync().pullAll(m_host);
        QVERIFY(mine.ok);
        QCOMPARE(field(mine.dataOf(kUser, m_host.id), "email"), m_host.email);

        const Pulled theirs = sync().pullAll(m_stranger);
        QVERIFY(theirs.ok);
        const QJsonObject hostProfile = theirs.dataOf(kUser, m_host.id);
        QCOMPARE(field(hostProfile, "display_name"), QStringLiteral("Hannah Host"));
        QVERIFY(!hostProfile.contains(QStringLiteral("email")));
        QVERIFY(!hostProfile.contains(QStringLiteral("phone")));
        // exactly GET /users/{id}
        QCOMPARE(hostProfile, http().get(QStringLiteral("/api/v1/users/") + m_host.id).json());
        // a user nothing visible names is not delivered
        QVERIFY(!theirs.find(kUser, m_guest.id));
    }

    void fullWalkWithPagingHasNoGapsOrRepeats()
    {
        QSet<QString> created;
        for (int i = 0; i < 13; ++i) {
            const QJsonObject listing =
                m_api.createListing(m_host, {{QStringLiteral("title"), QStringLiteral("Walk %1").arg(i)}});
            QVERIFY(!listing.isEmpty());
            created.insert(idOf(listing));
        }
        const Pulled whole = sync().pullAll(m_stranger, {}, 1000);
        QVERIFY(whole.ok);
        QCOMPARE(whole.pages, 1);

        QSet<QString> seen;
        QString cursor;
        bool more = true;
        int pages = 0;
        qint64 last = 0;
        QByteArray forecast; // the previous page's forecast of where this one ends
        bool forecastMore = false;
        while (more && pages < 100) {
            const HttpReply reply = sync().pull(m_stranger, cursor, 4);
            QCOMPARE(reply.status, 200);
            const QJsonObject body = reply.json();
            const QJsonArray changes = body.value(QStringLiteral("changes")).toArray();
            QVERIFY(changes.size() <= 4 * 3); // a change plus the profiles it names at most
            qint64 previous = last;
            for (const QJsonValue v : changes) {
                const QJsonObject change = v.toObject();
                const qint64 version = change.value(QStringLiteral("version")).toInteger();
                // a profile shares the version of the object naming it; nothing goes back
                QVERIFY2(version > last, "a version repeats or goes back across pages");
                QVERIFY2(version >= previous, "versions go back within a page");
                previous = version;
                // Profiles too: the host's comes once in a walk from scratch, not with every
                // page naming it (its log entry follows its listings, see migration 0009).
                const QString key = change.value(QStringLiteral("entity")).toString() + QLatin1Char('/') + idOf(change);
                QVERIFY2(!seen.contains(key), qPrintable(QStringLiteral("delivered twice: ") + key));
                seen.insert(key);
            }
            if (!changes.isEmpty())
                last = changes.last().toObject().value(QStringLiteral("version")).toInteger();
            cursor = body.value(QStringLiteral("cursor")).toString();
            more = body.value(QStringLiteral("has_more")).toBool();
            // The header names the same cursor, only while there is more to pull.
            QCOMPARE(reply.header("Roost-Next-Cursor"), more ? cursor.toLatin1() : QByteArray());
            // Nothing changes during this walk, so each forecast comes true, and comes only
            // while the page it forecasts has more after it.
            if (forecastMore) {
                QCOMPARE(cursor.toLatin1(), forecast);
                QVERIFY(more);
            }
            forecast = reply.header("Roost-Following-Cursor");
            forecastMore = !forecast.isEmpty();
            if (!more)
                QVERIFY(forecast.isEmpty());
            ++pages;
        }
        QVERIFY(!more);
        QVERIFY(pages > 3);
        for (const QString& id : created)
            QVERIFY2(seen.contains(kListing + QLatin1Char('/') + id), qPrintable(QStringLiteral("missing ") + id));
        // the paged walk delivered exactly what one big page does
        QSet<QString> wholeKeys;
        for (const QJsonValue v : whole.changes) {
            const QJsonObject change = v.toObject();
            wholeKeys.insert(change.value(QStringLiteral("entity")).toString() + QLatin1Char('/') + idOf(change));
        }
        QCOMPARE(seen, wholeKeys);
        QVERIFY(seen.contains(kUser + QLatin1Char('/') + m_host.id));
        // caught up: nothing more, same cursor
        const HttpReply again = sync().pull(m_stranger, cursor);
        QCOMPARE(again.status, 200);
        QVERIFY(again.json().value(QStringLiteral("changes")).toArray().isEmpty());
        QCOMPARE(again.json().value(QStringLiteral("has_more")).toBool(), false);
    }

    void aForecastOvertakenByAChangeLeavesNoGap()
    {
        const QString start = caughtUp(m_stranger);
        QStringList created;
        for (int i = 0; i < 6; ++i) {
            const QJsonObject listing = m_api.createListing(m_host, {{QStringLiteral("title"), QStringLiteral("Ahead %1").arg(i)}});
            QVERIFY(!listing.isEmpty());
            created << idOf(listing);
        }
        // Pages of two log entries from `start`: the first forecasts where the second ends.
        const HttpReply first = sync().pull(m_stranger, start, 2);
        QCOMPARE(first.status, 200);
        const QByteArray next = first.header("Roost-Next-Cursor");
        const QByteArray forecast = first.header("Roost-Following-Cursor");
        QVERIFY(!next.isEmpty() && !forecast.isEmpty());
        const HttpReply asForecast = sync().pull(m_stranger, QString::fromLatin1(next), 2);
        QCOMPARE(asForecast.json().value(QStringLiteral("cursor")).toString().toLatin1(), forecast);

        // An object of that second page changes: its entry moves to the end of the log, and the
        // second page, asked for now, ends past the forecast.
        const QJsonArray second = asForecast.json().value(QStringLiteral("changes")).toArray();
        QString moved;
        for (const QJsonValue v : second) {
            if (field(v.toObject(), "entity") == kListing)
                moved = idOf(v.toObject());
        }
        QVERIFY(!moved.isEmpty());
        QCOMPARE(http().patch(QStringLiteral("/api/v1/listings/") + moved, {{QStringLiteral("title"), QStringLiteral("Moved on")}},
                              m_host.accessToken)
                     .status,
                 200);
        const HttpReply overtaken = sync().pull(m_stranger, QString::fromLatin1(next), 2);
        QCOMPARE(overtaken.status, 200);
        QVERIFY(overtaken.json().value(QStringLiteral("cursor")).toString().toLatin1() != forecast);

        // Following each page's own cursor from there delivers everything, the moved listing in
        // its new state; the page the forecast named overlaps what came before, and skips nothing.
        QSet<QString> seen;
        QString title;
        auto take = [&](const QJsonObject& body) {
            for (const QJsonValue v : body.value(QStringLiteral("changes")).toArray()) {
                seen.insert(idOf(v.toObject()));
                if (idOf(v.toObject()) == moved)
                    title = field(v.toObject().value(QStringLiteral("data")).toObject(), "title");
            }
        };
        take(first.json());
        take(overtaken.json());
        const Pulled rest = sync().pullAll(m_stranger, overtaken.json().value(QStringLiteral("cursor")).toString());
        QVERIFY(rest.ok);
        take(QJsonObject{{QStringLiteral("changes"), rest.changes}});
        for (const QString& id : created)
            QVERIFY2(seen.contains(id), qPrintable(QStringLiteral("missing ") + id));
        QCOMPARE(title, QStringLiteral("Moved on"));
        const Pulled fromForecast = sync().pullAll(m_stranger, QString::fromLatin1(forecast));
        QVERIFY(fromForecast.ok);
        QVERIFY(fromForecast.find(kListing, moved));
    }

    void remainingIsAnUpperBoundOfWhatIsLeft()
    {
        for (int i = 0; i < 9; ++i)
            QVERIFY(!m_api.createListing(m_host, {{QStringLiteral("title"), QStringLiteral("Count %1").arg(i)}}).isEmpty());
        // Per page: what it said was left, and how many log entries it delivered.
        QList<qint64> said;
        QList<int> delivered;
        QString cursor;
        bool more = true;
        while (more && said.size() < 200) {
            const HttpReply reply = sync().pull(m_stranger, cursor, 3);
            QCOMPARE(reply.status, 200);
            const QJsonObject body = reply.json();
            QVERIFY2(body.value(QStringLiteral("remaining")).isDouble(), "remaining is missing");
            said.append(body.value(QStringLiteral("remaining")).toInteger());
            int entries = 0;
            for (const QJsonValue v : body.value(QStringLiteral("changes")).toArray())
                entries += v.toObject().value(QStringLiteral("entity")).toString() == kUser ? 0 : 1;
            delivered.append(entries);
            cursor = body.value(QStringLiteral("cursor")).toString();
            more = body.value(QStringLiteral("has_more")).toBool();
        }
        QVERIFY(!more);
        QVERIFY(said.size() > 3);
        QCOMPARE(said.last(), 0);
        for (int page = 0; page < said.size(); ++page) {
            int after = 0;
            for (int later = page + 1; later < delivered.size(); ++later)
                after += delivered.at(later);
            QVERIFY2(said.at(page) >= after, qPrintable(QStringLiteral("page %1 said %2 left, %3 came").arg(page).arg(said.at(page)).arg(after)));
            if (page + 1 < said.size())
                QVERIFY(said.at(page) > 0);
        }
    }

    void draftsOnlyForTheirHost()
    {
        const QString hostCursor = caughtUp(m_host);
        const QString strangerCursor = caughtUp(m_stranger);
        const QJsonObject draft = m_api.createListing(m_host, {{QStringLiteral("status"), QStringLiteral("draft")}});
        QVERIFY(!draft.isEmpty());

        const Pulled host = sync().pullAll(m_host, hostCursor);
        QVERIFY(host.ok);
        QCOMPARE(host.opOf(kListing, idOf(draft)), QStringLiteral("upsert"));
        // data is what GET /listings/{id} answers the host
        QCOMPARE(host.dataOf(kListing, idOf(draft)),
                 http().get(QStringLiteral("/api/v1/listings/") + idOf(draft), m_host.accessToken).json());

        const Pulled stranger = sync().pullAll(m_stranger, strangerCursor);
        QVERIFY(stranger.ok);
        QVERIFY(!stranger.find(kListing, idOf(draft)));
    }

    void aDeletedDraftTakesItsBlocksOutOfItsHostsCache()
    {
        const QJsonObject draft = m_api.createListing(m_host, {{QStringLiteral("status"), QStringLiteral("draft")}});
        QVERIFY(!draft.isEmpty());
        const QJsonObject block = createBlock(idOf(draft), BookingApi::today().addDays(60), 2);
        QVERIFY(!block.isEmpty());
        const Pulled before = sync().pullAll(m_host);
        QCOMPARE(before.dataOf(kBlock, idOf(block)), block);

        QCOMPARE(http().del(QStringLiteral("/api/v1/listings/") + idOf(draft), m_host.accessToken).status, 204);
        const Pulled after = sync().pullAll(m_host, before.cursor);
        QVERIFY(after.ok);
        QCOMPARE(after.opOf(kListing, idOf(draft)), QStringLiteral("delete"));
        QCOMPARE(after.opOf(kBlock, idOf(block)), QStringLiteral("delete"));
    }

    void unlistingIsADeleteForOthersOnly()
    {
        const QJsonObject listing = m_api.createListing(m_host);
        const QJsonObject block = createBlock(idOf(listing), BookingApi::today().addDays(40), 3);
        QVERIFY(!block.isEmpty());
        const Pulled before = sync().pullAll(m_stranger);
        QCOMPARE(before.opOf(kListing, idOf(listing)), QStringLiteral("upsert"));
        QCOMPARE(before.dataOf(kBlock, idOf(block)), block);
        const QString hostCursor = caughtUp(m_host);

        const HttpReply patched = http().patch(QStringLiteral("/api/v1/listings/") + idOf(listing),
                                               {{QStringLiteral("status"), QStringLiteral("unlisted")}}, m_host.accessToken);
        QCOMPARE(patched.status, 200);

        const Pulled stranger = sync().pullAll(m_stranger, before.cursor);
        QVERIFY(stranger.ok);
        QCOMPARE(stranger.opOf(kListing, idOf(listing)), QStringLiteral("delete"));
        QCOMPARE(stranger.opOf(kBlock, idOf(block)), QStringLiteral("delete"));

        const Pulled host = sync().pullAll(m_host, hostCursor);
        QVERIFY(host.ok);
        QCOMPARE(host.opOf(kListing, idOf(listing)), QStringLiteral("upsert"));
        QCOMPARE(field(host.dataOf(kListing, idOf(listing)), "status"), QStringLiteral("unlisted"));
        QCOMPARE(host.opOf(kBlock, idOf(block)), QStringLiteral("upsert"));

        // listed again: back for everyone, blocks included
        QCOMPARE(http().patch(QStringLiteral("/api/v1/listings/") + idOf(listing),
                              {{QStringLiteral("status"), QStringLiteral("listed")}}, m_host.accessToken)
                     .status,
                 200);
        const Pulled relisted = sync().pullAll(m_stranger, stranger.cursor);
        QCOMPARE(relisted.opOf(kListing, idOf(listing)), QStringLiteral("upsert"));
        QCOMPARE(relisted.opOf(kBlock, idOf(block)), QStringLiteral("upsert"));
    }

    void deletedListingAndBlockAreDeletes()
    {
        const QJsonObject listing = m_api.createListing(m_host);
        const QJsonObject block = createBlock(idOf(listing), BookingApi::today().addDays(60), 2);
        QVERIFY(!block.isEmpty());
        const QString strangerCursor = caughtUp(m_stranger);
        const QString hostCursor = caughtUp(m_host);

        QCOMPARE(http().del(QStringLiteral("/api/v1/listings/%1/blocks/%2").arg(idOf(listing), idOf(block)), m_host.accessToken)
                     .status,
                 204);
        Pulled stranger = sync().pullAll(m_stranger, strangerCursor);
        QCOMPARE(stranger.opOf(kBlock, idOf(block)), QStringLiteral("delete"));
        Pulled host = sync().pullAll(m_host, hostCursor);
        QCOMPARE(host.opOf(kBlock, idOf(block)), QStringLiteral("delete"));

        QCOMPARE(http().del(QStringLiteral("/api/v1/listings/") + idOf(listing), m_host.accessToken).status, 204);
        stranger = sync().pullAll(m_stranger, stranger.cursor);
        QCOMPARE(stranger.opOf(kListing, idOf(listing)), QStringLiteral("delete"));
        host = sync().pullAll(m_host, host.cursor);
        QCOMPARE(host.opOf(kListing, idOf(listing)), QStringLiteral("delete"));
    }

    void bookingsPaymentsAndPayoutsReachTheirPartiesOnly()
    {
        const QJsonObject listing = m_api.createListing(m_host, {{QStringLiteral("instant_book"), true}});
        const QString hostCursor = caughtUp(m_host);
        const QString guestCursor = caughtUp(m_guest);
        const QString strangerCursor = caughtUp(m_stranger);

        BookingApi bookings(http());
        const HttpReply booked = bookings.book(m_guest, idOf(listing), BookingApi::today().addDays(20),
                                               BookingApi::today().addDays(23));
        QCOMPARE(booked.status, 201);
        const QString bookingId = idOf(booked.json());
        const HttpReply paid = bookings.pay(m_guest, bookingId);
        QCOMPARE(paid.status, 201);
        const QString paymentId = idOf(paid.json());
        const QString payoutId = idOf(bookings.payoutOf(m_host, bookingId));
        QVERIFY(!payoutId.isEmpty());

        const Pulled guest = sync().pullAll(m_guest, guestCursor);
        QVERIFY(guest.ok);
        QCOMPARE(guest.dataOf(kBooking, bookingId), bookings.booking(m_guest, bookingId));
        QCOMPARE(field(guest.dataOf(kBooking, bookingId), "status"), QStringLiteral("confirmed"));
        QCOMPARE(guest.opOf(QStringLiteral("payment"), paymentId), QStringLiteral("upsert"));
        QVERIFY(!guest.find(QStringLiteral("payout"), payoutId));
        // the host's public profile came with the booking
        QCOMPARE(field(guest.dataOf(kUser, m_host.id), "display_name"), QStringLiteral("Hannah Host"));

        const Pulled host = sync().pullAll(m_host, hostCursor);
        QVERIFY(host.ok);
        QCOMPARE(host.dataOf(kBooking, bookingId), bookings.booking(m_host, bookingId));
        QCOMPARE(host.opOf(QStringLiteral("payout"), payoutId), QStringLiteral("upsert"));
        QVERIFY(!host.find(QStringLiteral("payment"), paymentId));
        const QJsonObject guestProfile = host.dataOf(kUser, m_guest.id);
        QCOMPARE(field(guestProfile, "display_name"), QStringLiteral("Gus Guest"));
        QVERIFY(!guestProfile.contains(QStringLiteral("email")));

        const Pulled stranger = sync().pullAll(m_stranger, strangerCursor);
        QVERIFY(stranger.ok);
        QVERIFY(!stranger.find(kBooking, bookingId));
        QVERIFY(!stranger.find(QStringLiteral("payment"), paymentId));
        QVERIFY(!stranger.find(QStringLiteral("payout"), payoutId));
        QVERIFY(!stranger.find(kUser, m_guest.id));
    }

    void reviewsAreDoubleBlindInPullsToo()
    {
        // a completed stay on an instant-book listing
        BookingApi bookings(http());
        const TestUser guest = m_api.registerUser(QStringLiteral("Reviewing Guest"));
        const QJsonObject listing = m_api.createListing(m_host, {{QStringLiteral("instant_book"), true}});
        const QDate checkIn = BookingApi::today().addDays(90);
        const QDate checkOut = checkIn.addDays(2);
        const HttpReply booked = bookings.book(guest, idOf(listing), checkIn, checkOut);
        QCOMPARE(booked.status, 201);
        const QString bookingId = idOf(booked.json());
        QCOMPARE(bookings.pay(guest, bookingId).status, 201);
        QVERIFY(bookings.runDueJobs(BookingApi::midnight(checkOut.addDays(1))) >= 1);
        const Headers dayAfter = BookingApi::at(BookingApi::midnight(checkOut.addDays(1)).addSecs(3600));
        const QJsonObject stars{{QStringLiteral("rating"), 5}, {QStringLiteral("comment"), QStringLiteral("Lovely")}};

        const QString strangerCursor = caughtUp(m_stranger);
        const QString hostCursor = caughtUp(m_host);
        const HttpReply guestReview =
            http().post(QStringLiteral("/api/v1/bookings/%1/reviews").arg(bookingId), stars, guest.accessToken, dayAfter);
        QCOMPARE(guestReview.status, 201);
        const QString guestReviewId = idOf(guestReview.json());

        // unpublished: only its author pulls it
        Pulled author = sync().pullAll(guest);
        QCOMPARE(author.dataOf(QStringLiteral("review"), guestReviewId),
                 http().get(QStringLiteral("/api/v1/reviews/") + guestReviewId, guest.accessToken).json());
        QVERIFY(!sync().pullAll(m_stranger, strangerCursor).find(QStringLiteral("review"), guestReviewId));
        QVERIFY(!sync().pullAll(m_host, hostCursor).find(QStringLiteral("review"), guestReviewId));

        // the host's review publishes both
        const HttpReply hostReview =
            http().post(QStringLiteral("/api/v1/bookings/%1/reviews").arg(bookingId), stars, m_host.accessToken, dayAfter);
        QCOMPARE(hostReview.status, 201);
        const QString hostReviewId = idOf(hostReview.json());
        const Pulled stranger = sync().pullAll(m_stranger, strangerCursor);
        QCOMPARE(stranger.dataOf(QStringLiteral("review"), guestReviewId),
                 http().get(QStringLiteral("/api/v1/reviews/") + guestReviewId).json());
        QVERIFY(!stranger.find(QStringLiteral("review"), hostReviewId)); // about the guest, not the listing
        QCOMPARE(stranger.dataOf(kListing, idOf(listing)).value(QStringLiteral("rating_count")).toInt(), 1);
        const Pulled host = sync().pullAll(m_host, hostCursor);
        QCOMPARE(host.opOf(QStringLiteral("review"), hostReviewId), QStringLiteral("upsert"));
        QCOMPARE(host.opOf(QStringLiteral("review"), guestReviewId), QStringLiteral("upsert"));
    }

    void reviewersComeOnceInAWalkFromScratch()
    {
        // One guest's reviews on two listings land on different pages of a walk; the guest
        // signed up before both, so without its log entry moving on (migration 0010) each page
        // would carry the profile again.
        const TestUser guest = m_api.registerUser(QStringLiteral("Frequent Guest"));
        const QDate checkIn = BookingApi::today().addDays(120);
        QStringList reviews;
        for (int i = 0; i < 2; ++i) {
            const QJsonObject listing = m_api.createListing(m_host, {{QStringLiteral("instant_book"), true}});
            reviews.append(publishedStayReview(guest, idOf(listing), checkIn.addDays(10 * i)));
            QVERIFY(!reviews.last().isEmpty());
        }
        const TestUser newcomer = m_api.registerUser(QStringLiteral("Newcomer"));
        QHash<QString, int> delivered;
        int pages = 0;
        QString cursor;
        bool more = true;
        while (more && pages < 500) {
            const HttpReply reply = sync().pull(newcomer, cursor, 1);
            QCOMPARE(reply.status, 200);
            for (const QJsonValue v : reply.json().value(QStringLiteral("changes")).toArray()) {
                const QJsonObject change = v.toObject();
                delivered[field(change, "entity") + QLatin1Char('/') + idOf(change)] += 1;
            }
            cursor = reply.json().value(QStringLiteral("cursor")).toString();
            more = reply.json().value(QStringLiteral("has_more")).toBool();
            ++pages;
        }
        QVERIFY(!more);
        for (const QString& review : std::as_const(reviews))
            QCOMPARE(delivered.value(QStringLiteral("review/") + review), 1);
        QCOMPARE(delivered.value(kUser + QLatin1Char('/') + guest.id), 1);
        // (The host may come twice: a published review updates its listing's rating after the
        // host's entry moved, and a listing changed after its host's entry brings the profile
        // along, as any object logged after a profile does.)
        QVERIFY(delivered.value(kUser + QLatin1Char('/') + m_host.id) >= 1);
    }

    /// The sync invariant: T1 begins and changes a listing, T2 commits and is pulled (the
    /// client now holds a cursor past T2), then T1 commits. The next pull must deliver T1.
    void changeCommittedAfterAPullIsDeliveredByTheNext()
    {
        const QJsonObject slow = m_api.createListing(m_host, {{QStringLiteral("title"), QStringLiteral("Slow")}});
        const QJsonObject fast = m_api.createListing(m_host, {{QStringLiteral("title"), QStringLiteral("Fast")}});
        QVERIFY(!slow.isEmpty() && !fast.isEmpty());
        const QString start = caughtUp(m_stranger);

        pqxx::connection connection(m_api.databaseUrl().toStdString());
        pqxx::work early(connection);
        early.exec_params0("UPDATE listings SET title = 'Slow but sure', version = version + 1 WHERE id = $1",
                           idOf(slow).toStdString());
        early.exec_params0("INSERT INTO blocks (id, listing_id, stay, create_fingerprint) "
                           "VALUES (gen_random_uuid(), $1, daterange(current_date + 300, current_date + 302), '\\x00')",
                           idOf(slow).toStdString());

        QCOMPARE(http().patch(QStringLiteral("/api/v1/listings/") + idOf(fast),
                              {{QStringLiteral("title"), QStringLiteral("Fast and done")}}, m_host.accessToken)
                     .status,
                 200);
        const Pulled first = sync().pullAll(m_stranger, start);
        QVERIFY(first.ok);
        QCOMPARE(field(first.dataOf(kListing, idOf(fast)), "title"), QStringLiteral("Fast and done"));
        QVERIFY(!first.find(kListing, idOf(slow)));

        early.commit();

        const Pulled second = sync().pullAll(m_stranger, first.cursor);
        QVERIFY(second.ok);
        QCOMPARE(field(second.dataOf(kListing, idOf(slow)), "title"), QStringLiteral("Slow but sure"));
        bool blockSeen = false;
        for (const QJsonValue v : second.changes)
            blockSeen = blockSeen || (field(v.toObject(), "entity") == kBlock && field(v.toObject(), "op") == QLatin1String("upsert"));
        QVERIFY(blockSeen);
    }
};

QTEST_GUILESS_MAIN(TestSyncPull)
#include "tst_syncpull.moc"
