// SPDX-License-Identifier: Apache-2.0
// The listing editor against a real roost-server: libroost's rules shown beside the fields they
// concern, a good listing saved offline-first then synced, and its photos (added, reordered,
// removed) reaching the server and, through sync, another user's client.
#include "HostViewFixture.h"
#include "common/SyncBadge.h"
#include "host/HostListingsView.h"
#include "host/ListingEditor.h"
#include "host/ListingForm.h"
#include "host/ObjectTableModel.h"
#include "host/PhotoEditor.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>

using namespace roost;
using namespace roost::test;
using namespace roost::app;

namespace {

void setText(QWidget* form, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(form, name);
    QVERIFY2(edit, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

/// Every required field of a listing, as a user types them.
void fillGoodListing(QWidget* form, const QString& title)
{
    setText(form, "titleEdit", title);
    setText(form, "cityEdit", QStringLiteral("Lisbon"));
    setText(form, "countryEdit", QStringLiteral("PT"));
    setText(form, "currencyEdit", QStringLiteral("EUR"));
    child<QDoubleSpinBox>(form, "latitudeSpin")->setValue(38.72);
    child<QDoubleSpinBox>(form, "longitudeSpin")->setValue(-9.14);
    child<QSpinBox>(form, "maxGuestsSpin")->setValue(3);
    child<QDoubleSpinBox>(form, "nightlyPriceSpin")->setValue(85.5);
    child<QSpinBox>(form, "maxNightsSpin")->setValue(30);
}

} // namespace

class TestListingEditor : public QObject
{
    Q_OBJECT

private:
    HostWorld m_world;

    QStringList serverPhotoIds(const QString& id)
    {
        QStringList ids;
        for (const QJsonValue& p :
            serverListing(m_world.api, m_world.host, id).value(QStringLiteral("photos")).toArray())
            ids.append(p.toObject().value(QStringLiteral("id")).toString());
        return ids;
    }

    QString pngFile(const char* name, QRgb colour)
    {
        const QString path = m_world.dir.filePath(QLatin1String(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(solidPng(colour)) <= 0)
            return {};
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_world.start(QStringLiteral("Editor Host"))); }

    void badFieldsAreMarkedWithTheirReasons()
    {
        HostListingsView view(*m_world.app.context);
        view.show();
        QTest::mouseClick(child<QPushButton>(&view, "newListingButton"), Qt::LeftButton);
        ListingEditor* editor = view.editor();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QWidget* form = editor->form();

        // An empty title, no city, a country that is not a code, no price, and fewer maximum
        // nights than minimum ones.
        setText(form, "countryEdit", QStringLiteral("Portugal"));
        child<QSpinBox>(form, "minNightsSpin")->setValue(10);
        child<QSpinBox>(form, "maxNightsSpin")->setValue(5);
        QTest::mouseClick(child<QPushButton>(editor, "saveListingButton"), Qt::LeftButton);

        const QStringList marked = editor->form()->markedFields();
        for (const char* field : { "title", "city", "country", "nightly_price" }) {
            QVERIFY2(marked.contains(QLatin1String(field)), field);
            const QByteArray name = QByteArray(field) + "Error";
            auto* error = child<QLabel>(form, name.constData());
            QVERIFY2(error && error->isVisible() && !error->text().isEmpty(), field);
        }
        QVERIFY(marked.contains(QStringLiteral("min_nights")) || marked.contains(QStringLiteral("max_nights")));
        QVERIFY(!child<QLabel>(form, "latitudeError")->isVisible());
        QVERIFY(!child<QLabel>(editor, "editorStatus")->text().isEmpty());
        QCOMPARE(m_world.app.client.outboxCount(), 0);
        QCOMPARE(view.model()->rowCount(), 0);

        // Corrections clear the marks as they are typed.
        setText(form, "titleEdit", QStringLiteral("Sea view flat"));
        QVERIFY(!editor->form()->markedFields().contains(QStringLiteral("title")));
        QVERIFY(!child<QLabel>(form, "titleError")->isVisible());
        editor->close();
    }

    void goodListingIsQueuedThenSynced()
    {
        HostListingsView view(*m_world.app.context);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.show();
        view.openEditor({});
        ListingEditor* editor = view.editor();
        QVERIFY(editor);
        QWidget* form = editor->form();
        fillGoodListing(form, QStringLiteral("Sea view flat"));
        QTest::mouseClick(child<QPushButton>(editor, "saveListingButton"), Qt::LeftButton);
        QCOMPARE(editor->form()->markedFields(), QStringList());

        const QString id = editor->listingId();
        QVERIFY(!id.isEmpty());
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.selectedId(), id);
        QVERIFY(m_world.app.client.outboxCount() >= 1);
        QCOMPARE(view.model()->index(0, 4).data().toString(), syncStateLabelForTest(client::SyncState::Pending));

        QVERIFY(m_world.app.client.sync());
        QTRY_COMPARE_WITH_TIMEOUT(
            m_world.app.client.stateOf(QStringLiteral("listing"), id), client::SyncState::Synced, kTimeout);
        const QJsonObject onServer = serverListing(m_world.api, m_world.host, id);
        QCOMPARE(onServer.value(QStringLiteral("title")).toString(), QStringLiteral("Sea view flat"));
        QCOMPARE(onServer.value(QStringLiteral("nightly_price")).toInteger(), 8550);
        QCOMPARE(onServer.value(QStringLiteral("max_nights")).toInt(), 30);
        QCOMPARE(view.model()->index(0, 4).data().toString(), QString());

        // An edit of one field reaches the server and leaves the others as they were.
        setText(form, "cityEdit", QStringLiteral("Porto"));
        QTest::mouseClick(child<QPushButton>(editor, "saveListingButton"), Qt::LeftButton);
        QVERIFY(m_world.app.client.sync());
        QTRY_COMPARE_WITH_TIMEOUT(serverListing(m_world.api, m_world.host, id).value(QStringLiteral("city")).toString(),
            QStringLiteral("Porto"), kTimeout);
        QCOMPARE(serverListing(m_world.api, m_world.host, id).value(QStringLiteral("title")).toString(),
            QStringLiteral("Sea view flat"));
    }

    void photosAddReorderRemoveAndReachAGuest()
    {
        // A new listed listing, made in the editor: photos wait until it has reached the server.
        ListingEditor editor(*m_world.app.context, {});
        editor.show();
        fillGoodListing(editor.form(), QStringLiteral("Photo flat"));
        auto* status = child<QComboBox>(editor.form(), "statusCombo");
        status->setCurrentIndex(status->findData(QStringLiteral("listed")));
        QTest::mouseClick(child<QPushButton>(&editor, "saveListingButton"), Qt::LeftButton);
        const QString id = editor.listingId();
        QVERIFY(!id.isEmpty());
        PhotoEditor* photos = editor.photos();
        QVERIFY(!child<QPushButton>(photos, "addPhotoButton")->isEnabled());
        QVERIFY(m_world.app.client.sync());
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(photos, "addPhotoButton")->isEnabled(), kTimeout);

        const QString red = pngFile("red.png", qRgb(200, 0, 0));
        const QString blue = pngFile("blue.png", qRgb(0, 0, 200));
        QVERIFY(!red.isEmpty() && !blue.isEmpty());
        photos->addPhotoFile(red);
        QTRY_VERIFY_WITH_TIMEOUT(!photos->isBusy() && photos->photoIds().size() == 1, kTimeout);
        // The second one is dropped on the editor, as from a file manager.
        QMimeData files;
        files.setUrls({ QUrl::fromLocalFile(blue) });
        QDragEnterEvent enter(QPoint(4, 4), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(photos, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(4, 4), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(photos, &drop);
        QTRY_VERIFY_WITH_TIMEOUT(!photos->isBusy() && photos->photoIds().size() == 2, kTimeout);
        const QStringList uploaded = photos->photoIds();
        QCOMPARE(serverPhotoIds(id), uploaded);

        // Select the second photo and move it up with the button.
        auto* list = child<QListWidget>(photos, "photoList");
        list->setCurrentRow(1);
        QTest::mouseClick(child<QPushButton>(photos, "photoUpButton"), Qt::LeftButton);
        const QStringList reversed { uploaded[1], uploaded[0] };
        QCOMPARE(photos->photoIds(), reversed);
        QTRY_COMPARE_WITH_TIMEOUT(serverPhotoIds(id), reversed, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!photos->isBusy(), kTimeout);

        // Remove the (now first) blue photo.
        list->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(photos, "removePhotoButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(serverPhotoIds(id), QStringList { uploaded[0] }, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(photos->photoIds(), QStringList { uploaded[0] }, kTimeout);

        // A guest's client finds the listing with its photo in its own cache.
        const TestUser guest = m_world.api.registerUser(QStringLiteral("Guest"));
        SyncClient guestClient;
        guestClient.cachePath = m_world.dir.filePath(QStringLiteral("guest.sqlite"));
        QVERIFY(guestClient.startEngine(m_world.api.server().baseUrl()));
        QVERIFY(guestClient.signIn(guest));
        QVERIFY(guestClient.sync());
        QTRY_VERIFY_WITH_TIMEOUT(guestClient.has(QStringLiteral("listing"), id), kTimeout);
        const QJsonArray guestPhotos
            = guestClient.field(QStringLiteral("listing"), id, QStringLiteral("photos")).toArray();
        QCOMPARE(guestPhotos.size(), 1);
        QCOMPARE(guestPhotos.first().toObject().value(QStringLiteral("id")).toString(), uploaded[0]);
    }

    void photosSayWhenTheServerIsOutOfReach()
    {
        const QString id = m_world.api.createListing(m_world.host).value(QStringLiteral("id")).toString();
        // A second installation of the host that has synced once, then lost the server.
        HostApp offline;
        QVERIFY(offline.start(
            m_world.api.server().baseUrl(), m_world.dir.filePath(QStringLiteral("offline.sqlite")), m_world.host));
        QVERIFY(offline.client.startEngine(urlOfPort(closedPort())));
        offline.context = std::make_unique<app::AppContext>(*offline.client.engine, *offline.photos, offline.clock);

        ListingEditor editor(*offline.context, id);
        editor.show();
        PhotoEditor* photos = editor.photos();
        QSignalSpy changed(photos, &PhotoEditor::photosChanged);
        photos->addPhotoFile(pngFile("green.png", qRgb(0, 160, 0)));
        QVERIFY(changed.wait(kTimeout));
        QCOMPARE(changed.first().first().toBool(), false);
        const QString message = child<QLabel>(photos, "photoStatus")->text();
        QVERIFY2(message.contains(QStringLiteral("cannot be reached")), qPrintable(message));
        QVERIFY(serverPhotoIds(id).isEmpty());
    }

    void photosNeedTheListingOnTheServer()
    {
        ListingEditor editor(*m_world.app.context, {});
        editor.show();
        QVERIFY(!child<QPushButton>(editor.photos(), "addPhotoButton")->isEnabled());
        QVERIFY(!child<QLabel>(editor.photos(), "photoStatus")->text().isEmpty());
    }

private:
    static QString syncStateLabelForTest(client::SyncState state) { return app::SyncBadge::text(state); }
};

QTEST_MAIN(TestListingEditor)
#include "tst_listingeditor.moc"
