// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/Request.h"
#include "http/Response.h"

#include <QHttpServerRequest>
#include <QList>
#include <QStringList>

#include <functional>

namespace roost::server {

using Handler = std::function<Response(Request&)>;
using Method = QHttpServerRequest::Method;

/// One line of a route table: method, path pattern (`/api/v1/listings/{id}`), handler.
struct Route {
    Method method;
    QString pattern;
    Handler handler;
};

/// Method + path → handler. Knows the difference between an unknown path (404) and a known
/// path asked with the wrong method (405).
class Router
{
public:
    void add(const QList<Route>& routes);

    struct Match {
        const Handler* handler = nullptr; ///< null: see `pathKnown`
        bool pathKnown = false;           ///< true with no handler → 405
        QHash<QString, QString> params;
        QString pattern;                  ///< the matched route's pattern (for metrics/logs)
    };
    Match match(Method method, const QString& path) const;

private:
    struct Compiled {
        Method method;
        QString pattern;
        QStringList segments; ///< `{name}` segments capture
        Handler handler;
    };
    QList<Compiled> m_routes;
};

} // namespace roost::server
