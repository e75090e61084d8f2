// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTextStream>

namespace roost::server {

struct ServerContext;

/// `roost-server seed-demo`: fills the database with a reproducible demo world — hosts, guests,
/// `listings` listings in real cities, some blocked nights — plus two documented accounts:
/// host@roost.example / roost-demo-host and guest@roost.example / roost-demo-guest.
/// `reviewedStays` more completed stays with a published review each, one per listed listing
/// of the generated hosts (the sync benchmark's listings "with their reviews").
/// Does nothing (and says so) when the demo host already exists. Returns the exit code.
int runSeedDemo(ServerContext& context, int listings, int reviewedStays, QTextStream& out);

} // namespace roost::server
