// SPDX-License-Identifier: Apache-2.0
// The host's listings view against a real roost-server: every listing of the host from the
// cache (and no one else's), publishing and unpublishing, and deleting after a confirmation.
#include "HostViewFixture.h"

#include "host/HostListingsView.h"
#include "host/ObjectTableModel.h"

#include <QAbstractItemModelTester>
#include <QMessageBox>
#include <QPushButton>

using namespace roost;
using namespace roost::test;

namespace {
constexpr int kTimeout = 30'000;
}

class TestHostListingsView : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_api;
    QTemporaryDir m_dir;
    TestUser m_host;
    HostApp m_app;

    QString serverStatus(const QString& id)
    {
        return m_api.http()
            .get(QStringLiteral("/api/v1/listings/") + id, m_host.accessToken)
            .json()
            .value(QStringLiteral("status"))
            .toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_api.start());
        m_host = m_api.registerUser(QStringLiteral("Lister"));
        QVERIFY(m_app.start(m_api.server().baseUrl(), m_dir.filePath(QStringLiteral("host.sqlite")), m_host));
    }

    void showsOnlyTheHostsListingsOfEveryStatus()
    {
        const TestUser other = m_api.registerUser(QStringLiteral("Other host"));
        m_api.createListing(other, {{QStringLiteral("status"), QStringLiteral("listed")}});
        m_api.createListing(m_host, {{QStringLiteral("title"), QStringLiteral("A draft")},
                                     {QStringLiteral("status"), QStringLiteral("draft")}});
        m_api.createListing(m_host, {{QStringLiteral("title"), QStringLiteral("B listed")},
                                     {QStringLiteral("status"), QStringLiteral("listed")}});
        HostListingsView view(*m_app.context);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_app.client.sync());
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 2, kTimeout);
        QCOMPARE(view.model()->index(0, 0).data().toString(), QStringLiteral("A draft"));
        QCOMPARE(view.model()->index(0, 3).data().toString(), HostListingsView::tr("Draft"));
        QCOMPARE(view.model()->index(1, 3).data().toString(), HostListingsView::tr("Listed"));
        QCOMPARE(view.model()->headerData(0, Qt::Horizontal).toString(), HostListingsView::tr("Title"));
    }

    void publishThenUnpublish()
    {
        const QString id = m_api.createListing(m_host, {{QStringLiteral("title"), QStringLiteral("C to publish")},
                                                        {QStringLiteral("status"), QStringLiteral("draft")}})
                               .value(QStringLiteral("id"))
                               .toString();
        HostListingsView view(*m_app.context);
        view.show();
        QVERIFY(m_app.client.sync());
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowOf(id) >= 0, kTimeout);
        view.selectListing(id);
        auto* publish = child<QPushButton>(&view, "publishButton");
        auto* unpublish = child<QPushButton>(&view, "unpublishButton");
        QVERIFY(publish->isEnabled());
        QVERIFY(!unpublish->isEnabled());
        QTest::mouseClick(publish, Qt::LeftButton);
        QVERIFY(m_app.client.sync());
        QTRY_COMPARE_WITH_TIMEOUT(serverStatus(id), QStringLiteral("listed"), kTimeout);

        QTRY_VERIFY_WITH_TIMEOUT(unpublish->isEnabled(), kTimeout);
        QTest::mouseClick(unpublish, Qt::LeftButton);
        QVERIFY(m_app.client.sync());
        QTRY_COMPARE_WITH_TIMEOUT(serverStatus(id), QStringLiteral("unlisted"), kTimeout);
    }

    void deleteAsksFirst()
    {
        const QString id = m_api.createListing(m_host, {{QStringLiteral("title"), QStringLiteral("D to delete")}})
                               .value(QStringLiteral("id"))
                               .toString();
        HostListingsView view(*m_app.context);
        view.show();
        QVERIFY(m_app.client.sync());
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowOf(id) >= 0, kTimeout);
        view.selectListing(id);

        // Cancel keeps it.
        QTest::mouseClick(child<QPushButton>(&view, "deleteListingButton"), Qt::LeftButton);
        auto* box = child<QMessageBox>(&view, "confirmDeleteBox");
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QVERIFY(view.model()->rowOf(id) >= 0);
        QCOMPARE(m_app.client.outboxCount(), 0);

        QTRY_VERIFY_WITH_TIMEOUT(!child<QMessageBox>(&view, "confirmDeleteBox"), kTimeout);
        QTest::mouseClick(child<QPushButton>(&view, "deleteListingButton"), Qt::LeftButton);
        box = child<QMessageBox>(&view, "confirmDeleteBox");
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QCOMPARE(view.model()->rowOf(id), -1);
        QVERIFY(m_app.client.sync());
        QTRY_COMPARE_WITH_TIMEOUT(
            m_api.http().get(QStringLiteral("/api/v1/listings/") + id, m_host.accessToken).status, 404, kTimeout);
    }
};

QTEST_MAIN(TestHostListingsView)
#include "tst_hostlistingsview.moc"
