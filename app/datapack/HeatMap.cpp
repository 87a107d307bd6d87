// SPDX-License-Identifier: GPL-3.0-or-later
#include "datapack/HeatMap.h"

#include "models/IndicatorTableModel.h"

#include <QLineEdit>
#include <QLinearGradient>
#include <QPainter>

namespace rt {

namespace {

/** The rules are the palette's text colour, softened: visible on the light and dark theme. */
QColor ruleColor(const QPalette& palette)
{
    QColor c = palette.color(QPalette::Text);
    c.setAlphaF(0.55f);
    return c;
}

bool startsComparators(const QAbstractItemModel* model, int column)
{
    const auto* m = qobject_cast<const IndicatorTableModel*>(model);
    return m && m->isComparatorColumn(column) && !m->isComparatorColumn(column - 1);
}

} // namespace

void HeatMapDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->direction != Qt::RightToLeft || option->text.isEmpty() || option->text.isRightToLeft())
        return;
    // Urdu lays a paragraph out right to left, which turns "-0.1%" into "0.1%-" and "% of
    // claimants" into "of claimants %". A figure is drawn left to right; a Latin name keeps its
    // alignment but starts with a left-to-right mark, so its neutral first characters stay first.
    if (index.data(IndicatorTableModel::GoodnessRole).isValid())
        option->direction = Qt::LeftToRight;
    else
        option->text.prepend(QChar(0x200E));
}

void HeatMapDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    // A selected heat cell keeps its colour (the colour is the information); the focus frame
    // and a thin outline mark the selection instead.
    const bool heat = index.data(IndicatorTableModel::GoodnessRole).isValid();
    const bool selected = opt.state & QStyle::State_Selected;
    if (heat)
        opt.state &= ~QStyle::State_Selected;
    // A later period: the figure above, its change against the baseline below it as a badge,
    // green for better and red for worse (which way is better is the row's), with an arrow and
    // a sign so colour is never the only cue.
    const QString change = index.data(IndicatorTableModel::ChangeRole).toString();
    QRect badge;
    if (!change.isEmpty()) {
        const QFontMetrics fm(opt.font);
        const int h = fm.height() + 4;
        const int w = fm.horizontalAdvance(change) + 10;
        badge = QRect(opt.rect.center().x() - w / 2, opt.rect.bottom() - h - 3, w, h);
        opt.rect.setBottom(badge.top() - 1);
    }
    QStyledItemDelegate::paint(painter, opt, index);
    if (!change.isEmpty()) {
        painter->save();
        QStyleOptionViewItem back = option;
        back.text.clear();
        back.rect = QRect(option.rect.left(), opt.rect.bottom() + 1, option.rect.width(),
                          option.rect.bottom() - opt.rect.bottom());
        const QVariant bg = index.data(Qt::BackgroundRole);
        if (bg.canConvert<QColor>())
            painter->fillRect(back.rect, bg.value<QColor>());
        const int good = index.data(IndicatorTableModel::ChangeGoodRole).toInt();
        // White on these reaches 5:1 (green) and 6.5:1 (red); "no change" is grey on white.
        const QColor fill = good > 0 ? QColor(0x1a, 0x7f, 0x37)
            : good < 0               ? QColor(0xb4, 0x23, 0x18)
                                     : Qt::white;
        const QColor ink = good != 0 ? QColor(Qt::white) : QColor(0x33, 0x33, 0x33);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(good != 0 ? Qt::NoPen : QPen(QColor(0x77, 0x77, 0x77)));
        painter->setBrush(fill);
        painter->drawRoundedRect(badge, 4, 4);
        painter->setPen(ink);
        if (!change.isRightToLeft())
            painter->setLayoutDirection(Qt::LeftToRight); // "▼ −1", never "1− ▼"
        painter->setFont(opt.font);
        painter->drawText(badge, Qt::AlignCenter, change);
        painter->restore();
    }

    painter->save();
    if (heat && selected) {
        QPen pen(option.palette.color(QPalette::Highlight), 3);
        pen.setJoinStyle(Qt::MiterJoin);
        painter->setPen(pen);
        painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
    }
    if (startsComparators(index.model(), index.column())) {
        painter->setPen(QPen(ruleColor(option.palette), 3));
        painter->drawLine(option.rect.topLeft() + QPoint(1, 0), option.rect.bottomLeft() + QPoint(1, 1));
    }
    if (index.row() > 0 && index.data(IndicatorTableModel::GroupStartRole).toBool()) {
        painter->setPen(QPen(ruleColor(option.palette), 2));
        painter->drawLine(option.rect.topLeft(), option.rect.topRight() + QPoint(1, 0));
    }
    painter->restore();
}

QSize HeatMapDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index) + QSize(12, 8);
    const QString change = index.data(IndicatorTableModel::ChangeRole).toString();
    if (!change.isEmpty()) {
        const QFontMetrics fm(option.font);
        size.rheight() += fm.height() + 8;
        size.setWidth(std::max(size.width(), fm.horizontalAdvance(change) + 22));
    }
    return size;
}

void HeatMapDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* m = qobject_cast<IndicatorTableModel*>(model);
    auto* line = qobject_cast<QLineEdit*>(editor);
    if (m && line && index.column() == IndicatorTableModel::DomainColumn) {
        m->renameDomain(index.row(), line->text());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

HeatMapHeader::HeatMapHeader(QWidget* parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setDefaultAlignment(Qt::Alignment(Qt::AlignCenter) | Qt::Alignment(Qt::TextWordWrap));
    setSectionsClickable(true);
    setHighlightSections(false);
    // A narrower column may wrap its name onto another line: the view re-asks sizeHint().
    connect(this, &QHeaderView::sectionResized, this, &QHeaderView::geometriesChanged);
}

QSize HeatMapHeader::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    if (!model())
        return size;
    const QFontMetrics fm(font());
    for (int i = 0; i < count(); ++i) {
        if (isSectionHidden(i))
            continue;
        const QString text = model()->headerData(i, orientation()).toString();
        const QRect r = fm.boundingRect(QRect(0, 0, std::max(16, sectionSize(i) - 10), 10000),
                                        Qt::AlignCenter | Qt::TextWordWrap, text);
        size.setHeight(std::max(size.height(), r.height() + 10));
    }
    return size;
}

void HeatMapHeader::paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const
{
    painter->save();
    QHeaderView::paintSection(painter, rect, logicalIndex);
    painter->restore();
    if (startsComparators(model(), logicalIndex)) {
        painter->save();
        painter->setPen(QPen(ruleColor(palette()), 3));
        painter->drawLine(rect.topLeft() + QPoint(1, 0), rect.bottomLeft() + QPoint(1, 0));
        painter->restore();
    }
}

HeatMapLegend::HeatMapLegend(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Key: a lighter colour indicates better performance"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize HeatMapLegend::sizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.horizontalAdvance(tr("A lighter colour indicates better performance")) + 260,
            fm.height() * 2 + 6};
}

void HeatMapLegend::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    const QString key = tr("Key:");
    const QString text = tr("A lighter colour indicates better performance");
    const QString worse = tr("worse");
    const QString better = tr("better");
    const int h = fm.height();
    const int barY = 2;
    int x = 0;
    p.setFont(bold);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(x, barY, QFontMetrics(bold).horizontalAdvance(key) + 4, h), Qt::AlignVCenter, key);
    x += QFontMetrics(bold).horizontalAdvance(key) + 10;
    p.setFont(font());

    // The gradient from worst (dark) to best (light), sampled from the model's own palette.
    const int barW = 160;
    QLinearGradient g(x, 0, x + barW, 0);
    for (int i = 0; i <= 12; ++i)
        g.setColorAt(i / 12.0, IndicatorTableModel::heatColor(i / 12.0));
    const QRect bar(x, barY, barW, h);
    p.fillRect(bar, g);
    p.setPen(ruleColor(palette()));
    p.drawRect(bar.adjusted(0, 0, -1, -1));
    p.setPen(palette().color(QPalette::WindowText));
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    p.setFont(small);
    p.drawText(QRect(x, barY + h + 1, barW, h), Qt::AlignLeft | Qt::AlignTop, worse);
    p.drawText(QRect(x, barY + h + 1, barW, h), Qt::AlignRight | Qt::AlignTop, better);
    p.setFont(font());
    x += barW + 12;
    p.drawText(QRect(x, barY, width() - x, h), Qt::AlignVCenter | Qt::AlignLeft, text);
}

} // namespace rt
