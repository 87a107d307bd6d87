// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slides/Deck.h"
#include "slides/PackLanguage.h"
#include "slides/PackSettings.h"
#include "slides/Paginator.h"
#include "slides/SessionData.h"

#include <QCoreApplication>
#include <QSet>

namespace rt::slides {

/** The parts of the pack a user can leave out or move, in the hand-made pack's order: intro,
 *  datapack, tables, places, polls, nextsteps, feedback. */
QStringList sectionKeys();
/** The part's name in the app's language (for the export page's choices). */
QString sectionLabel(const QString& key);
/** A poll's results as bars: choice/multi counts, ranking Borda points, scale distribution and mean;
 *  the caption in @p language. */
ChartData pollChart(const SessionData::Poll& poll, const QString& language);
/** "2 answers hidden by the facilitator", in the pack's language (set by the caller's scope). */
QString hiddenByFacilitator(int hidden);
/** How many of the poll's answers the facilitator hid (left out of every count). */
int hiddenAnswers(const SessionData::Poll& poll);

/**
 * Builds the summary pack from a session, in the hand-made pack's order: title, purpose, agenda and
 * disclaimer; the data pack; the topic tables' notes (with their facilitators); each place (a
 * divider with the review steps, aims, its priorities poll, then per aim the PICK chart and driver
 * diagram, then the action plan); the room's other polls; the feedback polls. Its fixed labels are
 * in the event's language (PackLanguage; a right-to-left language sets every paragraph right to
 * left). The slides are filled by the Paginator, which measures text with the painter's own
 * layout code; the PICK chart is drawn in PickSlides.cpp, the driver diagram by DriverLayout.
 * Safe on any thread.
 */
class DeckBuilder
{
#ifdef RT_LUPDATE_SEES_THIS // never defined: lupdate reads both branches and takes the context
    Q_DECLARE_TR_FUNCTIONS(DeckBuilder)
#else
    RT_PACK_TR_FUNCTIONS(DeckBuilder) // tr() in the pack's language (PackLanguage)
#endif
public:
    /** Uses the session's own export settings (SessionData::settings) unless told otherwise. */
    explicit DeckBuilder(const SessionData& data);
    /** Only these sections (in the settings' order); empty: those the settings include. */
    void setSections(const QSet<QString>& sections)
    {
        m_sections = sections;
    }
    void setSettings(const PackSettings& settings)
    {
        m_settings = settings;
        if (m_settings.order.isEmpty())
            m_settings.order = sectionKeys();
    }
    Deck build();
    /** The standard reminder on PICK and action-plan slides that the words are the group's own. */
    static QString caveat();
    /** The reminder this pack prints: the settings' own words, else caveat(). */
    QString caveatText() const;

private:
    bool wants(const QString& section) const
    {
        return m_sections.isEmpty() ? !m_settings.omitted.contains(section) : m_sections.contains(section);
    }
    void section(const QString& key);
    void pollSection(bool feedback);
    void nextStepsSlides();

    void titleSlide();
    void purposeSlides();
    void agendaSlides();
    void disclaimerSlides();
    /** The verbatim caveat's paragraphs: the event's disclaimer, or the pack's own words. */
    QList<Paragraph> disclaimerParagraphs() const;
    void tableSection();
    void pollSlide(const SessionData::Poll& poll, const QString& section);
    void placeSection(const SessionData::Place& place);
    void pickSlides(const SessionData::Place& place, int aimIndex);
    void driverSlides(const SessionData::Place& place, int aimIndex);
    void actionSlides(const SessionData::Place& place);
    void dataPackSlides();
    void finish();

    const SessionData& m_data;
    QSet<QString> m_sections;
    PackSettings m_settings;
    Deck m_deck;
    Paginator m_pages {m_deck};
    bool m_disclaimerShown = false; ///< the caveat went at the foot of the purpose slide
};

} // namespace rt::slides
