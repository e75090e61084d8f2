// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

namespace roost::app {

/// Paints one Explore result as a card: thumbnail, title, city, nightly price, rating and the
/// sync badge, from ListingSearchModel's roles.
class ListingCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// Room for a 3:2 thumbnail and four lines of text.
    static constexpr QSize kCardSize { 220, 236 };

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace roost::app
