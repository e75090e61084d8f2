// SPDX-License-Identifier: Apache-2.0
// Booking load driver: booking + payment throughput with 32 clients on distinct dates, and the
// 32-way same-dates race repeated N times (the number of winners per round must always be 1).
#include "BenchClient.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <vector>

using roost::bench::BenchClient;

namespace {

constexpr int kClients = 32;

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

struct Actor {
    std::unique_ptr<BenchClient> client;
    QByteArray token;
};

QByteArray registerUser(BenchClient& client, const QString& tag)
{
    const auto a = client.postSync(QStringLiteral("/api/v1/auth/register"),
                                   {{QStringLiteral("email"), QStringLiteral("%1-%2@bench.example").arg(tag, QUuid::createUuid().toString(QUuid::Id128).left(10))},
                                    {QStringLiteral("password"), QStringLiteral("bench-password-1")},
                                    {QStringLiteral("display_name"), tag}});
    if (a.status != 201)
        qFatal("registration failed with status %d", a.status);
    return a.json.value(QStringLiteral("access_token")).toString().toLatin1();
}

QString createListing(BenchClient& client, const QByteArray& hostToken, int n)
{
    const auto a = client.postSync(QStringLiteral("/api/v1/listings"),
                                   {{QStringLiteral("title"), QStringLiteral("Bench flat %1").arg(n)},
                                    {QStringLiteral("property_type"), QStringLiteral("apartment")},
                                    {QStringLiteral("city"), QStringLiteral("Benchville")},
                                    {QStringLiteral("country"), QStringLiteral("NL")},
                                    {QStringLiteral("latitude"), 52.0},
                                    {QStringLiteral("longitude"), 4.0},
                                    {QStringLiteral("max_guests"), 4},
                                    {QStringLiteral("nightly_price"), 10000},
                                    {QStringLiteral("currency"), QStringLiteral("EUR")},
                                    {QStringLiteral("max_nights"), 730},
                                    {QStringLiteral("instant_book"), true},
                                    {QStringLiteral("status"), QStringLiteral("listed")}},
                                   hostToken);
    if (a.status != 201)
        qFatal("listing creation failed with status %d", a.status);
    return a.json.value(QStringLiteral("id")).toString();
}

QJsonObject bookingBody(const QString& listing, const QDate& in, int nights)
{
    return {{QStringLiteral("listing_id"), listing},
            {QStringLiteral("check_in"), in.toString(Qt::ISODate)},
            {QStringLiteral("check_out"), in.addDays(nights).toString(Qt::ISODate)},
            {QStringLiteral("guests"), 2}};
}

const QJsonObject kCard{{QStringLiteral("card_number"), QStringLiteral("4242424242424242")},
                        {QStringLiteral("exp_month"), 12},
                        {QStringLiteral("exp_year"), 2099},
                        {QStringLiteral("cvc"), QStringLiteral("123")}};

qint64 percentile(std::vector<qint64> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

/// Each client books 2-night stays back to back on its own listing, then pays, as fast as it can.
void throughput(std::vector<Actor>& guests, const QStringList& listings, int seconds)
{
    std::vector<qint64> latencies;
    int done = 0, failed = 0;
    QElapsedTimer clock;
    clock.start();
    const QDate first = QDate::currentDate().addDays(30);
    std::vector<int> next(guests.size(), 0);
    QEventLoop loop;
    int running = int(guests.size());
    std::function<void(size_t)> step = [&](size_t i) {
        if (clock.elapsed() >= seconds * 1000LL) {
            if (--running == 0)
                loop.quit();
            return;
        }
        const QDate in = first.addDays(2 * next[i]++);
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        guests[i].client->post(QStringLiteral("/api/v1/bookings"), bookingBody(listings[qsizetype(i)], in, 2), guests[i].token,
                               [&, i, started](const BenchClient::Answer& booked) {
                                   if (booked.status != 201) {
                                       ++failed;
                                       step(i);
                                       return;
                                   }
                                   const QString id = booked.json.value(QStringLiteral("id")).toString();
                                   guests[i].client->post(QStringLiteral("/api/v1/bookings/%1/payments").arg(id), kCard,
                                                          guests[i].token,
                                                          [&, i, started](const BenchClient::Answer& paid) {
                                                              if (paid.status == 201) {
                                                                  ++done;
                                                                  latencies.push_back(started->nsecsElapsed() / 1000);
                                                              } else {
                                                                  ++failed;
                                                              }
                                                              step(i);
                                                          },
                                                          QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
                               });
    };
    for (size_t i = 0; i < guests.size(); ++i)
        step(i);
    loop.exec();
    const double secs = double(clock.elapsed()) / 1000.0;
    out() << "booking+payment throughput (" << guests.size() << " clients, distinct dates, " << seconds << " s):\n"
          << "  completed " << done << " (" << QString::number(double(done) / secs, 'f', 1) << " bookings+payments/s), failed "
          << failed << "\n  latency of book+pay: p50 " << QString::number(double(percentile(latencies, 0.5)) / 1000.0, 'f', 1)
          << " ms, p99 " << QString::number(double(percentile(latencies, 0.99)) / 1000.0, 'f', 1) << " ms\n";
}

/// All clients book the same dates of one listing at once; exactly one must win, every round.
void race(std::vector<Actor>& guests, const QStringList& listings)
{
    int perfect = 0;
    QStringList winners;
    const QDate in = QDate::currentDate().addDays(60);
    for (const QString& listing : listings) {
        int wins = 0, answered = 0;
        QEventLoop loop;
        for (Actor& g : guests)
            g.client->post(QStringLiteral("/api/v1/bookings"), bookingBody(listing, in, 3), g.token,
                           [&](const BenchClient::Answer& a) {
                               wins += a.status == 201 ? 1 : 0;
                               if (++answered == int(guests.size()))
                                   loop.quit();
                           });
        loop.exec();
        winners << QString::number(wins);
        perfect += wins == 1 ? 1 : 0;
    }
    out() << "same-dates race (" << guests.size() << " clients x " << listings.size() << " rounds):\n"
          << "  winners per round: " << winners.join(QLatin1Char(' ')) << "\n"
          << "  rounds with exactly one winner: " << perfect << "/" << listings.size() << "\n";
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || !args[1].startsWith(QLatin1String("http://127.0.0.1:"))) {
        QTextStream(stderr) << "usage: roost-bench-bookings http://127.0.0.1:PORT [seconds] [rounds]\n";
        return 2;
    }
    const QString url = args[1];
    const int seconds = args.value(2, QStringLiteral("10")).toInt();
    const int rounds = args.value(3, QStringLiteral("100")).toInt();

    BenchClient setup(url);
    const QByteArray host = registerUser(setup, QStringLiteral("host"));
    std::vector<Actor> guests;
    for (int i = 0; i < kClients; ++i) {
        Actor a{std::make_unique<BenchClient>(url), {}};
        a.token = registerUser(*a.client, QStringLiteral("guest%1").arg(i));
        guests.push_back(std::move(a));
    }
    QStringList own, shared;
    for (int i = 0; i < kClients; ++i)
        own << createListing(setup, host, i);
    for (int i = 0; i < rounds; ++i)
        shared << createListing(setup, host, kClients + i);

    throughput(guests, own, seconds);
    race(guests, shared);
    out().flush();
    return 0;
}
