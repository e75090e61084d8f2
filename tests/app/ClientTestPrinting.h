// SPDX-License-Identifier: Apache-2.0
#pragma once

// How QCOMPARE prints the client's types when they differ (found by argument-dependent lookup).
#include "LocalObject.h"

#include <QByteArray>

namespace roost::client {
inline char* toString(SyncState state)
{
    return qstrdup(syncStateName(state).toUtf8().constData());
}
} // namespace roost::client
