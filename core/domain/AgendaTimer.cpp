// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/AgendaTimer.h"

namespace rt {

AgendaTimer::AgendaTimer(Clock clock)
{
    setClock(std::move(clock));
}

void AgendaTimer::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); });
}

QDateTime AgendaTimer::now() const
{
    return m_clock();
}

void AgendaTimer::setSlots(const QList<Slot>& times)
{
    m_slots = times;
    if (m_slots.isEmpty()) {
        m_current = -1;
        m_totalMs = 0;
        m_paused = false;
        return;
    }
    if (m_current >= m_slots.size())
        start(int(m_slots.size()) - 1);
}

void AgendaTimer::begin(int index, const QDateTime& deadline, qint64 totalMs)
{
    m_current = index;
    m_deadline = deadline;
    m_totalMs = totalMs;
    m_paused = false;
    m_pausedRemainingMs = 0;
    m_cued = false;
}

void AgendaTimer::start(int index)
{
    m_following = false;
    if (index < 0 || index >= m_slots.size()) {
        begin(-1, {}, 0);
        return;
    }
    const qint64 total = qint64(m_slots[index].minutes()) * 60000;
    begin(index, now().addMSecs(total), total);
}

void AgendaTimer::relocate(int index)
{
    if (index >= 0 && index < m_slots.size())
        m_current = index;
}

bool AgendaTimer::next()
{
    if (m_current + 1 >= m_slots.size())
        return false;
    start(m_current + 1);
    return true;
}

bool AgendaTimer::back()
{
    if (m_current <= 0)
        return false;
    start(m_current - 1);
    return true;
}

int AgendaTimer::indexAt(int minutes) const
{
    int last = -1;
    for (int i = 0; i < m_slots.size(); ++i) {
        int end = m_slots[i].isTimed() ? m_slots[i].end : -1;
        if (end < 0 && m_slots[i].start >= 0) {
            // Open-ended ("Close 16:00"): it lasts until the next item that has a start.
            end = 24 * 60;
            for (int j = i + 1; j < m_slots.size(); ++j) {
                if (m_slots[j].start >= 0) {
                    end = m_slots[j].start;
                    break;
                }
            }
        }
        if (end < 0)
            continue;
        if (minutes < end)
            return i;
        last = i;
    }
    return last >= 0 ? last : (m_slots.isEmpty() ? -1 : 0);
}

void AgendaTimer::followClock()
{
    m_following = true;
    const QDateTime t = now();
    const int index = indexAt(t.time().hour() * 60 + t.time().minute());
    if (index < 0) {
        begin(-1, {}, 0);
        return;
    }
    const Slot& s = m_slots[index];
    if (!s.isTimed()) {
        begin(index, t, 0);
        return;
    }
    const QDateTime end(t.date(), QTime(s.end / 60, s.end % 60));
    begin(index, end, qint64(s.minutes()) * 60000);
}

bool AgendaTimer::sync()
{
    if (!m_following || m_slots.isEmpty())
        return false;
    const int before = m_current;
    const QDateTime deadline = m_deadline;
    const bool cued = m_cued;
    followClock();
    if (m_current == before && m_deadline == deadline) {
        m_cued = cued; // same item: its end cue was already given
        return false;
    }
    return m_current != before;
}

void AgendaTimer::pause()
{
    if (m_paused || m_current < 0)
        return;
    m_following = false;
    m_pausedRemainingMs = remainingMs();
    m_paused = true;
}

void AgendaTimer::resume()
{
    if (!m_paused)
        return;
    m_deadline = now().addMSecs(m_pausedRemainingMs);
    m_paused = false;
}

void AgendaTimer::togglePause()
{
    if (m_paused)
        resume();
    else
        pause();
}

void AgendaTimer::extend(int seconds)
{
    if (m_current < 0)
        return;
    m_following = false;
    const qint64 ms = qint64(seconds) * 1000;
    if (m_totalMs <= 0) {
        // An untimed item gets a countdown of its own.
        m_deadline = now();
        m_pausedRemainingMs = 0;
    }
    m_totalMs += ms;
    if (m_paused)
        m_pausedRemainingMs += ms;
    else
        m_deadline = m_deadline.addMSecs(ms);
    if (remainingMs() > 0)
        m_cued = false;
}

qint64 AgendaTimer::remainingMs() const
{
    if (!isTimed())
        return 0;
    return m_paused ? m_pausedRemainingMs : now().msecsTo(m_deadline);
}

AgendaTimer::Phase AgendaTimer::phaseFor(qint64 remainingMs, qint64 totalMs)
{
    if (totalMs <= 0)
        return Phase::Untimed;
    if (remainingMs < 0)
        return Phase::Overrun;
    if (remainingMs * 100 <= totalMs * 5)
        return Phase::Red;
    if (remainingMs * 100 <= totalMs * 20)
        return Phase::Amber;
    return Phase::Normal;
}

AgendaTimer::Phase AgendaTimer::phase() const
{
    return isTimed() ? phaseFor(remainingMs(), m_totalMs) : Phase::Untimed;
}

QString AgendaTimer::formatCountdown(qint64 remainingMs)
{
    // Left: round up, so 00:00 shows exactly at the deadline. Over: whole seconds past it.
    const bool over = remainingMs < 0;
    const qint64 secs = over ? (-remainingMs) / 1000 : (remainingMs + 999) / 1000;
    const qint64 h = secs / 3600, m = (secs / 60) % 60, s = secs % 60;
    const QLatin1Char zero('0');
    QString text = h > 0 ? QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, zero).arg(s, 2, 10, zero)
                         : QStringLiteral("%1:%2").arg(m, 2, 10, zero).arg(s, 2, 10, zero);
    return over ? QLatin1Char('+') + text : text;
}

QString AgendaTimer::text() const
{
    return isTimed() ? formatCountdown(remainingMs()) : QStringLiteral("--:--");
}

bool AgendaTimer::takeEndCue()
{
    if (m_cued || !isTimed() || remainingMs() > 0)
        return false;
    m_cued = true;
    return true;
}

} // namespace rt
