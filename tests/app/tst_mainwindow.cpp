// SPDX-License-Identifier: Apache-2.0
#include "ApiFixture.h"
#include "ui/MainWindow.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace roost;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    test::ApiFixture m_api;

private slots:
    void initTestCase() { QVERIFY(m_api.start()); }

    void showsTheConfiguredServerAndThatItAnswers()
    {
        const QUrl url(m_api.server().baseUrl());
        app::MainWindow window(url);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* server = window.findChild<QLabel*>(QStringLiteral("serverLabel"));
        auto* status = window.findChild<QLabel*>(QStringLiteral("serverStatus"));
        QVERIFY(server && status);
        QVERIFY(server->text().contains(url.toDisplayString()));

        QSignalSpy checked(&window, &app::MainWindow::serverChecked);
        window.checkServer();
        QVERIFY(checked.wait(10'000));
        QCOMPARE(checked.first().first().toBool(), true);
        QVERIFY(status->text().startsWith(QStringLiteral("Online")));
    }

    void saysOfflineWhenNothingListens()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        app::MainWindow window(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort)));
        QSignalSpy checked(&window, &app::MainWindow::serverChecked);
        window.checkServer();
        QVERIFY(checked.wait(10'000));
        QCOMPARE(checked.first().first().toBool(), false);
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("serverStatus"))->text().startsWith(QStringLiteral("Offline")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
