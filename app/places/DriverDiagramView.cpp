// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/DriverDiagramView.h"

#include "domain/Quadrant.h"
#include "models/DriverTreeModel.h"
#include "places/PickNoteItem.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QMouseEvent>
#include <QPainter>
#include <algorithm>

namespace rt {

namespace {
constexpr qreal BoxWidth = 250;
constexpr qreal ColumnGap = 70;
constexpr qreal RowGap = 12;
constexpr qreal Pad = 8;
constexpr qreal HeaderHeight = 46;
constexpr int DriverIdKey = 0;

QFont boxFont(int depth)
{
    QFont f;
    f.setPixelSize(depth < 0 ? 17 : 15);
    f.setBold(depth <= 0);
    return f;
}

qreal boxHeight(const QString& text, int depth)
{
    const QFontMetricsF fm(boxFont(depth));
    const QRectF need = fm.boundingRect(QRectF(0, 0, BoxWidth - 2 * Pad - 6, 10000), Qt::TextWordWrap,
                                        text.isEmpty() ? QStringLiteral(" ") : text);
    return std::max<qreal>(40, need.height() + 2 * Pad);
}

/** One box: rounded, filled by depth, with wrapped text; a linked change idea shows its quadrant. */
class BoxItem : public QGraphicsItem
{
public:
    BoxItem(const QString& text, int depth, qreal height, const QColor& accent)
        : m_text(text)
        , m_depth(depth)
        , m_height(height)
        , m_accent(accent)
    { }
    QRectF boundingRect() const override { return {0, 0, BoxWidth, m_height}; }
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        static const QColor fills[]
            = {{0x15, 0x65, 0xC0}, {0xBB, 0xDE, 0xFB}, {0xE3, 0xF2, 0xFD}, {0xFF, 0xF5, 0x9D}};
        const QColor fill = fills[std::clamp(m_depth + 1, 0, 3)];
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(QPen(QColor(0x0D, 0x47, 0xA1), m_depth < 0 ? 0 : 1.5));
        p->setBrush(fill);
        p->drawRoundedRect(boundingRect().adjusted(1, 1, -1, -1), 6, 6);
        qreal left = Pad;
        if (m_accent.isValid()) {
            p->setPen(Qt::NoPen);
            p->setBrush(m_accent);
            p->drawRect(QRectF(2, 2, 6, m_height - 4));
            left += 6;
        }
        p->setPen(m_depth < 0 ? Qt::white : QColor(0x21, 0x21, 0x21));
        p->setFont(boxFont(m_depth));
        p->drawText(boundingRect().adjusted(left, Pad, -Pad, -Pad),
                    Qt::TextWordWrap | Qt::AlignVCenter | Qt::AlignLeft, m_text);
    }

private:
    QString m_text;
    int m_depth;
    qreal m_height;
    QColor m_accent;
};
} // namespace

DriverDiagramView::DriverDiagramView(Document* document, DriverTreeModel* model, QWidget* parent)
    : QGraphicsView(new QGraphicsScene, parent)
    , m_document(document)
    , m_model(model)
{
    scene()->setParent(this);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setBackgroundBrush(QColor(0xFA, 0xFA, 0xF7));
    setAccessibleName(tr("Driver diagram"));
    connect(model, &QAbstractItemModel::modelReset, this, &DriverDiagramView::rebuild);
    connect(model, &QAbstractItemModel::layoutChanged, this, &DriverDiagramView::rebuild);
    connect(model, &QAbstractItemModel::rowsInserted, this, &DriverDiagramView::rebuild);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &DriverDiagramView::rebuild);
    connect(model, &QAbstractItemModel::rowsMoved, this, &DriverDiagramView::rebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, &DriverDiagramView::rebuild);
    rebuild();
}

void DriverDiagramView::setAimText(const QString& text)
{
    m_aimText = text;
    rebuild();
}

void DriverDiagramView::zoomToFit()
{
    const QRectF r = scene()->itemsBoundingRect().adjusted(-16, -16, 16, 16);
    scene()->setSceneRect(r);
    // Never blow small diagrams up past their natural size: only shrink to fit.
    resetTransform();
    const qreal s = std::min({1.0, viewport()->width() / r.width(), viewport()->height() / r.height()});
    scale(s, s);
    centerOn(r.center());
}

void DriverDiagramView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    zoomToFit();
}

void DriverDiagramView::mousePressEvent(QMouseEvent* event)
{
    if (QGraphicsItem* item = itemAt(event->pos())) {
        const qint64 id = item->data(DriverIdKey).toLongLong();
        if (id > 0)
            emit driverClicked(id);
    }
    QGraphicsView::mousePressEvent(event);
}

qreal DriverDiagramView::layout(const QModelIndex& index, int depth, qreal top, QPointF* anchor)
{
    // Children stack top to bottom; a parent sits level with the middle of its children.
    const QString text = index.data().toString();
    const qreal h = boxHeight(text, depth);
    QList<QPointF> childAnchors;
    qreal y = top;
    const int n = m_model->rowCount(index);
    for (int r = 0; r < n; ++r) {
        QPointF a;
        y = layout(m_model->index(r, 0, index), depth + 1, y, &a) + RowGap;
        childAnchors << a;
    }
    const qreal childrenBottom = n ? y - RowGap : top;
    qreal boxTop = top;
    if (n)
        boxTop = std::max(top, (childAnchors.first().y() + childAnchors.last().y()) / 2 - h / 2);
    const qreal x = (depth + 1) * (BoxWidth + ColumnGap);
    QColor accent;
    const qint64 ideaId = index.data(DriverTreeModel::IdeaIdRole).toLongLong();
    if (ideaId && m_document && m_document->store()) {
        const Row idea = m_document->store()->row(Kind::Idea, ideaId);
        if (idea.isValid())
            accent = PickNoteItem::quadrantColor(quadrantOf(idea.real(col::Impact), idea.real(col::Effort)));
    }
    auto* box = new BoxItem(text, depth, h, accent);
    box->setPos(x, boxTop);
    box->setData(DriverIdKey, index.data(DriverTreeModel::IdRole));
    box->setToolTip(index.data(Qt::ToolTipRole).toString() + QLatin1Char('\n') + text);
    scene()->addItem(box);
    ++m_boxes;
    const QPointF left(x, boxTop + h / 2);
    const QPen pen(QColor(0x45, 0x5A, 0x64), 2);
    for (const QPointF& a : childAnchors) {
        const QPointF from(x + BoxWidth, left.y());
        QPainterPath path(from);
        const qreal mid = (from.x() + a.x()) / 2;
        path.cubicTo(QPointF(mid, from.y()), QPointF(mid, a.y()), a);
        scene()->addPath(path, pen)->setZValue(-1);
    }
    *anchor = left;
    return std::max(childrenBottom, boxTop + h);
}

void DriverDiagramView::rebuild()
{
    scene()->clear();
    m_boxes = 0;
    QFont head;
    head.setPixelSize(18);
    head.setBold(true);
    const QStringList heads {tr("Aim"), tr("Primary drivers"), tr("Secondary drivers"), tr("Change ideas")};
    for (int c = 0; c < heads.size(); ++c) {
        auto* t = scene()->addSimpleText(heads[c], head);
        t->setBrush(QColor(0x0D, 0x47, 0xA1));
        t->setPos(c * (BoxWidth + ColumnGap), -HeaderHeight + 6);
    }
    QList<QPointF> anchors;
    qreal y = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QPointF a;
        y = layout(m_model->index(r, 0), 0, y, &a) + RowGap * 2;
        anchors << a;
    }
    const qreal h = boxHeight(m_aimText, -1);
    const qreal aimTop
        = anchors.isEmpty() ? 0 : std::max(0.0, (anchors.first().y() + anchors.last().y()) / 2 - h / 2);
    auto* aim = new BoxItem(m_aimText.isEmpty() ? tr("(no aim statement)") : m_aimText, -1, h, {});
    aim->setPos(0, aimTop);
    scene()->addItem(aim);
    const QPen pen(QColor(0x45, 0x5A, 0x64), 2.5);
    for (const QPointF& a : anchors) {
        const QPointF from(BoxWidth, aimTop + h / 2);
        QPainterPath path(from);
        const qreal mid = (from.x() + a.x()) / 2;
        path.cubicTo(QPointF(mid, from.y()), QPointF(mid, a.y()), a);
        scene()->addPath(path, pen)->setZValue(-1);
    }
    if (anchors.isEmpty()) {
        QFont hint;
        hint.setPixelSize(16);
        hint.setItalic(true);
        scene()
            ->addSimpleText(tr("Add a primary driver to start the diagram."), hint)
            ->setPos(BoxWidth + ColumnGap, 0);
    }
    zoomToFit();
}

} // namespace rt
