// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QWidget>

namespace rt {

/** Paints an IndicatorTableModel cell as the heat map wants it: the model's colours, a rule
 *  before the first comparator column and above the first row of each domain. */
class HeatMapDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    /** In a right-to-left window, figures and Latin names keep their own order. */
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
    /** Room around the text, so the figures do not touch the rules. */
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    /** A domain cell stands for its whole group: editing it renames every row of the group. */
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

/** The column header, with the same rule before the comparators and their names in italics. */
class HeatMapHeader : public QHeaderView
{
    Q_OBJECT
public:
    explicit HeatMapHeader(QWidget* parent = nullptr);
    /** Tall enough for the longest name wrapped to its column's width. */
    QSize sizeHint() const override;

protected:
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
};

/** The key: "A lighter colour indicates better performance", over the palette's gradient. */
class HeatMapLegend : public QWidget
{
    Q_OBJECT
public:
    explicit HeatMapLegend(QWidget* parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace rt
