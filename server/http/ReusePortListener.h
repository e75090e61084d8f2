// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHostAddress>

namespace roost::server {

/// Opens a listening TCP socket with SO_REUSEPORT, so that every worker thread can have its own
/// socket on the same port and the kernel spreads connections over them. Returns the descriptor
/// and the bound port (useful when asked for port 0). Throws std::runtime_error.
struct Listener {
    int descriptor = -1;
    quint16 port = 0;
};
Listener openReusePortListener(const QHostAddress& address, quint16 port);

} // namespace roost::server
