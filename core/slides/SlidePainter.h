// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slides/Deck.h"

class QPainter;

namespace rt::slides {

/** Paints one Slide on any QPainter: the app's preview and thumbnails, and every PDF page. */
class SlidePainter
{
public:
    /** Paints @p slide scaled into @p target (in the painter's coordinates). */
    static void paint(QPainter& painter, const Slide& slide, const QRectF& target);
    /** A picture of the slide @p width pixels wide (thumbnails, preview). */
    static QImage image(const Slide& slide, int width);

    /** Paragraphs laid out exactly as text::height() measured them. */
    static void drawParagraphs(QPainter& painter, const QRectF& box, double inset, const QList<Paragraph>& ps,
                               double pt, const QColor& color, Qt::Alignment align, bool bold = false);

private:
    static void paintElement(QPainter& painter, const Element& e);
};

} // namespace rt::slides
