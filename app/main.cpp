// SPDX-License-Identifier: Apache-2.0
#include "AppSettings.h"
#include "ui/MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Roost"));
    QApplication::setApplicationName(QStringLiteral("Roost"));
    QApplication::setApplicationVersion(QStringLiteral(ROOST_VERSION));

    const auto settings = roost::app::AppSettings::load(QApplication::arguments());
    roost::app::MainWindow window(settings.serverUrl);
    window.show();
    window.checkServer();
    return QApplication::exec();
}
