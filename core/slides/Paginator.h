// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slides/Deck.h"
#include "slides/PackLanguage.h"

#include <QCoreApplication>

namespace rt::slides {

/**
 * The pack's page-filling engine: appends slides to a Deck and fills them with text that is
 * measured with the painter's own layout. Text that does not fit one slide goes on over "1/2",
 * "2/2" slides, shared evenly between them; nothing is shrunk below 12 pt, dropped or cut. The captured items
 * (notes, ideas, actions, answers) are recorded in the deck as their paragraphs are made.
 */
class Paginator
{
#ifdef RT_LUPDATE_SEES_THIS // never defined: lupdate reads both branches and takes the context
    Q_DECLARE_TR_FUNCTIONS(DeckBuilder)
#else
    RT_PACK_TR_FUNCTIONS(DeckBuilder) // tr() in the pack's language (PackLanguage)
#endif
public:
    explicit Paginator(Deck& deck)
        : m_deck(deck)
    { }

    /** A content slide with @p title in its band (stepped down in size until it fits). */
    Slide& newSlide(const QString& title, const QString& section);
    /** A full-bleed section divider. */
    void sectionSlide(const QString& title, const QString& subtitle, const QString& section);
    /** Records a captured item; @return its index in Deck::items. */
    int addItem(const QString& kind, const QString& text);
    /** A paragraph showing a captured item (recorded with addItem). */
    Paragraph itemParagraph(const QString& kind, const QString& raw, const QString& bullet,
                            bool bold = false);

    /** Paragraphs at @p pt flowed down as many slides as they need, under an optional bold intro. */
    void flowSlides(const QString& title, const QString& section, const QList<Paragraph>& paragraphs,
                    double pt, const QString& intro = {});
    /** Side-by-side columns under headings, at the largest size (16, 14, 12 pt) at which every
     *  column fits one slide; else at 12 pt over several slides. */
    void columnSlides(const QString& title, const QString& section, const QStringList& headers,
                      const QList<QList<Paragraph>>& columns, const QString& legend = {});
    /** A table with its header row on every slide; a row too tall for a slide is cut between
     *  lines into continuation rows, labelled with the row's first cell. @p fractions are the
     *  column widths as parts of the whole. Rows are shared evenly between slides. With
     *  @p groupFirstColumn, a first-column label the same as the row above's is shown once per slide. */
    void tableSlides(const QString& title, const QString& section, const QString& intro,
                     const QList<Cell>& header, const QList<QList<Cell>>& rows,
                     const QList<double>& fractions, double pt, bool groupFirstColumn = false);

private:
    Deck& m_deck;
};

} // namespace rt::slides
