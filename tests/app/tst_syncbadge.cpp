// SPDX-License-Identifier: Apache-2.0
// The sync badge every view shows beside an object: nothing when synced, a word and an icon else.
#include "common/SyncBadge.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace roost;
using client::SyncState;

class TestSyncBadge : public QObject
{
    Q_OBJECT

private slots:
    void syncedSaysNothing()
    {
        QVERIFY(app::SyncBadge::text(SyncState::Synced).isEmpty());
        QVERIFY(app::SyncBadge::icon(SyncState::Synced).isNull());
        QLabel label;
        label.show();
        app::SyncBadge::apply(&label, SyncState::Synced);
        QVERIFY(label.isHidden());
    }

    void everyOtherStateHasItsOwnWordAndIcon()
    {
        QSet<QString> texts;
        for (const SyncState state : {SyncState::Pending, SyncState::Conflicted, SyncState::Rejected}) {
            const QString text = app::SyncBadge::text(state);
            QVERIFY(!text.isEmpty());
            texts.insert(text);
            QVERIFY(!app::SyncBadge::icon(state).pixmap(16).isNull());
        }
        QCOMPARE(texts.size(), 3);
    }

    void theServersReasonIsInTheToolTip()
    {
        QWidget parent;
        auto* label = new QLabel(&parent);
        parent.show();
        app::SyncBadge::apply(label, SyncState::Rejected, QStringLiteral("forbidden: not your listing"));
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), app::SyncBadge::text(SyncState::Rejected));
        QVERIFY(label->toolTip().contains(QStringLiteral("forbidden: not your listing")));
        QCOMPARE(label->accessibleDescription(), label->toolTip());
    }
};

QTEST_MAIN(TestSyncBadge)
#include "tst_syncbadge.moc"
