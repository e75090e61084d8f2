// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringView>

namespace roost {

/// Length as people count it: Unicode code points, so "é" or an emoji is one character even
/// though QString stores some of them as two UTF-16 units.
qsizetype characterCount(QStringView text);

/// True when the text holds C0/C1 control characters (NUL, escape, ...). Single-line fields
/// (names, titles) reject line breaks too; free text may keep "\n", "\r" and "\t".
bool hasControlCharacters(QStringView text, bool allowLineBreaks = false);

} // namespace roost
