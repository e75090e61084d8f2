// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace roost::app {

/// The app's look: the system's style, or Fusion in light or dark colours.
class Theme
{
public:
    /// `theme`: "system", "light" or "dark"; `systemStyle` is the style the app started with.
    static void apply(const QString& theme, const QString& systemStyle);
    /// True when the application palette is dark (window text lighter than the window).
    static bool isDark();
};

} // namespace roost::app
