// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <functional>

namespace rt {

/**
 * The run-of-the-day timer: which agenda item is current and how long it has left.
 *
 * It follows the wall clock, never a tick count: the current item's end is a deadline
 * (QDateTime) and what is left is computed from the injected clock each time it is asked, so
 * it stays right after the laptop sleeps, and tests move the clock instead of sleeping.
 *
 * Two ways to be current: by the clock (followClock(): the item whose scheduled times hold
 * now, ending at its scheduled end) or by hand (start(), next(), back(): the item gets its full
 * duration from now). Pausing, extending or moving by hand leaves the clock schedule.
 */
class AgendaTimer
{
public:
    using Clock = std::function<QDateTime()>;
    enum class Phase { Untimed, Normal, Amber, Red, Overrun };

    /** Scheduled times in minutes since midnight; -1 when unknown. */
    struct Slot
    {
        int start = -1;
        int end = -1;
        bool isTimed() const { return start >= 0 && end > start; }
        int minutes() const { return isTimed() ? end - start : 0; }
    };

    explicit AgendaTimer(Clock clock = {});

    void setClock(Clock clock);
    QDateTime now() const;

    /** Replaces the agenda; the current index is kept when still valid (edits while running). */
    void setSlots(const QList<Slot>& times);
    int count() const { return int(m_slots.size()); }
    int current() const { return m_current; }

    /** Makes @p index current with its full duration from now (by hand). */
    void start(int index);
    /** The agenda was reordered and the current item is now at @p index: its countdown goes on. */
    void relocate(int index);
    bool next();
    bool back();

    /** Makes the item by the clock current, ending at its scheduled end, and keeps following. */
    void followClock();
    bool isFollowingClock() const { return m_following; }
    /** While following the clock, moves on when the clock has passed the current item.
     *  @return true if the current item changed */
    bool sync();
    /** The item for time of day @p minutes: the first one not yet ended (in a gap: the next one;
     *  an item with a start but no end lasts until the next start); after the last end, the last item. */
    int indexAt(int minutes) const;

    void pause();
    void resume();
    void togglePause();
    bool isPaused() const { return m_paused; }
    /** Adds time to the current item (also when it is already over time). */
    void extend(int seconds = 300);

    bool isTimed() const { return m_current >= 0 && m_totalMs > 0; }
    QDateTime deadline() const { return m_deadline; }
    /** The item's allotted time, extensions included. */
    qint64 totalMs() const { return m_totalMs; }
    /** Time left; negative when over time. */
    qint64 remainingMs() const;
    Phase phase() const;
    /** "mm:ss" left (h:mm:ss from an hour), "+mm:ss" over time, "--:--" untimed. */
    QString text() const;

    /** True once per item when its time runs out (for the flash and the sound). */
    bool takeEndCue();
    bool endCueGiven() const { return m_cued; }

    static Phase phaseFor(qint64 remainingMs, qint64 totalMs);
    static QString formatCountdown(qint64 remainingMs);

private:
    void begin(int index, const QDateTime& deadline, qint64 totalMs);

    Clock m_clock;
    QList<Slot> m_slots;
    int m_current = -1;
    QDateTime m_deadline;
    qint64 m_totalMs = 0;
    qint64 m_pausedRemainingMs = 0;
    bool m_paused = false;
    bool m_following = false;
    bool m_cued = false;
};

} // namespace rt
