// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QUrl>

class QLabel;

namespace roost::app {

/// The application window. For now: which server it talks to, and whether that server answers.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QUrl serverUrl, QWidget* parent = nullptr);

    /// Asks the server's /healthz and shows the answer.
    void checkServer();

signals:
    void serverChecked(bool online);

private:
    QUrl m_serverUrl;
    QNetworkAccessManager m_network;
    QLabel* m_server = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace roost::app
