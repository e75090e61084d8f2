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
using namespace roost::app;

class TestHostListingsView : public QObject
{
    Q_OBJECT

private:
    HostWorld m_world;

    QString serverStatus(const QString& id)
    {
        return serverListing(m_world.api, m_world.host, id).value(QStringLiteral("status")).toString();
    }

    /// A listing of the host made on the server, synced, and selected in `view`; empty on failure.
    QString selectedNewListing(HostListingsView& view, const QJsonObject& overrides)
    {
        const QString id = m_world.api.createListing(m_world.host, overrides).value(QStringLiteral("id")).toString();
        if (id.isEmpty() || !m_world.app.client.sync()
            || !QTest::qWaitFor([&view, &id] { return view.model()->rowOf(id) >= 0; }, kTimeout))
            return {};
        view.selectListing(id);
        return id;
    }

private slots:
    void initTestCase() { QVERIFY(m_world.start(QStringLiteral("Lister"))); }

    void showsOnlyTheHostsListingsOfEveryStatus()
    {
        const TestUser other = m_world.api.registerUser(QStringLiteral("Other host"));
        m_world.api.createListing(other, { { QStringLiteral("status"), QStringLiteral("listed") } });
        m_world.api.createListing(m_world.host,
            { { QStringLiteral("title"), QStringLiteral("A draft") },
                { QStringLiteral("status"), QStringLiteral("draft") } });
        m_world.api.createListing(m_world.host,
            { { QStringLiteral("title"), QStringLiteral("B listed") },
                { QStringLiteral("status"), QStringLiteral("listed") } });
        HostListingsView view(*m_world.app.context);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_world.app.client.sync());
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 2, kTimeout);
        QCOMPARE(view.model()->index(0, 0).data().toString(), QStringLiteral("A draft"));
        QCOMPARE(view.model()->index(0, 3).data().toString(), HostListingsView::tr("Draft"));
        QCOMPARE(view.model()->index(1, 3).data().toString(), HostListingsView::tr("Listed"));
        QCOMPARE(view.model()->headerData(0, Qt::Horizontal).toString(), HostListingsView::tr("Title"));
    }

    void publishThenUnpublish()
    {
        HostListingsView view(*m_world.app.context);
        view.show();
        const QString id = selectedNewListing(view,
            { { QStringLiteral("title"), QStringLiteral("C to publish") },
                { QStringLiteral("status"), QStringLiteral("draft") } });
        QVERIFY(!id.isEmpty());
        auto* publish = child<QPushButton>(&view, "publishButton");
        auto* unpublish = child<QPushButton>(&view, "unpublishButton");
        QVERIFY(publish->isEnabled());
        QVERIFY(!unpublish->isEnabled());
        QTest::mouseClick(publish, Qt::LeftButton);
        QVERIFY(m_world.app.client.sync());
        QTRY_COMPARE_WITH_TIMEOUT(serverStatus(id), QStringLiteral("listed"), kTimeout);

        QTRY_VERIFY_WITH_TIMEOUT(unpublish->isEnabled(), kTimeout);
        QTest::mouseClick(unpublish, Qt::LeftButton);
        QVERIFY(m_world.app.client.sync());
        QTRY_COMPARE_WITH_TIMEOUT(serverStatus(id), QStringLiteral("unlisted"), kTimeout);
    }

    void deleteAsksFirst()
    {
        HostListingsView view(*m_world.app.context);
        view.show();
        const QString id = selectedNewListing(view, { { QStringLiteral("title"), QStringLiteral("D to delete") } });
        QVERIFY(!id.isEmpty());

        // Cancel keeps it.
        QTest::mouseClick(child<QPushButton>(&view, "deleteListingButton"), Qt::LeftButton);
        auto* box = child<QMessageBox>(&view, "confirmDeleteBox");
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QVERIFY(view.model()->rowOf(id) >= 0);
        QCOMPARE(m_world.app.client.outboxCount(), 0);

        QTRY_VERIFY_WITH_TIMEOUT(!child<QMessageBox>(&view, "confirmDeleteBox"), kTimeout);
        QTest::mouseClick(child<QPushButton>(&view, "deleteListingButton"), Qt::LeftButton);
        box = child<QMessageBox>(&view, "confirmDeleteBox");
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QCOMPARE(view.model()->rowOf(id), -1);
        QVERIFY(m_world.app.client.sync());
        QTRY_COMPARE_WITH_TIMEOUT(
            m_world.api.http().get(QStringLiteral("/api/v1/listings/") + id, m_world.host.accessToken).status, 404,
            kTimeout);
    }
};

QTEST_MAIN(TestHostListingsView)
#include "tst_hostlistingsview.moc"
