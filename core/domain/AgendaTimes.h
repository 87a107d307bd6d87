// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace rt::agendatimes {

/** Minutes since midnight of "HH:MM" (also "H:MM", "HHMM", "HH.MM"); -1 if empty or not a time. */
int parse(const QString& text);
/** "HH:MM" of minutes since midnight (wrapping past midnight). */
QString format(int minutes);
/** @p text as "HH:MM" if it parses, else unchanged (so a bad entry is kept and flagged, not lost). */
QString normalise(const QString& text);

/** One agenda item's times as stored (text, so unparsable entries survive to be flagged). */
struct Slot
{
    QString start;
    QString end;
    bool operator==(const Slot& o) const { return start == o.start && end == o.end; }
};

/**
 * The times after moving the item at @p from to @p to (indexes in the list before the move),
 * in the NEW order. Every item keeps its duration and the gaps between positions stay where
 * they were, so the moved range is laid out again from its first start and later items do
 * not move. If any item in the moved range has a missing or unparsable time nothing can be
 * computed: the times are returned reordered with their times unchanged, and @p ok is false.
 */
QList<Slot> reorderKeepingDurations(const QList<Slot>& times, int from, int to, bool* ok = nullptr);

enum class Problem { None, Unparsable, EndBeforeStart, OverlapsNext, StartsBeforePreviousEnds };

/** What is wrong with one item's start and end cells (None when fine), with a one-line reason. */
struct SlotCheck
{
    Problem start = Problem::None;
    Problem end = Problem::None;
    QString startMessage;
    QString endMessage;
    bool isOk() const { return start == Problem::None && end == Problem::None; }
};

/** Checks every item: unparsable times, end before start, overlap with the next item. An empty
 *  time is not a problem (an open-ended "Close"; such an item just has no countdown). */
QList<SlotCheck> check(const QList<Slot>& times);

} // namespace rt::agendatimes
