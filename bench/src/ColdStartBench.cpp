// SPDX-License-Identifier: Apache-2.0
// The desktop client's cold start over a large cache. Two modes, so that the measured process
// starts cold (nothing of the fill is left in its memory):
//
//   roost-bench-cold-start fill CACHE [--listings 100000]   writes listed listings into CACHE
//   roost-bench-cold-start measure CACHE                     starts the app's main window on it
//
// `measure` prints the time from the process's start (the kernel's start time, so loading the
// binary and its libraries counts) to the first paint of ExploreView with results, and the
// process's peak resident set size (VmHWM). Prints figures; asserts nothing.
#include "LocalStore.h"
#include "SyncEngine.h"
#include "TokenStore.h"
#include "common/AppContext.h"
#include "common/PhotoCache.h"
#include "guest/ExploreView.h"
#include "ui/MainWindow.h"
#include "ui/Pages.h"
#include "guest/ListingSearchModel.h"
#include "roost/Clock.h"
#include "roost/Id.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QListView>
#include <QTimer>
#include <cstdio>
#include <ctime>
#include <unistd.h>

using namespace roost;

namespace {

/// Seconds since boot at which this process started (field 22 of /proc/self/stat, in clock ticks).
double processStartSeconds()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces; the fields after it follow its closing ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int kStartTimeField = 22 - 3; // fields counted from 1, and the first two are skipped
    return fields.value(kStartTimeField).toDouble() / double(sysconf(_SC_CLK_TCK));
}

double bootSecondsNow()
{
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

QString statusField(const char* name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(name))
            return QString::fromLatin1(line.mid(int(qstrlen(name)) + 1).trimmed());
    }
    return {};
}

QJsonObject listing(int i, const QDateTime& epoch)
{
    static const QStringList cities { QStringLiteral("Lisbon"), QStringLiteral("Porto"), QStringLiteral("Berlin"),
        QStringLiteral("Paris"), QStringLiteral("Rome"), QStringLiteral("Oslo") };
    static const QStringList types { QStringLiteral("apartment"), QStringLiteral("house"), QStringLiteral("room"),
        QStringLiteral("cabin") };
    const QString id = idToString(newId());
    return { { QStringLiteral("id"), id }, { QStringLiteral("host_id"), idToString(newId()) },
        { QStringLiteral("title"), QStringLiteral("Bright place no. %1").arg(i) },
        { QStringLiteral("description"),
            QStringLiteral("A quiet home with a view, close to everything the city offers.") },
        { QStringLiteral("property_type"), types.at(i % types.size()) },
        { QStringLiteral("city"), cities.at(i % cities.size()) }, { QStringLiteral("country"), QStringLiteral("PT") },
        { QStringLiteral("latitude"), 38.7 }, { QStringLiteral("longitude"), -9.1 },
        { QStringLiteral("max_guests"), 1 + i % 8 },
        { QStringLiteral("amenities"), QJsonArray { QStringLiteral("wifi"), QStringLiteral("kitchen") } },
        { QStringLiteral("nightly_price"), 4000 + (i * 37) % 30000 }, { QStringLiteral("cleaning_fee"), 2500 },
        { QStringLiteral("currency"), QStringLiteral("EUR") }, { QStringLiteral("min_nights"), 1 },
        { QStringLiteral("max_nights"), 365 }, { QStringLiteral("instant_book"), i % 3 == 0 },
        { QStringLiteral("cancellation_policy"), QStringLiteral("moderate") },
        { QStringLiteral("status"), QStringLiteral("listed") }, { QStringLiteral("photos"), QJsonArray() },
        { QStringLiteral("rating_avg"), i % 5 == 0 ? QJsonValue() : QJsonValue(3.5 + (i % 15) / 10.0) },
        { QStringLiteral("rating_count"), i % 40 },
        { QStringLiteral("created_at"), epoch.addSecs(i).toString(Qt::ISODate) }, { QStringLiteral("version"), 1 } };
}

int fill(const QString& path, int count)
{
    QFile::remove(path);
    client::LocalStore store(path);
    if (!store.open()) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(store.lastError()));
        return 1;
    }
    const QDateTime epoch(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    constexpr int kBatch = 5000; // one transaction per batch: a commit per row would take minutes
    for (int first = 0; first < count; first += kBatch) {
        client::LocalStore::Transaction transaction(store);
        for (int i = first; i < std::min(count, first + kBatch); ++i) {
            client::LocalObject object;
            object.entity = QStringLiteral("listing");
            object.data = listing(i, epoch);
            object.id = object.data.value(QStringLiteral("id")).toString();
            object.version = 1;
            if (!store.writeObject(object))
                return 1;
        }
        if (!transaction.commit())
            return 1;
    }
    store.setMeta(QStringLiteral("cursor"), QStringLiteral("bench"));
    std::printf("filled %s with %d listings\n", qPrintable(path), count);
    return 0;
}

/// Stops the clock at the first paint of the results that shows at least one card.
class FirstPaint : public QObject
{
public:
    FirstPaint(QListView* view, double started)
        : m_view(view)
        , m_started(started)
    { }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && watched == m_view->viewport() && m_view->model()->rowCount() > 0
            && !m_done) {
            m_done = true;
            // After this paint event has been handled: the frame is drawn.
            QTimer::singleShot(0, this, [this] {
                const double seconds = bootSecondsNow() - m_started;
                std::printf("first painted ExploreView: %.0f ms (%d cards loaded)\n", seconds * 1000.0,
                    m_view->model()->rowCount());
                std::printf("peak RSS (VmHWM): %s\n", qPrintable(statusField("VmHWM:")));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    QListView* m_view;
    double m_started;
    bool m_done = false;
};

int measure(int argc, char* argv[], const QString& path)
{
    const double started = processStartSeconds();
    QApplication application(argc, argv);
    client::SyncOptions options;
    // Nothing listens on port 9 of loopback (discard): the app starts offline, as it may.
    options.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    options.databasePath = path;
    options.live = false;
    client::MemoryTokenStore tokens;
    client::SyncEngine engine(options, tokens);
    if (!engine.start()) {
        std::fprintf(stderr, "cannot start on %s: %s\n", qPrintable(path), qPrintable(engine.lastError()));
        return 1;
    }
    SystemClock clock;
    app::PhotoCache photos(options.serverUrl, QString());
    app::AppContext context(engine, photos, clock);
    // The whole main window with every page, as the app starts, showing Explore.
    app::MainWindow window(context);
    app::Pages::addTo(window, context);
    window.showPage(QStringLiteral("explore"));
    auto* results = window.findChild<app::ExploreView*>()->findChild<QListView*>(QStringLiteral("resultsView"));
    FirstPaint watcher(results, started);
    results->viewport()->installEventFilter(&watcher);
    window.resize(1280, 800);
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    if (mode == QLatin1String("fill") && !path.isEmpty()) {
        QCoreApplication application(argc, argv);
        const int count
            = argc > 4 && qstrcmp(argv[3], "--listings") == 0 ? QString::fromLocal8Bit(argv[4]).toInt() : 100'000;
        return fill(path, count);
    }
    if (mode == QLatin1String("measure") && !path.isEmpty())
        return measure(argc, argv, path);
    std::fprintf(stderr, "usage: %s fill CACHE [--listings N] | measure CACHE\n", argv[0]);
    return 2;
}
