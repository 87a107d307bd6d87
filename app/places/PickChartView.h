// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>
#include <QPlainTextEdit>
#include <QPointer>

namespace rt {

class PickChartScene;

/**
 * Shows a PICK chart scaled to fit (on resize and Ctrl+0; Ctrl+wheel, Ctrl+= and Ctrl+- zoom), with
 * rubber-band selection, keyboard moves (arrows, Shift for a bigger step), Delete, paste of many lines, and
 * an in-place editor for a note's text (Ctrl+Enter or leaving it commits, Esc cancels).
 */
class PickChartView : public QGraphicsView
{
    Q_OBJECT
public:
    static constexpr double SmallStep = 0.01;
    static constexpr double BigStep = 0.05;

    explicit PickChartView(PickChartScene* scene, QWidget* parent = nullptr);

    PickChartScene* chart() const { return m_chart; }
    void zoomToFit();
    /** Zooms in or out a step about the view's centre (Ctrl+= and Ctrl+-). */
    void zoomIn();
    void zoomOut();
    /** Opens the in-place editor on an idea (0: a new idea at @p scenePos). */
    void editIdea(qint64 ideaId, const QPointF& scenePos = {});
    bool isEditing() const { return m_editor != nullptr; }
    /** Adds the clipboard's lines as unsorted ideas; returns how many. */
    int paste();

signals:
    void actionRequested(qint64 ideaId);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void zoomBy(qreal factor);
    void finishEditing(bool commit);
    /** Selects the next (@p delta 1) or previous (-1) note, in the list's order, wrapping. */
    void selectNext(int delta);
    void describeSelection();
    void showContextMenu(qint64 ideaId, const QPoint& screenPos);

    PickChartScene* m_chart;
    QPointer<QPlainTextEdit> m_editor;
    qint64 m_editing = 0;
    QPointF m_newAt;
};

} // namespace rt
