// SPDX-License-Identifier: Apache-2.0
#include "http/Router.h"

namespace roost::server {
namespace {

bool isCapture(const QString& segment)
{
    return segment.size() > 2 && segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}

} // namespace

void Router::add(const QList<Route>& routes)
{
    for (const Route& r : routes)
        m_routes.append({r.method, r.pattern, r.pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), r.handler});
}

Router::Match Router::match(Method method, const QString& path) const
{
    Match result;
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const Compiled& route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QHash<QString, QString> params;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            const QString& want = route.segments[i];
            if (isCapture(want))
                params.insert(want.mid(1, want.size() - 2), segments[i]);
            else
                matches = want == segments[i];
        }
        if (!matches)
            continue;
        result.pathKnown = true;
        if (route.method == method) {
            result.handler = &route.handler;
            result.params = std::move(params);
            result.pattern = route.pattern;
            return result;
        }
    }
    return result;
}

} // namespace roost::server
