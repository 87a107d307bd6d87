// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slides/Deck.h"
#include "slides/PackLanguage.h"
#include "slides/SessionData.h"

#include <QCoreApplication>
#include <QSet>

namespace rt::slides {

/** The parts of the pack a user can leave out. */
QStringList sectionKeys(); ///< intro, tables, polls, places, datapack, feedback
/** The part's name in the app's language (for the export page's choices). */
QString sectionLabel(const QString& key);
/** A poll's results as bars: choice/multi counts, ranking Borda points, scale distribution and mean;
 *  the caption in @p language. */
ChartData pollChart(const SessionData::Poll& poll, const QString& language);

/**
 * Builds the summary pack from a session, in DESIGN's order, its fixed labels in the event's
 * language (PackLanguage; a right-to-left language sets every paragraph right to left). Text is measured with
 * the same layout code the painter uses: columns that do not fit at 12 pt are split over "1/2", "2/2" slides;
 * nothing is shrunk below 12 pt, dropped or cut. Safe on any thread.
 */
class DeckBuilder
{
#ifdef RT_LUPDATE_SEES_THIS // never defined: lupdate reads both branches and takes the context
    Q_DECLARE_TR_FUNCTIONS(DeckBuilder)
#else
    RT_PACK_TR_FUNCTIONS(DeckBuilder) // tr() in the pack's language (PackLanguage)
#endif
public:
    explicit DeckBuilder(const SessionData& data);
    void setSections(const QSet<QString>& sections)
    {
        m_sections = sections;
    }
    Deck build();

private:
    struct DNode
    {
        QString text;
        QList<DNode> children;
        bool continued = false;
    };

    bool wants(const QString& section) const
    {
        return m_sections.isEmpty() || m_sections.contains(section);
    }
    Slide& newSlide(const QString& title, const QString& section);
    void sectionSlide(const QString& title, const QString& subtitle, const QString& section);
    int addItem(const QString& kind, const QString& text);
    Paragraph itemParagraph(const QString& kind, const QString& raw, const QString& bullet,
                            bool bold = false);
    void flowSlides(const QString& title, const QString& section, const QList<Paragraph>& paragraphs,
                    double pt, const QString& intro = {});
    void columnSlides(const QString& title, const QString& section, const QStringList& headers,
                      const QList<QList<Paragraph>>& columns, const QString& legend = {});
    void tableSlides(const QString& title, const QString& section, const QString& intro,
                     const QList<Cell>& header, const QList<QList<Cell>>& rows,
                     const QList<double>& fractions, double pt);

    void titleSlide();
    void purposeSlides();
    void agendaSlides();
    void disclaimerSlides();
    void tableSection();
    void pollSlide(const SessionData::Poll& poll, const QString& section);
    void placeSection(const SessionData::Place& place);
    void pickSlides(const SessionData::Place& place, int aimIndex);
    void driverSlides(const SessionData::Place& place, int aimIndex);
    void actionSlides(const SessionData::Place& place);
    void dataPackSlides();
    void finish();

    double required(const DNode& n, double colWidth) const;
    QList<QList<DNode>> packDrivers(const QList<DNode>& nodes, double avail, double colWidth) const;
    void layoutDrivers(Slide& s, const QList<DNode>& nodes, int depth, double top, double colWidth,
                       double colStep, const QPointF& parentAnchor);

    const SessionData& m_data;
    QSet<QString> m_sections;
    Deck m_deck;
};

} // namespace rt::slides
