// SPDX-License-Identifier: Apache-2.0
#include "ui/MainWindow.h"

#include <QLabel>
#include <QNetworkReply>
#include <QStatusBar>
#include <QVBoxLayout>

namespace roost::app {

MainWindow::MainWindow(QUrl serverUrl, QWidget* parent) : QMainWindow(parent), m_serverUrl(std::move(serverUrl))
{
    setWindowTitle(tr("Roost"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* title = new QLabel(tr("<h1>Roost</h1><p>Find a place to stay, or host one.</p>"), central);
    m_server = new QLabel(tr("Server: %1").arg(m_serverUrl.toDisplayString()), central);
    m_server->setObjectName(QStringLiteral("serverLabel"));
    m_server->setAccessibleName(tr("Server address"));
    m_status = new QLabel(tr("Checking the server…"), central);
    m_status->setObjectName(QStringLiteral("serverStatus"));
    m_status->setAccessibleName(tr("Server status"));
    layout->addWidget(title);
    layout->addWidget(m_server);
    layout->addWidget(m_status);
    layout->addStretch();
    setCentralWidget(central);
    statusBar()->showMessage(m_serverUrl.toDisplayString());
    resize(720, 480);
}

void MainWindow::checkServer()
{
    QNetworkRequest request(m_serverUrl.resolved(QUrl(QStringLiteral("/healthz"))));
    request.setTransferTimeout(5000);
    QNetworkReply* reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const bool online = reply->error() == QNetworkReply::NoError
                            && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        m_status->setText(online ? tr("Online: the server answers.") : tr("Offline: %1").arg(reply->errorString()));
        emit serverChecked(online);
    });
}

} // namespace roost::app
