// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slides/Deck.h"

class QPainter;

namespace rt::slides::charts {

/**
 * Poll results as horizontal bars, drawn with QPainter alone. Qt Charts needs the GUI thread
 * (QGraphicsScene, QStyle); drawing bars ourselves keeps export safe on a worker thread,
 * keeps the PDF vector, and keeps labels at the pack's minimum text size. (The PPTX has the
 * same tally as a native chart part: PptxWriter.)
 */
void paint(QPainter& painter, const QRectF& rect, const ChartData& chart, double pt);

} // namespace rt::slides::charts
