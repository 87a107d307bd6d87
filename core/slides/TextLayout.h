// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slides/Deck.h"

#include <QFont>

namespace rt::slides {

/** Text measurement shared by the deck builder (to split) and the painter (to draw): both lay
 *  text out with the same QTextLayout, so what was measured to fit is what is drawn. */
namespace text {

/** Removes what XML 1.0 forbids (C0 controls but tab and newline, U+FFFE/U+FFFF, unpaired
 *  surrogates) and turns CR LF / CR into '\n'. Nothing else changes: notes are verbatim. */
QString clean(const QString& raw);
/** A paragraph of @p raw text, cleaned, with its direction and language detected. */
Paragraph paragraph(const QString& raw, const QString& bullet = {}, bool bold = false);
/** BCP-47 tag for right-to-left text (ur-PK, ar-SA, fa-IR, he-IL), empty for other text. */
QString rtlLanguage(const QString& text);

QFont font(double pt, bool bold = false);
double lineHeight(double pt);
double bulletIndent(double pt);
double paragraphGap(double pt);
/** The width text wraps to inside a box of @p boxWidth with @p inset on each side. A little is
 *  kept back so that other renderers (LibreOffice, PowerPoint) have room for their metrics. */
double wrapWidth(double boxWidth, double inset);

struct Line
{
    int start = 0;
    int length = 0;
};
/** The lines @p p breaks into at @p width (the text width, bullet indent not yet removed). */
QList<Line> lines(const Paragraph& p, double width, double pt);
double height(const Paragraph& p, double width, double pt);
double height(const QList<Paragraph>& ps, double width, double pt);

/** Lays @p paragraphs out into pages of @p pageHeight, splitting a paragraph that does not fit
 *  between lines (word boundaries; anywhere only inside a word longer than a line). Pieces
 *  after the first are marked `continued`; joined, they give back the paragraph's text. */
QList<QList<Paragraph>> flow(const QList<Paragraph>& paragraphs, double width, double pageHeight, double pt);
/** flow() with each paragraph's lines already found (lines() at the same width and size), for
 *  trying several page heights without laying the text out again. */
QList<QList<Paragraph>> flow(const QList<Paragraph>& paragraphs, const QList<QList<Line>>& lines,
                             double pageHeight, double pt);

} // namespace text
} // namespace rt::slides
