// SPDX-License-Identifier: Apache-2.0
#include "cli/Commands.h"

#include <QCoreApplication>

#include <csignal>

int main(int argc, char* argv[])
{
    // A client closing its socket mid-answer must not kill the server (libpq and Qt both write).
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("roost-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROOST_VERSION));
    return roost::server::runCommandLine(QCoreApplication::arguments());
}
