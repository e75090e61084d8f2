// SPDX-License-Identifier: Apache-2.0
#include "common/AppContext.h"

#include "SyncEngine.h"

namespace roost::app {

client::LocalStore& AppContext::store() const
{
    return m_engine.store();
}

QString AppContext::userId() const
{
    return m_engine.userId();
}

} // namespace roost::app
