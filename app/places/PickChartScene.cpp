// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/PickChartScene.h"

#include "commands/PlaceEdits.h"
#include "domain/PickTidy.h"
#include "models/RowListModel.h"
#include "places/PickNoteItem.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QFontMetricsF>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QLineF>
#include <QPainter>
#include <QSet>
#include <QTimer>
#include <algorithm>

namespace rt {

namespace {
constexpr qreal StripGap = 20; // between the right axis words and the strip
constexpr qreal StripHeader = 84; // the strip's own label, at least (a longer one wraps)
constexpr qreal StripSpacing = 14; // between parked notes
constexpr qreal StripMinWidth = PickNoteItem::Width + 2 * StripSpacing;

double clamp01(double v)
{
    return std::clamp(v, 0.0, 1.0);
}

struct QuadrantCell
{
    Quadrant q;
    QRectF r;
    Qt::Alignment align;
    const char* label;
};

// The quadrants, where their names sit, and the names (translated in the scene's context).
const QuadrantCell* quadrantCells()
{
    constexpr qreal w2 = PickChartScene::ChartWidth / 2, h2 = PickChartScene::ChartHeight / 2;
    static const QuadrantCell cells[] = {
        {Quadrant::Possible,
         {0, 0, w2, h2},
         Qt::AlignLeft | Qt::AlignTop,
         QT_TRANSLATE_NOOP("rt::PickChartScene", "POSSIBLE")},
        {Quadrant::Implement,
         {w2, 0, w2, h2},
         Qt::AlignRight | Qt::AlignTop,
         QT_TRANSLATE_NOOP("rt::PickChartScene", "IMPLEMENT")},
        {Quadrant::Challenge,
         {w2, h2, w2, h2},
         Qt::AlignRight | Qt::AlignBottom,
         QT_TRANSLATE_NOOP("rt::PickChartScene", "CHALLENGE")},
        {Quadrant::Kibosh,
         {0, h2, w2, h2},
         Qt::AlignLeft | Qt::AlignBottom,
         QT_TRANSLATE_NOOP("rt::PickChartScene", "KIBOSH")},
    };
    return cells;
}

QFont quadrantNameFont()
{
    QFont big;
    big.setPixelSize(46);
    big.setBold(true);
    big.setLetterSpacing(QFont::AbsoluteSpacing, 3);
    return big;
}

QRectF nameArea(const QuadrantCell& c)
{
    return c.r.adjusted(22, 14, -22, -10);
}

} // namespace

QColor PickChartScene::quadrantBackground(Quadrant q)
{
    return quadrantFill(q); // shared with the summary pack
}

QColor PickChartScene::quadrantLabelColor(Quadrant q)
{
    return quadrantInk(q);
}

PickChartScene::PickChartScene(Document* document, QObject* parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_model(
          new RowListModel(document, Kind::Idea, {col::Text, col::Impact, col::Effort, col::Unsorted}, this))
{
    // Notes move all the time; a spatial index would be rebuilt on every drag step.
    setItemIndexMethod(NoIndex);
    m_model->setFilter({{col::AimId, qint64(0)}});
    connect(m_model, &QAbstractItemModel::modelReset, this, &PickChartScene::rebuild);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PickChartScene::rebuild);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PickChartScene::rebuild);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &PickChartScene::rebuild);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &PickChartScene::rebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& tl, const QModelIndex& br) { updateRows(tl.row(), br.row()); });
    layoutStrip();
}

void PickChartScene::setAim(qint64 aimId)
{
    m_aim = aimId;
    m_cohort.clear();
    if (m_document && m_document->store() && aimId > 0)
        m_cohort = m_document->store()->row(Kind::Aim, aimId).str(col::Cohort);
    m_model->setFilter({{col::AimId, aimId}});
}

QPointF PickChartScene::toScene(double impact, double effort)
{
    return {clamp01(impact) * ChartWidth, clamp01(effort) * ChartHeight};
}

QColor PickChartScene::cohortColor(const QString& cohort)
{
    // Sticky-note colours that stand out on all four quadrant backgrounds; a stable (unseeded)
    // hash so the same cohort looks the same on every run and every laptop.
    static const QColor palette[] = {{0xFF, 0xF1, 0x76}, {0xF8, 0xBB, 0xD0}, {0xFF, 0xFF, 0xFF},
                                     {0xD1, 0xC4, 0xE9}, {0xFF, 0xE0, 0xB2}, {0xDC, 0xED, 0xC8}};
    const QString key = cohort.trimmed().toCaseFolded();
    if (key.isEmpty())
        return palette[0];
    quint32 h = 2166136261u;
    for (QChar c : key)
        h = (h ^ c.unicode()) * 16777619u;
    return palette[h % (sizeof(palette) / sizeof(palette[0]))];
}

QList<PickNoteItem*> PickChartScene::selectedNotes() const
{
    QList<PickNoteItem*> out;
    const QList<QGraphicsItem*> items = selectedItems();
    for (QGraphicsItem* i : items) {
        if (i->type() == PickNoteItem::Type)
            out << static_cast<PickNoteItem*>(i);
    }
    std::sort(out.begin(), out.end(), [](PickNoteItem* a, PickNoteItem* b) { return a->id() < b->id(); });
    return out;
}

QList<qint64> PickChartScene::selectedIds() const
{
    QList<qint64> ids;
    const QList<PickNoteItem*> sel = selectedNotes();
    for (PickNoteItem* n : sel)
        ids << n->id();
    return ids;
}

void PickChartScene::rebuild()
{
    QSet<qint64> seen;
    const QColor base = cohortColor(m_cohort);
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const Row& r = m_model->rowAt(i);
        PickNoteItem* n = m_notes.value(r.id);
        if (!n) {
            n = new PickNoteItem(r.id);
            m_notes.insert(r.id, n);
            addItem(n);
        }
        n->setBaseColor(base);
        // In a read-only window a note can be selected and read, not dragged.
        n->setFlag(QGraphicsItem::ItemIsMovable, isEditable());
        n->setText(r.str(col::Text));
        n->setUnsorted(r.flag(col::Unsorted));
        n->setProvenance(m_model->index(i, 0).data(RowListModel::ProvenanceRole).toString());
        seen.insert(r.id);
    }
    for (auto it = m_notes.begin(); it != m_notes.end();) {
        if (!seen.contains(it.key())) {
            delete it.value();
            it = m_notes.erase(it);
        } else {
            ++it;
        }
    }
    placeAll();
}

void PickChartScene::updateRows(int first, int last)
{
    bool strip = false;
    for (int i = std::max(first, 0); i <= last && i < m_model->rowCount(); ++i) {
        const Row& r = m_model->rowAt(i);
        PickNoteItem* n = m_notes.value(r.id);
        if (!n) {
            rebuild();
            return;
        }
        n->setText(r.str(col::Text));
        strip = strip || n->isUnsorted() != r.flag(col::Unsorted) || r.flag(col::Unsorted);
        n->setUnsorted(r.flag(col::Unsorted));
        if (!r.flag(col::Unsorted))
            n->setPos(toScene(r.real(col::Impact), r.real(col::Effort)));
    }
    if (strip)
        layoutStrip();
    // Who changed them: later, as an undo puts the old stamps back after the rows change.
    if (!m_provenancePending) {
        m_provenancePending = true;
        QTimer::singleShot(0, this, &PickChartScene::refreshProvenance);
    }
}

void PickChartScene::refreshProvenance()
{
    m_provenancePending = false;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (PickNoteItem* n = m_notes.value(m_model->idAt(i)))
            n->setProvenance(m_model->index(i, 0).data(RowListModel::ProvenanceRole).toString());
    }
}

void PickChartScene::placeAll()
{
    layoutStrip();
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const Row& r = m_model->rowAt(i);
        if (!r.flag(col::Unsorted))
            m_notes.value(r.id)->setPos(toScene(r.real(col::Impact), r.real(col::Effort)));
    }
}

namespace {
QFont stripLabelFont()
{
    QFont f;
    f.setPixelSize(20);
    f.setBold(true);
    return f;
}
QFont stripHintFont()
{
    QFont f;
    f.setPixelSize(15);
    return f;
}
} // namespace

qreal PickChartScene::stripHeader(qreal* labelHeight, qreal* hintHeight) const
{
    // Wrapped, never cut: "Nieposortowane pomysły" is wider than a note at this size.
    const QRectF box(0, 0, PickNoteItem::Width, 10000);
    const qreal label = QFontMetricsF(stripLabelFont())
                            .boundingRect(box, Qt::AlignLeft | Qt::TextWordWrap, tr("Unsorted ideas"))
                            .height();
    const qreal hint = QFontMetricsF(stripHintFont())
                           .boundingRect(box, Qt::AlignLeft | Qt::TextWordWrap,
                                         tr("Drag a note onto the chart to place it"))
                           .height();
    if (labelHeight)
        *labelHeight = label;
    if (hintHeight)
        *hintHeight = hint;
    return std::max(StripHeader, 6 + label + 4 + hint + StripSpacing);
}

void PickChartScene::layoutStrip()
{
    // Parked notes stack top to bottom in list order, in as many columns as they need, in a
    // strip right of the chart (a projected room screen is wider than it is tall).
    const qreal left = ChartWidth + Margin + StripGap;
    const qreal top = 0;
    QList<QPair<PickNoteItem*, QPointF>> places;
    const qreal header = stripHeader();
    qreal x = left + StripSpacing, y = top + header;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const Row& r = m_model->rowAt(i);
        if (!r.flag(col::Unsorted))
            continue;
        PickNoteItem* n = m_notes.value(r.id);
        if (y + n->height() > ChartHeight - StripSpacing && y > top + header) {
            x += PickNoteItem::Width + StripSpacing;
            y = top + header;
        }
        places.append({n, QPointF(x + PickNoteItem::Width / 2, y + n->height() / 2)});
        y += n->height() + StripSpacing;
    }
    const qreal width = std::max(StripMinWidth, x + PickNoteItem::Width + StripSpacing - left);
    if (m_strip != QRectF(left, top, width, ChartHeight))
        m_background = QImage(); // the strip is part of the cached background
    m_strip = QRectF(left, top, width, ChartHeight);
    setSceneRect(QRectF(-Margin, -Margin, m_strip.right() + 16 + Margin, ChartHeight + 2 * Margin));
    for (const auto& p : places)
        p.first->setPos(p.second);
    update(m_strip.adjusted(-8, -8, 8, 8));
}

PickNoteItem* PickChartScene::noteAt(const QPointF& scenePos) const
{
    const QList<QGraphicsItem*> hit = items(scenePos);
    for (QGraphicsItem* i : hit) {
        if (i->type() == PickNoteItem::Type)
            return static_cast<PickNoteItem*>(i);
    }
    return nullptr;
}

bool PickChartScene::commitPositions(const QList<PickNoteItem*>& moved)
{
    if (!isEditable()) {
        placeAll();
        return false;
    }
    QList<edit::IdeaSpot> spots;
    for (PickNoteItem* n : moved) {
        if (m_model->rowOf(n->id()) < 0)
            continue;
        const QPointF p = n->pos();
        // Dropped in the parking strip: parked again. Anywhere else counts as on the chart (its
        // margins as its nearest edge).
        if (m_strip.adjusted(-StripGap, -Margin, Margin, Margin).contains(p))
            spots.append(edit::IdeaSpot::parked(n->id()));
        else
            spots.append(edit::IdeaSpot::on(n->id(), p.x() / ChartWidth, p.y() / ChartHeight));
    }
    const bool ok = edit::moveIdeas(*m_document, spots);
    placeAll(); // snaps back whatever did not (or could not) move
    return ok;
}

bool PickChartScene::isEditable() const
{
    return m_document && !m_document->isReadOnly();
}

QList<PickNoteItem*> PickChartScene::placedNotes() const
{
    QList<PickNoteItem*> out;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const Row& r = m_model->rowAt(i);
        if (!r.flag(col::Unsorted))
            out << m_notes.value(r.id);
    }
    return out;
}

namespace {
QRectF bodyOf(const PickNoteItem* n)
{
    return n->mapRectToScene(n->shape().boundingRect());
}
} // namespace

bool PickChartScene::nudgeSelected(double dImpact, double dEffort)
{
    if (!isEditable())
        return false;
    // The note furthest along goes first; each one's new place is then in the way of the rest,
    // so two selected notes never end on each other either.
    QList<PickNoteItem*> sel = selectedNotes();
    std::stable_sort(sel.begin(), sel.end(), [&](PickNoteItem* a, PickNoteItem* b) {
        return a->x() * dImpact + a->y() * dEffort > b->x() * dImpact + b->y() * dEffort;
    });
    // Notes not moving are what a moved note must not land on.
    QList<QRectF> others;
    const QList<PickNoteItem*> placed = placedNotes();
    for (PickNoteItem* n : placed) {
        if (!n->isSelected())
            others << bodyOf(n);
    }
    QList<edit::IdeaSpot> spots;
    for (PickNoteItem* n : sel) {
        const int row = m_model->rowOf(n->id());
        if (row < 0 || m_model->rowAt(row).flag(col::Unsorted))
            continue;
        const Row& r = m_model->rowAt(row);
        const double impact = clamp01(r.real(col::Impact) + dImpact);
        const double effort = clamp01(r.real(col::Effort) + dEffort);
        const QPointF from = toScene(r.real(col::Impact), r.real(col::Effort));
        const QPointF step = toScene(impact, effort) - from; // kept on the chart
        const QRectF body = bodyOf(n).translated(from - n->pos());
        const std::optional<QPointF> to = pick::freeSpotAlong(body, step, others, chartRect());
        others << (to ? body.translated(*to - body.center()) : body);
        if (!to)
            continue; // no free spot that way: it stays
        if (QLineF(*to, body.center() + step).length() < 1e-6) // the plain step: stored exactly
            spots.append(edit::IdeaSpot::on(n->id(), impact, effort));
        else
            spots.append(
                edit::IdeaSpot::on(n->id(), clamp01(to->x() / ChartWidth), clamp01(to->y() / ChartHeight)));
    }
    return !spots.isEmpty() && edit::moveIdeas(*m_document, spots);
}

QList<QRectF> PickChartScene::quadrantRects()
{
    QList<QRectF> out;
    for (int i = 0; i < 4; ++i)
        out << quadrantCells()[i].r;
    return out;
}

QList<QRectF> PickChartScene::quadrantNameRects()
{
    const QFontMetricsF fm(quadrantNameFont());
    QList<QRectF> out;
    for (int i = 0; i < 4; ++i) {
        const QuadrantCell& c = quadrantCells()[i];
        out << fm.boundingRect(nameArea(c), int(c.align), tr(c.label));
    }
    return out;
}

bool PickChartScene::isCrowded() const
{
    QList<QRectF> rects;
    const QList<PickNoteItem*> placed = placedNotes();
    for (PickNoteItem* n : placed)
        rects << bodyOf(n);
    return pick::anyOverlap(rects, quadrantNameRects());
}

bool PickChartScene::tidyNotes()
{
    if (!isEditable())
        return false;
    const QList<PickNoteItem*> placed = placedNotes();
    pick::TidyInput in;
    in.quadrants = quadrantRects();
    in.keepOut = quadrantNameRects();
    for (PickNoteItem* n : placed)
        in.notes << bodyOf(n);
    const QList<QPointF> to = pick::tidy(in);
    QList<edit::IdeaSpot> spots;
    for (qsizetype i = 0; i < placed.size(); ++i) {
        if (to[i] != in.notes[i].center())
            spots.append(edit::IdeaSpot::on(placed[i]->id(), clamp01(to[i].x() / ChartWidth),
                                            clamp01(to[i].y() / ChartHeight)));
    }
    return !spots.isEmpty() && edit::moveIdeas(*m_document, spots, tr("Tidy notes"));
}

bool PickChartScene::deleteSelected()
{
    return isEditable() && edit::deleteIdeas(*m_document, selectedIds());
}

qint64 PickChartScene::addIdeaAt(const QString& text, const QPointF& scenePos)
{
    if (!isEditable())
        return 0;
    std::optional<QPointF> spot;
    if (!m_strip.contains(scenePos))
        spot = QPointF(scenePos.x() / ChartWidth, scenePos.y() / ChartHeight);
    return edit::addIdea(*m_document, m_aim, text, spot);
}

int PickChartScene::addUnsorted(const QString& lines)
{
    return isEditable() ? edit::addIdeas(*m_document, m_aim, lines) : 0;
}

bool PickChartScene::editText(qint64 ideaId, const QString& text)
{
    return isEditable() && m_model->rowOf(ideaId) >= 0 && edit::editIdeaText(*m_document, ideaId, text);
}

qint64 PickChartScene::makeAction(qint64 ideaId)
{
    return isEditable() ? edit::makeActionFromIdea(*m_document, ideaId) : 0;
}

void PickChartScene::drawBackground(QPainter* painter, const QRectF& rect)
{
    // Painted once per zoom level into an image, then copied: QGraphicsView's background cache
    // serves its widget only, and a frame rendered into an image (bench, screenshot) would
    // otherwise lay out all the labels again.
    const QTransform t = painter->worldTransform();
    if (t.isRotating() || t.m11() <= 0 || t.m22() <= 0) {
        painter->fillRect(rect, QColor(0xFA, 0xFA, 0xF7));
        paintBackground(painter);
        return;
    }
    const qreal dpr = painter->device()->devicePixelRatioF();
    const QRectF scene = sceneRect();
    const QTransform scaleOnly = QTransform::fromScale(t.m11(), t.m22());
    if (m_background.isNull() || m_backgroundTransform != scaleOnly) {
        m_background = QImage((scene.size() * t.m11() * dpr).toSize() + QSize(1, 1), QImage::Format_RGB32);
        m_background.setDevicePixelRatio(dpr);
        m_background.fill(QColor(0xFA, 0xFA, 0xF7));
        QPainter p(&m_background);
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        p.scale(t.m11(), t.m22());
        p.translate(-scene.topLeft());
        paintBackground(&p);
        m_backgroundTransform = scaleOnly;
    }
    const QPointF at = t.map(scene.topLeft());
    const QRectF device = t.mapRect(rect);
    const QRectF exposed = device.intersected(QRectF(at, QSizeF(m_background.size()) / dpr));
    if (exposed != device)
        painter->fillRect(rect, QColor(0xFA, 0xFA, 0xF7)); // around the scene, when the view is wider
    painter->setWorldTransform(QTransform());
    painter->drawImage(exposed, m_background, QRectF((exposed.topLeft() - at) * dpr, exposed.size() * dpr));
    painter->setWorldTransform(t);
}

void PickChartScene::paintBackground(QPainter* painter)
{
    const qreal w2 = ChartWidth / 2, h2 = ChartHeight / 2;
    const QFont big = quadrantNameFont();
    for (int i = 0; i < 4; ++i) {
        const QuadrantCell& c = quadrantCells()[i];
        painter->fillRect(c.r, quadrantBackground(c.q));
        painter->setPen(quadrantLabelColor(c.q));
        painter->setFont(big);
        painter->drawText(nameArea(c), int(c.align), tr(c.label));
    }
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(QColor(0x42, 0x42, 0x42), 4));
    painter->drawLine(QPointF(w2, 0), QPointF(w2, ChartHeight));
    painter->drawLine(QPointF(0, h2), QPointF(ChartWidth, h2));
    painter->setPen(QPen(QColor(0x42, 0x42, 0x42), 2));
    painter->drawRect(chartRect());

    QFont axis;
    axis.setPixelSize(24);
    axis.setItalic(true);
    painter->setFont(axis);
    painter->setPen(QColor(0x30, 0x30, 0x30));
    painter->drawText(QRectF(0, -Margin, ChartWidth, Margin), Qt::AlignCenter, tr("Relatively easy to do"));
    painter->drawText(QRectF(0, ChartHeight, ChartWidth, Margin), Qt::AlignCenter,
                      tr("Likely difficult to do"));
    painter->save();
    painter->translate(-Margin / 2, h2);
    painter->rotate(-90);
    painter->drawText(QRectF(-h2, -Margin / 2, ChartHeight, Margin), Qt::AlignCenter,
                      tr("Probably low impact"));
    painter->restore();
    painter->save();
    painter->translate(ChartWidth + Margin / 2, h2);
    painter->rotate(90);
    painter->drawText(QRectF(-h2, -Margin / 2, ChartHeight, Margin), Qt::AlignCenter,
                      tr("Potentially high impact"));
    painter->restore();

    // The parking strip for ideas not yet placed.
    painter->setPen(QPen(QColor(0x90, 0x90, 0x90), 2, Qt::DashLine));
    painter->setBrush(QColor(0xEE, 0xEE, 0xEA));
    painter->drawRect(m_strip);
    qreal labelHeight = 0, hintHeight = 0;
    stripHeader(&labelHeight, &hintHeight);
    painter->setFont(stripLabelFont());
    painter->setPen(QColor(0x55, 0x55, 0x55));
    const QRectF label(m_strip.left() + StripSpacing, m_strip.top() + 6, PickNoteItem::Width, labelHeight);
    painter->drawText(label, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, tr("Unsorted ideas"));
    painter->setFont(stripHintFont());
    painter->drawText(QRectF(label.left(), label.bottom() + 4, PickNoteItem::Width, hintHeight),
                      Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                      tr("Drag a note onto the chart to place it"));
}

void PickChartScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsScene::mousePressEvent(event);
    m_pressPositions.clear();
    if (event->button() != Qt::LeftButton)
        return;
    const QList<PickNoteItem*> sel = selectedNotes();
    for (PickNoteItem* n : sel)
        m_pressPositions.insert(n, n->pos());
}

void PickChartScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    // The model may have dropped notes meanwhile (undo, another view): only live ones count.
    QList<PickNoteItem*> moved;
    const QList<PickNoteItem*> live = m_notes.values();
    for (auto it = m_pressPositions.cbegin(); it != m_pressPositions.cend(); ++it) {
        if (live.contains(it.key()) && it.key()->pos() != it.value())
            moved << it.key();
    }
    m_pressPositions.clear();
    if (!moved.isEmpty()) {
        std::sort(moved.begin(), moved.end(),
                  [](PickNoteItem* a, PickNoteItem* b) { return a->id() < b->id(); });
        commitPositions(moved);
    }
}

void PickChartScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QGraphicsScene::mouseDoubleClickEvent(event);
    if (!isEditable())
        return;
    if (PickNoteItem* n = noteAt(event->scenePos())) {
        emit editRequested(n->id());
        return;
    }
    if (chartRect().contains(event->scenePos()) || m_strip.contains(event->scenePos()))
        emit newIdeaRequested(event->scenePos());
}

void PickChartScene::contextMenuEvent(QGraphicsSceneContextMenuEvent* event)
{
    if (PickNoteItem* n = noteAt(event->scenePos())) {
        if (!n->isSelected()) {
            clearSelection();
            n->setSelected(true);
        }
        emit contextRequested(n->id(), event->screenPos());
        event->accept();
    }
}

} // namespace rt
