// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <roost/Error.h>

namespace roost::fuzz {

/// Runs one parser on fuzzed input. A roost::Error is the expected answer to bad input (the
/// API's error envelope); anything else escaping — another exception, a crash, a sanitizer
/// report — is a finding.
template<typename Parse>
void attempt(Parse&& parse)
{
    try {
        parse();
    } catch (const roost::Error&) {
    }
}

} // namespace roost::fuzz
