// SPDX-License-Identifier: Apache-2.0
#include "common/SyncBadge.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace roost::app {
namespace {

QColor colorOf(client::SyncState state)
{
    switch (state) {
    case client::SyncState::Pending:
        return QColor(0x1e, 0x88, 0xe5);
    case client::SyncState::Conflicted:
        return QColor(0xf5, 0x7c, 0x00);
    case client::SyncState::Rejected:
        return QColor(0xd3, 0x2f, 0x2f);
    case client::SyncState::Synced:
        break;
    }
    return QColor(0x43, 0xa0, 0x47);
}

QChar glyphOf(client::SyncState state)
{
    switch (state) {
    case client::SyncState::Pending:
        return QLatin1Char('~');
    case client::SyncState::Conflicted:
        return QLatin1Char('!');
    case client::SyncState::Rejected:
        return QLatin1Char('x');
    case client::SyncState::Synced:
        break;
    }
    return QLatin1Char(' ');
}

} // namespace

QString SyncBadge::text(client::SyncState state)
{
    switch (state) {
    case client::SyncState::Pending:
        return tr("Waiting to sync");
    case client::SyncState::Conflicted:
        return tr("Conflict");
    case client::SyncState::Rejected:
        return tr("Refused by the server");
    case client::SyncState::Synced:
        break;
    }
    return {};
}

QString SyncBadge::toolTip(client::SyncState state, const QString& error)
{
    QString sentence;
    switch (state) {
    case client::SyncState::Pending:
        sentence = tr("Your change is saved on this computer and will be sent when the server can be reached.");
        break;
    case client::SyncState::Conflicted:
        sentence = tr("Someone else changed the same fields. Choose which version to keep under Sync › Conflicts.");
        break;
    case client::SyncState::Rejected:
        sentence = tr("The server refused your change. See Sync › Rejected changes.");
        break;
    case client::SyncState::Synced:
        return {};
    }
    return error.isEmpty() ? sentence : sentence + QLatin1Char('\n') + tr("Server: %1").arg(error);
}

QIcon SyncBadge::icon(client::SyncState state)
{
    if (state == client::SyncState::Synced)
        return {};
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colorOf(state));
    painter.drawEllipse(2, 2, 28, 28);
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(20);
    painter.setFont(font);
    painter.drawText(pixmap.rect(), Qt::AlignCenter, glyphOf(state));
    painter.end();
    return QIcon(pixmap);
}

void SyncBadge::apply(QLabel* label, client::SyncState state, const QString& error)
{
    label->setText(text(state));
    label->setToolTip(toolTip(state, error));
    label->setAccessibleDescription(label->toolTip());
    label->setVisible(state != client::SyncState::Synced);
}

} // namespace roost::app
