// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slides/Deck.h"
#include "slides/PackLanguage.h"
#include "slides/Paginator.h"
#include "slides/SessionData.h"

#include <QCoreApplication>
#include <QDate>

namespace rt::slides {

/** What a progress update covers: one place (by name; empty: all) and the updates since a day
 *  (invalid: since the event, or all when the event has no date); @c today decides what is overdue. */
struct ProgressOptions
{
    QString place;
    QDate since;
    QDate today = QDate::currentDate();
};

/**
 * The place leads' progress update for a place board: per place, the aims and priorities as a
 * reminder, what changed since the event (or --since), each action with its status, owner, due
 * date and latest update, the earlier updates, then the data pack's indicators at the event and
 * in their latest period. Every action and every update is shown once, verbatim (Deck::items
 * kinds "action" and "update"), at 12 pt or more, in the event's language. Safe on any thread.
 */
class ProgressBuilder
{
#ifdef RT_LUPDATE_SEES_THIS // never defined: lupdate reads both branches and takes the context
    Q_DECLARE_TR_FUNCTIONS(ProgressBuilder)
#else
    RT_PACK_TR_FUNCTIONS(ProgressBuilder) // tr() in the pack's language (PackLanguage)
#endif
public:
    ProgressBuilder(const SessionData& data, const ProgressOptions& options);
    /** Empty, or one line naming the option (--place, --since) and why it cannot be used. */
    static QString check(const SessionData& data, const ProgressOptions& options);
    /** @p options.since, or the event's date when none was given (invalid when neither is). */
    static QDate sinceOf(const SessionData& data, const ProgressOptions& options);
    Deck build();
    /** The same update as Markdown, unsplit. */
    static QString markdown(const SessionData& data, const ProgressOptions& options);

private:
    void titleSlide();
    void placeSlides(const SessionData::Place& place);
    void indicatorSlides();
    void finish();
    bool wantsPlace(const SessionData::Place& place) const;

    const SessionData& m_data;
    ProgressOptions m_options;
    QDate m_since;
    Deck m_deck;
    Paginator m_pages {m_deck};
};

} // namespace rt::slides
