// SPDX-License-Identifier: Apache-2.0
// Query strings and the cursors inside them: search filters, sorts, pages, availability windows.
// Bad input must end as a roost::Error (400/422), nothing else.
#include "services/KeysetPage.h"
#include "services/SearchQuery.h"

#include "Attempt.h"

#include <roost/Error.h>

#include <QUrlQuery>

using roost::fuzz::attempt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // QtHttpServer hands handlers the query as a QUrlQuery made from the raw (percent-encoded)
    // string; build it the same way.
    const QUrlQuery query(QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size)));
    attempt([&] { (void)roost::server::parseSearchQuery(query); });
    attempt([&] { (void)roost::server::parsePageQuery(query, QStringLiteral("hosts/me/listings")); });
    attempt([&] { (void)roost::server::parseAvailabilityQuery(query, QDate(2026, 11, 24)); });
    attempt([&] {
        roost::FieldErrors errors;
        (void)roost::server::KeysetPage::parse(query, errors);
    });
    return 0;
}
