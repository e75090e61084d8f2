// SPDX-License-Identifier: Apache-2.0
#include "ui/Application.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Roost"));
    QApplication::setApplicationName(QStringLiteral("Roost"));
    QApplication::setApplicationVersion(QStringLiteral(ROOST_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("roost"));

    roost::app::Application roost(QApplication::arguments());
    if (!roost.start())
        return 1;
    if (!roost.settings().screenshotDir.isEmpty())
        roost.takeScreenshots(roost.settings().screenshotDir, qEnvironmentVariable("ROOST_SCREENSHOT_EMAIL"),
                              qEnvironmentVariable("ROOST_SCREENSHOT_PASSWORD"));
    return QApplication::exec();
}
