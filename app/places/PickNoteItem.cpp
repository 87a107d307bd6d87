// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/PickNoteItem.h"

#include "models/Provenance.h"
#include "places/PickChartScene.h"
#include "shell/Fonts.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>
#include <algorithm>
#include <cmath>

namespace rt {

namespace {
QColor blend(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QString quadrantTitle(Quadrant q)
{
    switch (q) {
    case Quadrant::Possible:
        return QCoreApplication::translate("PickChart", "POSSIBLE");
    case Quadrant::Implement:
        return QCoreApplication::translate("PickChart", "IMPLEMENT");
    case Quadrant::Challenge:
        return QCoreApplication::translate("PickChart", "CHALLENGE");
    case Quadrant::Kibosh:
        return QCoreApplication::translate("PickChart", "KIBOSH");
    }
    return {};
}
} // namespace

PickNoteItem::PickNoteItem(qint64 id)
    : m_id(id)
    , m_base(QColor(0xFF, 0xF1, 0x76))
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemIsFocusable | ItemSendsGeometryChanges);
    // Moving a note then only blits its cached image (see paint()): dragging many notes stays cheap.
    setCacheMode(NoCache);
    setAcceptHoverEvents(false);
}

QFont PickNoteItem::noteFont()
{
    QFont f;
    f.setPixelSize(22);
    return f;
}

QFont PickNoteItem::noteFont(const QString& text)
{
    QFont f = noteFont();
    const bool arabic
        = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Arabic; });
    if (arabic)
        return f;
    QStringList families = f.families();
    const QStringList arabicFaces = gui::arabicScriptFamilies();
    families.removeIf([&](const QString& family) { return arabicFaces.contains(family); });
    if (!families.isEmpty())
        f.setFamilies(families);
    return f;
}

QColor PickNoteItem::quadrantColor(Quadrant q)
{
    return quadrantAccent(q);
}

void PickNoteItem::setText(const QString& text)
{
    if (text == m_text && m_height > 0)
        return;
    prepareGeometryChange();
    m_text = text;
    // Lay the words out once; a note too long for the largest note ends in an ellipsis (the
    // tooltip and the editor keep every word).
    const qreal width = Width - 2 * Padding - Stripe;
    m_font = noteFont(text);
    const QFont font = m_font;
    const QFontMetricsF fm(font);
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    int shownEnd = int(text.size());
    bool cut = false;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (y + line.height() > MaxHeight - 2 * Padding) {
            cut = true;
            break;
        }
        y += line.height();
        shownEnd = line.textStart() + line.textLength();
    }
    layout.endLayout();
    m_shown = text;
    if (cut) {
        QString head = text.left(shownEnd).trimmed();
        const QString ellipsis(QChar(0x2026));
        // Make room for the ellipsis on the last line.
        while (!head.isEmpty()
               && fm.boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap, head + ellipsis).height()
                   > y + 0.5)
            head.chop(1);
        m_shown = head.trimmed() + ellipsis;
    }
    m_height = qBound(MinHeight, std::max(y, fm.height()) + 2 * Padding, MaxHeight);
    refreshQuadrant(true);
    invalidate();
}

void PickNoteItem::setBaseColor(const QColor& color)
{
    if (color == m_base)
        return;
    m_base = color;
    invalidate();
}

void PickNoteItem::invalidate()
{
    m_cacheScale = 0;
    update();
}

void PickNoteItem::setUnsorted(bool unsorted)
{
    if (unsorted == m_unsorted)
        return;
    m_unsorted = unsorted;
    refreshQuadrant(true);
}

QRectF PickNoteItem::bodyRect() const
{
    return {-Width / 2, -m_height / 2, Width, m_height};
}

QRectF PickNoteItem::boundingRect() const
{
    return bodyRect().adjusted(-4, -4, 8, 8);
}

QPainterPath PickNoteItem::shape() const
{
    QPainterPath p;
    p.addRect(bodyRect());
    return p;
}

QString PickNoteItem::describe() const
{
    const QPointF p = pos();
    if (m_parked)
        return QCoreApplication::translate("PickChart", "%1 — unsorted, not on the chart yet").arg(m_text);
    return QCoreApplication::translate("PickChart", "%1 — %2, impact %3, effort %4")
        .arg(m_text, quadrantTitle(m_quadrant))
        .arg(qBound(0.0, p.x() / PickChartScene::ChartWidth, 1.0), 0, 'f', 2)
        .arg(qBound(0.0, p.y() / PickChartScene::ChartHeight, 1.0), 0, 'f', 2);
}

void PickNoteItem::refreshQuadrant(bool force)
{
    const QPointF p = pos();
    const bool onChart = QRectF(0, 0, PickChartScene::ChartWidth, PickChartScene::ChartHeight).contains(p);
    const Quadrant q = quadrantOf(p.x() / PickChartScene::ChartWidth, p.y() / PickChartScene::ChartHeight);
    const bool parked = m_unsorted && !onChart;
    if (!force && q == m_quadrant && parked == m_parked)
        return;
    m_quadrant = q;
    m_parked = parked;
    updateToolTip();
    invalidate();
}

void PickNoteItem::setProvenance(const QString& provenance)
{
    if (provenance == m_provenance)
        return;
    m_provenance = provenance;
    updateToolTip();
}

void PickNoteItem::updateToolTip()
{
    const QPointF p = pos();
    QString tip;
    if (m_parked)
        tip = QCoreApplication::translate("PickChart", "Unsorted — drag onto the chart to place it\n%1")
                  .arg(m_text);
    else
        tip = QCoreApplication::translate("PickChart", "%1 · impact %2 · effort %3\n%4")
                  .arg(quadrantTitle(m_quadrant))
                  .arg(qBound(0.0, p.x() / PickChartScene::ChartWidth, 1.0), 0, 'f', 2)
                  .arg(qBound(0.0, p.y() / PickChartScene::ChartHeight, 1.0), 0, 'f', 2)
                  .arg(m_text);
    // Where the idea came from, on a line of its own under what it says.
    if (!m_provenance.isEmpty())
        tip += QStringLiteral("\n\n") + m_provenance;
    setToolTip(Provenance::plainToolTip(tip));
}

QVariant PickNoteItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionChange && scene()) {
        // Keep the centre inside the scene, so a note is never dragged out of reach.
        const QRectF bounds = scene()->sceneRect();
        QPointF p = value.toPointF();
        p.setX(qBound(bounds.left(), p.x(), bounds.right()));
        p.setY(qBound(bounds.top(), p.y(), bounds.bottom()));
        return p;
    }
    if (change == ItemPositionHasChanged) {
        refreshQuadrant(false);
        updateToolTip(); // its impact and effort, also within one quadrant
    } else if (change == ItemSelectedHasChanged)
        invalidate();
    return QGraphicsItem::itemChange(change, value);
}

void PickNoteItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const QTransform t = painter->worldTransform();
    if (t.isRotating() || t.m11() <= 0 || t.m22() <= 0) {
        // Never the case on the chart; paint directly rather than cache badly.
        painter->fillRect(bodyRect().translated(3, 4), QColor(0, 0, 0, 45));
        paintNote(painter);
        return;
    }
    // Cache the note and its shadow at the device resolution and copy it untransformed.
    const qreal dpr = painter->device()->devicePixelRatioF();
    const qreal scale = t.m11() * dpr;
    const QRectF area = bodyRect().adjusted(0, 0, 4, 5);
    if (m_cache.isNull() || !qFuzzyCompare(scale, m_cacheScale)) {
        m_cache = QImage((area.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        m_cache.setDevicePixelRatio(dpr);
        m_cache.fill(Qt::transparent);
        QPainter p(&m_cache);
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        p.scale(t.m11(), t.m22());
        p.translate(-area.topLeft());
        p.fillRect(bodyRect().translated(3, 4), QColor(0, 0, 0, 45));
        paintNote(&p);
        m_cacheScale = scale;
    }
    const QPointF at = t.map(area.topLeft());
    painter->setWorldTransform(QTransform());
    painter->drawImage(QPointF(std::round(at.x()), std::round(at.y())), m_cache);
    painter->setWorldTransform(t);
}

void PickNoteItem::paintNote(QPainter* painter) const
{
    const QRectF body = bodyRect();
    const QColor accent = m_parked ? QColor(0x75, 0x75, 0x75) : quadrantColor(m_quadrant);

    painter->setPen(Qt::NoPen);
    painter->setBrush(m_parked ? m_base : blend(m_base, accent, 0.12));
    painter->drawRect(body);
    painter->setBrush(accent);
    painter->drawRect(QRectF(body.left(), body.top(), Stripe, body.height()));

    painter->setPen(QColor(0x21, 0x21, 0x21));
    painter->setFont(m_font);
    const QRectF textRect = body.adjusted(Stripe + Padding, Padding, -Padding, -Padding);
    painter->save();
    painter->setClipRect(textRect.adjusted(0, 0, 0, 2));
    painter->drawText(textRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_shown);
    painter->restore();

    if (isSelected()) {
        // Inside the body: the cached image is exactly the body.
        QPen pen(QColor(0x0D, 0x47, 0xA1), 4, Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(body.adjusted(2, 2, -2, -2));
    }
}

} // namespace rt
