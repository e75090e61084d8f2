// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

namespace roost::app {

class AppContext;
class MainWindow;

/// The one place that says which pages the main window has, in which section, and what opens
/// when a view asks for a listing or a booking. Adding a page is one line in addTo().
class Pages
{
    Q_DECLARE_TR_FUNCTIONS(Pages)

public:
    static void addTo(MainWindow& window, AppContext& context);
};

} // namespace roost::app
