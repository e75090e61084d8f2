// SPDX-License-Identifier: Apache-2.0
// Request bodies: the bytes of any JSON endpoint go through requireJsonObject and then one of
// libroost's parsers. Every outcome must be a value or a roost::Error — never a crash, a hang,
// another exception or undefined behaviour. What parses must survive its own codec.
#include <roost/Block.h>
#include <roost/BookingRequest.h>
#include "Attempt.h"

#include <roost/Error.h>
#include <roost/JsonReader.h>
#include <roost/Listing.h>
#include <roost/PaymentCard.h>
#include <roost/ReviewRules.h>
#include <roost/User.h>

#include <QDate>

#include <cstdlib>

using roost::fuzz::attempt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    QJsonObject json;
    try {
        json = roost::requireJsonObject(body);
    } catch (const roost::Error&) {
        return 0;
    }
    const QDate today(2026, 11, 24);

    attempt([&] {
        const roost::Listing listing = roost::parseNewListing(json);
        // A listing that was accepted must be accepted again from its own representation.
        const roost::Listing again = roost::applyListingPatch(listing, roost::listingToJson(listing));
        if (!roost::validateListing(again).isEmpty())
            std::abort();
    });
    attempt([&] { (void)roost::applyListingPatch(roost::Listing{}, json); });
    attempt([&] { (void)roost::parseNewBlock(json, today); });
    attempt([&] { (void)roost::parseBookingRequest(json); });
    attempt([&] { (void)roost::parseQuoteRequest(json); });
    attempt([&] { (void)roost::parsePaymentCard(json); });
    attempt([&] { (void)roost::parseReviewInput(json); });
    attempt([&] { (void)roost::parseRegistration(json); });
    attempt([&] { (void)roost::parseProfileChanges(json); });
    attempt([&] { (void)roost::parseCredentials(json); });
    return 0;
}
