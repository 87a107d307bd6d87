// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Quadrant.h"

#include <QGraphicsScene>
#include <QHash>
#include <QImage>
#include <QPointer>

namespace rt {

class Document;
class PickNoteItem;
class RowListModel;

/**
 * The PICK chart of one aim: four quadrants with their labels and axis words, one sticky note
 * per idea, and a parking strip beside the chart for ideas not yet placed. The scene mirrors
 * the ideas model (another view, or undo, moves the notes); every move, add or delete the user
 * makes is one undoable step, made by the Places edits (commands/PlaceEdits.h) from where the
 * notes are on the chart.
 *
 * Scene coordinates: the chart is (0,0)–(ChartWidth,ChartHeight); impact = x / width,
 * effort = y / height (easy at the top). A note's position is its centre.
 */
class PickChartScene : public QGraphicsScene
{
    Q_OBJECT
public:
    static constexpr qreal ChartWidth = 1300;
    static constexpr qreal ChartHeight = 720;
    static constexpr qreal Margin = 48;

    explicit PickChartScene(Document* document, QObject* parent = nullptr);

    void setAim(qint64 aimId);
    qint64 aimId() const { return m_aim; }
    RowListModel* model() const { return m_model; }

    QRectF chartRect() const { return {0, 0, ChartWidth, ChartHeight}; }
    QRectF stripRect() const { return m_strip; }
    static QPointF toScene(double impact, double effort);

    PickNoteItem* note(qint64 ideaId) const { return m_notes.value(ideaId); }
    QList<PickNoteItem*> notes() const { return m_notes.values(); }
    QList<PickNoteItem*> selectedNotes() const;
    QList<qint64> selectedIds() const;

    /** Stores where @p moved notes now are, as one undo step; snaps back what cannot move.
     *  False when nothing moved or the step did not reach the file. */
    bool commitPositions(const QList<PickNoteItem*>& moved);
    /** Moves the selected placed notes by a fraction of the chart, as one undo step; a note
     *  that would land on another skips past it (or stays when there is no room). */
    bool nudgeSelected(double dImpact, double dEffort);
    /** Moves the placed notes apart so none hides another or a quadrant's name, each within its
     *  quadrant, as one undo step. False when nothing needed moving (no step then). */
    bool tidyNotes();
    /** Whether notes overlap each other or a quadrant's name (what Tidy would mend). */
    bool isCrowded() const;
    /** Where the quadrants' names are painted, in scene coordinates. */
    static QList<QRectF> quadrantNameRects();
    /** The chart's four quadrants, in scene coordinates. */
    static QList<QRectF> quadrantRects();
    /** False in a read-only window: the notes do not move and nothing is added or changed. */
    bool isEditable() const;
    bool deleteSelected();
    /** Adds an idea placed where @p scenePos is on the chart; returns its id or 0. */
    qint64 addIdeaAt(const QString& text, const QPointF& scenePos);
    /** Adds each non-blank line as an unsorted idea in the parking strip, as one undo step. */
    int addUnsorted(const QString& lines);
    bool editText(qint64 ideaId, const QString& text);
    /** Creates an action for the aim's place, pre-filled with the cohort and the idea. */
    qint64 makeAction(qint64 ideaId);

    /** The colour of notes for @p cohort (a stable pick from a sticky-note palette). */
    static QColor cohortColor(const QString& cohort);
    /** A quadrant's fill, and the colour of its name on it (5:1 or more). */
    static QColor quadrantBackground(Quadrant q);
    static QColor quadrantLabelColor(Quadrant q);

signals:
    void editRequested(qint64 ideaId);
    void newIdeaRequested(const QPointF& scenePos);
    void contextRequested(qint64 ideaId, const QPoint& screenPos);

protected:
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent* event) override;

private:
    void rebuild();
    void updateRows(int first, int last);
    void refreshProvenance();
    void placeAll();
    void layoutStrip();
    /** The strip's label and hint, wrapped to a note's width: @p labelHeight and @p hintHeight
     *  (for drawing them), and the height above the first parked note (returned). */
    qreal stripHeader(qreal* labelHeight = nullptr, qreal* hintHeight = nullptr) const;
    PickNoteItem* noteAt(const QPointF& scenePos) const;
    QList<PickNoteItem*> placedNotes() const;
    void paintBackground(QPainter* painter);

    QPointer<Document> m_document;
    RowListModel* m_model;
    qint64 m_aim = 0;
    QString m_cohort;
    QHash<qint64, PickNoteItem*> m_notes;
    QHash<PickNoteItem*, QPointF> m_pressPositions;
    QRectF m_strip;
    bool m_provenancePending = false;
    // The quadrants, labels and strip as last painted, at that resolution (see drawBackground).
    QImage m_background;
    QTransform m_backgroundTransform;
};

} // namespace rt
