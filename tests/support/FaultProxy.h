// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>

namespace roost::test {

/// A loopback TCP proxy in front of a real roost-server that, while faults are on, answers some
/// HTTP requests with `500` itself and drops some connections — before the request reaches the
/// server, or after the server has seen it but before its answer reaches the client (the case
/// where only idempotency keeps a resend from applying twice), and garbles some answers: the
/// server's status and headers with a body of the same length that is not JSON (a page whose
/// next page was already asked for by its header). Decisions come from a seeded
/// generator, so a failing run can be replayed with the seed it printed. Runs on the thread
/// that creates it (the test's), so the event loop of QTRY_* and signal waits drives it.
class FaultProxy : public QObject
{
public:
    struct Counts {
        int forwarded = 0;
        int failed = 0;       ///< answered 500 by the proxy
        int droppedBefore = 0; ///< connection closed, request never forwarded
        int droppedAfter = 0;  ///< request forwarded, answer thrown away with the connection
        int garbled = 0;       ///< request forwarded, answer's body replaced
        int misled = 0;        ///< answer forwarded with its forecast replaced (setForecast)
    };

    FaultProxy(quint16 upstreamPort, quint32 seed, QObject* parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QString baseUrl() const;

    /// Probabilities per request; all 0 (the default) forwards everything.
    void setFaults(double failRate, double dropRate, double garbleRate = 0);
    /// While `cursor` is not empty, every forwarded pull page that forecasts where the next page
    /// ends (Roost-Following-Cursor) forecasts `cursor` instead: a forecast that does not come
    /// true, and skips changes when followed.
    void setForecast(const QByteArray& cursor);
    const Counts& counts() const { return m_counts; }

private:
    enum class Fate { Forward, Fail, DropBefore, DropAfter, Garble };
    void accept();
    Fate decide();

    QTcpServer m_server;
    quint16 m_upstreamPort;
    QRandomGenerator m_random;
    double m_failRate = 0;
    double m_dropRate = 0;
    double m_garbleRate = 0;
    QByteArray m_forecast;
    Counts m_counts;
};

} // namespace roost::test
