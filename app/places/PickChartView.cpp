// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/PickChartView.h"

#include "models/RowListModel.h"
#include "places/PickChartScene.h"
#include "places/PickNoteItem.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace rt {

PickChartView::PickChartView(PickChartScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
    , m_chart(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    // The quadrants are painted once and reused; notes carry their own pixmap cache.
    setCacheMode(CacheBackground);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("PICK chart"));
    setAccessibleDescription(tr("Page Down and Page Up select a note; the arrow keys move it"));
    setToolTip(tr("Page Down / Page Up: select a note · arrows: move it (Shift: further) · "
                  "Enter: edit · Delete: remove · Ctrl+T: tidy the notes · Ctrl+= / Ctrl+-: zoom "
                  "in / out · Ctrl+0: fit"));
    // A screen reader hears the selected note, its quadrant and position (the notes are painted).
    connect(scene, &QGraphicsScene::selectionChanged, this, &PickChartView::describeSelection);
    connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] {
        resetCachedContent();
        zoomToFit();
    });
    connect(scene, &PickChartScene::editRequested, this, [this](qint64 id) { editIdea(id); });
    connect(scene, &PickChartScene::newIdeaRequested, this, [this](const QPointF& p) { editIdea(0, p); });
    connect(scene, &PickChartScene::contextRequested, this, &PickChartView::showContextMenu);
}

void PickChartView::zoomToFit()
{
    if (!scene())
        return;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
}

void PickChartView::zoomIn()
{
    zoomBy(1.25);
}

void PickChartView::zoomOut()
{
    zoomBy(1 / 1.25);
}

void PickChartView::zoomBy(qreal factor)
{
    const qreal next = transform().m11() * factor;
    if (next < 0.1 || next > 8)
        return;
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    scale(factor, factor);
    setTransformationAnchor(anchor);
}

void PickChartView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    zoomToFit();
}

int PickChartView::paste()
{
    return m_chart->addUnsorted(QApplication::clipboard()->text());
}

void PickChartView::keyPressEvent(QKeyEvent* event)
{
    const double step = event->modifiers().testFlag(Qt::ShiftModifier) ? BigStep : SmallStep;
    switch (event->key()) {
    case Qt::Key_Left:
        m_chart->nudgeSelected(-step, 0);
        describeSelection();
        return;
    case Qt::Key_Right:
        m_chart->nudgeSelected(step, 0);
        describeSelection();
        return;
    case Qt::Key_Up:
        m_chart->nudgeSelected(0, -step);
        describeSelection();
        return;
    case Qt::Key_Down:
        m_chart->nudgeSelected(0, step);
        describeSelection();
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        m_chart->deleteSelected();
        return;
    case Qt::Key_PageDown:
    case Qt::Key_PageUp:
        selectNext(event->key() == Qt::Key_PageDown ? 1 : -1);
        return;
    case Qt::Key_F2:
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const QList<qint64> ids = m_chart->selectedIds();
        if (!ids.isEmpty() && m_chart->isEditable())
            editIdea(ids.first());
        return;
    }
    default:
        break;
    }
    if (event->matches(QKeySequence::Paste)) {
        paste();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        const QList<PickNoteItem*> all = m_chart->notes();
        for (PickNoteItem* n : all)
            n->setSelected(true);
        return;
    }
    if (event->key() == Qt::Key_0 && event->modifiers().testFlag(Qt::ControlModifier)) {
        zoomToFit();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void PickChartView::selectNext(int delta)
{
    // The notes in the list's order: the keyboard's way to pick one without the mouse.
    QList<qint64> ids;
    for (int row = 0; row < m_chart->model()->rowCount(); ++row) {
        if (m_chart->note(m_chart->model()->idAt(row)))
            ids << m_chart->model()->idAt(row);
    }
    if (ids.isEmpty())
        return;
    const QList<qint64> selected = m_chart->selectedIds();
    const qsizetype at = selected.isEmpty() ? -1 : ids.indexOf(selected.first());
    const qsizetype n = ids.size();
    const qsizetype next = at < 0 ? (delta > 0 ? 0 : n - 1) : ((at + delta) % n + n) % n;
    scene()->clearSelection();
    PickNoteItem* note = m_chart->note(ids.at(next));
    note->setSelected(true);
    ensureVisible(note);
}

void PickChartView::describeSelection()
{
    const QList<PickNoteItem*> notes = m_chart->selectedNotes();
    QString text;
    if (notes.size() == 1) {
        text = tr("Selected: %1").arg(notes.first()->describe());
        if (!notes.first()->provenance().isEmpty())
            text += QLatin1Char('\n') + notes.first()->provenance();
    } else if (notes.size() > 1)
        text = tr("%n notes selected", nullptr, int(notes.size()));
    else
        text = tr("Page Down and Page Up select a note; the arrow keys move it");
    setAccessibleDescription(text);
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

void PickChartView::wheelEvent(QWheelEvent* event)
{
    // Ctrl+wheel zooms about the pointer (to read a crowded corner); Ctrl+0 fits again.
    if (!event->modifiers().testFlag(Qt::ControlModifier))
        return QGraphicsView::wheelEvent(event);
    const qreal factor = std::pow(1.15, event->angleDelta().y() / 120.0);
    const qreal next = transform().m11() * factor;
    if (next < 0.1 || next > 8)
        return;
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorUnderMouse);
    scale(factor, factor);
    setTransformationAnchor(anchor);
    event->accept();
}

void PickChartView::editIdea(qint64 ideaId, const QPointF& scenePos)
{
    finishEditing(true);
    if (!m_chart->isEditable())
        return;
    QRectF area;
    QString text;
    if (ideaId) {
        PickNoteItem* n = m_chart->note(ideaId);
        if (!n)
            return;
        area = n->mapRectToScene(n->shape().boundingRect());
        text = n->text();
    } else {
        area = QRectF(scenePos.x() - PickNoteItem::Width / 2, scenePos.y() - PickNoteItem::MinHeight / 2,
                      PickNoteItem::Width, PickNoteItem::MinHeight);
    }
    m_editing = ideaId;
    m_newAt = scenePos;
    m_editor = new QPlainTextEdit(viewport());
    m_editor->setPlainText(text);
    m_editor->setPlaceholderText(tr("Type the idea; Ctrl+Enter to finish"));
    m_editor->setAccessibleName(tr("Idea text"));
    QRect r = mapFromScene(area).boundingRect();
    r.setWidth(std::max(r.width(), 200));
    r.setHeight(std::max(r.height(), 90));
    m_editor->setGeometry(r.intersects(viewport()->rect()) ? r : QRect(10, 10, 240, 100));
    m_editor->installEventFilter(this);
    m_editor->selectAll();
    m_editor->show();
    m_editor->setFocus();
}

void PickChartView::finishEditing(bool commit)
{
    if (!m_editor)
        return;
    QPlainTextEdit* editor = m_editor;
    m_editor = nullptr;
    const QString text = editor->toPlainText().trimmed();
    editor->removeEventFilter(this);
    editor->hide();
    editor->deleteLater();
    if (commit && !text.isEmpty()) {
        if (m_editing)
            m_chart->editText(m_editing, text);
        else
            m_chart->addIdeaAt(text, m_newAt);
    }
    m_editing = 0;
    setFocus();
}

bool PickChartView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor) {
        if (event->type() == QEvent::KeyPress) {
            auto* key = static_cast<QKeyEvent*>(event);
            if (key->key() == Qt::Key_Escape) {
                finishEditing(false);
                return true;
            }
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                && key->modifiers().testFlag(Qt::ControlModifier)) {
                finishEditing(true);
                return true;
            }
        } else if (event->type() == QEvent::FocusOut) {
            finishEditing(true);
        }
    }
    return QGraphicsView::eventFilter(watched, event);
}

void PickChartView::showContextMenu(qint64 ideaId, const QPoint& screenPos)
{
    QMenu menu(this);
    QList<QAction*> edits;
    edits << menu.addAction(tr("Edit text"), this, [this, ideaId] { editIdea(ideaId); });
    edits << menu.addAction(tr("Make action from idea"), this,
                            [this, ideaId] { emit actionRequested(ideaId); });
    menu.addSeparator();
    edits << menu.addAction(tr("Delete"), this, [this] { m_chart->deleteSelected(); });
    for (QAction* a : edits)
        a->setEnabled(m_chart->isEditable()); // a read-only window shows what it cannot do
    menu.exec(screenPos);
}

} // namespace rt
