// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>
#include <QPointer>

namespace rt {

class Document;
class DriverTreeModel;

/**
 * The driver diagram drawn left to right: the aim, its primary drivers, their secondary
 * drivers and the change ideas, as boxes joined by connectors. Redrawn from the tree model
 * whenever it changes; a click on a box reports which driver it is.
 */
class DriverDiagramView : public QGraphicsView
{
    Q_OBJECT
public:
    DriverDiagramView(Document* document, DriverTreeModel* model, QWidget* parent = nullptr);

    /** The text of the leftmost box (the aim statement). */
    void setAimText(const QString& text);
    void zoomToFit();
    /** How many driver boxes are drawn (not counting the aim). */
    int boxCount() const { return m_boxes; }

signals:
    void driverClicked(qint64 driverId);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    void rebuild();
    qreal layout(const QModelIndex& index, int depth, qreal top, QPointF* anchor);

    QPointer<Document> m_document;
    DriverTreeModel* m_model;
    QString m_aimText;
    int m_boxes = 0;
};

} // namespace rt
