// SPDX-License-Identifier: GPL-3.0-or-later
// The pack builder's drawing vocabulary: text boxes, shapes and connectors as Deck elements,
// in the theme's colours. Used by DeckBuilder and its parts (Paginator, PickSlides, DriverLayout).
#pragma once

#include "slides/Deck.h"
#include "slides/Theme.h"

namespace rt::slides::elements {

constexpr double W = SlideWidth;
constexpr double H = SlideHeight;

Element textBox(const QRectF& r, const QList<Paragraph>& ps, double pt, const QColor& color = theme::text(),
                Qt::Alignment align = Qt::AlignLeft | Qt::AlignTop);
Element rectShape(const QRectF& r, const QColor& fill, const QList<Paragraph>& ps = {}, double pt = 14,
                  Qt::Alignment align = Qt::AlignCenter);
Element lineShape(const QPointF& a, const QPointF& b, const QColor& c, double width = 2);

/** @p t as one paragraph (text::paragraph). */
QList<Paragraph> plain(const QString& t, bool bold = false);
/** Every slide's footer (the deck's title) and its number, as the summary pack and the progress
 *  update show them. */
void addFooters(Deck& deck);
/** The width text wraps at in a box @p boxWidth wide with @p inset on each side. */
double textWidth(double boxWidth, double inset = 8);

} // namespace rt::slides::elements
