// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Quadrant.h"

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QImage>

namespace rt {

/**
 * One idea as a sticky note on the PICK chart. Its position is the note's centre in scene
 * coordinates; the quadrant (tint, stripe and tooltip) follows that position live while it
 * is dragged, and the stored impact/effort change only when the scene commits the move.
 */
class PickNoteItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 71 };
    static constexpr qreal Width = 210;
    static constexpr qreal MinHeight = 56;
    static constexpr qreal MaxHeight = 140;
    static constexpr qreal Padding = 8;
    static constexpr qreal Stripe = 7;

    explicit PickNoteItem(qint64 id);

    int type() const override { return Type; }
    qint64 id() const { return m_id; }

    void setText(const QString& text);
    QString text() const { return m_text; }
    void setBaseColor(const QColor& color);
    void setUnsorted(bool unsorted);
    bool isUnsorted() const { return m_unsorted; }
    qreal height() const { return m_height; }

    /** The quadrant of the note's current position (what a drop here would store). */
    Quadrant quadrant() const { return m_quadrant; }
    /** The note in words for a screen reader: its text, quadrant, impact and effort. */
    QString describe() const;
    /** Where the idea came from ("Added on Place 2 laptop, 10:42"), shown under its tooltip. */
    void setProvenance(const QString& provenance);
    QString provenance() const { return m_provenance; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    /** The notes' text: large enough to read (12 px or more) at the chart's fit zoom on a laptop. */
    static QFont noteFont();
    /** noteFont() for @p text: without the Arabic-script faces (and their tall lines) when the
     *  text has no Arabic script, so a note in English stays compact. */
    static QFont noteFont(const QString& text);
    static QColor quadrantColor(Quadrant q);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    void refreshQuadrant(bool force);
    void updateToolTip();
    QRectF bodyRect() const;
    void invalidate();
    void paintNote(QPainter* painter) const;

    qint64 m_id;
    QString m_text;
    QString m_provenance;
    QString m_shown; ///< the text as drawn: cut with an ellipsis when it cannot fit
    QColor m_base;
    QFont m_font;
    qreal m_height = MinHeight;
    bool m_unsorted = false;
    bool m_parked = false; ///< unsorted and (still) outside the chart
    Quadrant m_quadrant = Quadrant::Possible;
    // The note as painted, at the resolution it was last painted at. Qt's own item cache only
    // serves widgets; this one also serves rendering into images (screenshots, export preview).
    QImage m_cache;
    qreal m_cacheScale = 0;
};

} // namespace rt
