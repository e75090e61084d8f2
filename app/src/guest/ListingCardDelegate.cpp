// SPDX-License-Identifier: Apache-2.0
#include "guest/ListingCardDelegate.h"

#include "guest/ListingSearchModel.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>

namespace roost::app {

namespace {

constexpr int kMargin = 6;
constexpr int kImageHeight = 134; // 3:2 of the card's inner width

} // namespace

void ListingCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The style draws the selection and focus frame; the card's content is ours.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect inner = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QRect image(inner.left(), inner.top(), inner.width(), kImageHeight);
    const QPixmap pixmap = index.data(Qt::DecorationRole).value<QPixmap>();
    if (!pixmap.isNull())
        painter->drawPixmap(image,
            pixmap.scaled(image.size(), Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation),
            QRect(QPoint(0, 0), image.size()));

    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QFontMetrics metrics(option.font);
    const int line = metrics.height();
    QRect text(inner.left(), image.bottom() + 4, inner.width(), line);

    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(
            index.data(ListingSearchModel::TitleRole).toString(), Qt::ElideRight, text.width()));
    painter->setFont(option.font);
    text.translate(0, line);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(index.data(ListingSearchModel::CityRole).toString(), Qt::ElideRight, text.width()));
    painter->drawText(
        text, Qt::AlignRight | Qt::AlignVCenter, index.data(ListingSearchModel::RatingTextRole).toString());
    text.translate(0, line);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, index.data(ListingSearchModel::PriceTextRole).toString());

    const QString badge = index.data(ListingSearchModel::SyncBadgeRole).toString();
    if (!badge.isEmpty()) {
        // On the photo's corner, where it is seen first, in the palette's highlight colours.
        const QRect badgeRect = metrics.boundingRect(badge).adjusted(-4, -2, 4, 2);
        const QRect placed(
            image.right() - badgeRect.width() - 4, image.top() + 4, badgeRect.width(), badgeRect.height());
        painter->fillRect(placed, option.palette.color(QPalette::Highlight));
        painter->setPen(option.palette.color(QPalette::HighlightedText));
        painter->drawText(placed, Qt::AlignCenter, badge);
    }
    painter->restore();
}

QSize ListingCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(option)
    Q_UNUSED(index)
    return kCardSize;
}

} // namespace roost::app
