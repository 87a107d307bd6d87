// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/AgendaTimes.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rt::agendatimes {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rt::agendatimes", text);
}
} // namespace

int parse(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d{1,2})[:.](\\d{2})\\s*$|^\\s*(\\d{2})(\\d{2})\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const bool colon = m.capturedLength(1) > 0;
    const int h = (colon ? m.captured(1) : m.captured(3)).toInt();
    const int min = (colon ? m.captured(2) : m.captured(4)).toInt();
    if (h > 23 || min > 59)
        return -1;
    return h * 60 + min;
}

QString format(int minutes)
{
    const int m = ((minutes % 1440) + 1440) % 1440;
    return QStringLiteral("%1:%2").arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
}

QString normalise(const QString& text)
{
    const int m = parse(text);
    return m < 0 ? text : format(m);
}

QList<Slot> reorderKeepingDurations(const QList<Slot>& times, int from, int to, bool* ok)
{
    if (ok)
        *ok = false;
    const int n = int(times.size());
    if (from < 0 || from >= n || to < 0 || to >= n)
        return times;
    QList<Slot> moved = times;
    moved.move(from, to);
    if (from == to) {
        if (ok)
            *ok = true;
        return moved;
    }
    const int lo = std::min(from, to), hi = std::max(from, to);
    // Durations travel with the items; gaps belong to positions.
    QList<int> starts, ends;
    for (int i = lo; i <= hi; ++i) {
        starts << parse(times[i].start);
        ends << parse(times[i].end);
        if (starts.last() < 0 || ends.last() < 0)
            return moved;
    }
    QList<int> gaps; // gap after position lo+k, before lo+k+1
    for (int k = 0; k + 1 < starts.size(); ++k)
        gaps << starts[k + 1] - ends[k];
    int cursor = starts.first();
    for (int i = lo; i <= hi; ++i) {
        // moved[i] is the item that came from old index j; its duration is ends[j]-starts[j].
        const int j = (i == to) ? from : (from < to ? i + 1 : i - 1);
        const int duration = ends[j - lo] - starts[j - lo];
        moved[i].start = format(cursor);
        moved[i].end = format(cursor + duration);
        cursor += duration;
        if (i < hi)
            cursor += gaps[i - lo];
    }
    if (ok)
        *ok = true;
    return moved;
}

QList<SlotCheck> check(const QList<Slot>& times)
{
    QList<SlotCheck> out(times.size());
    QList<int> starts, ends;
    for (const Slot& s : times) {
        starts << parse(s.start);
        ends << parse(s.end);
    }
    for (int i = 0; i < times.size(); ++i) {
        SlotCheck& c = out[i];
        // An empty time is allowed: "Close" often has no end, and such an item has no countdown.
        if (!times[i].start.trimmed().isEmpty() && starts[i] < 0) {
            c.start = Problem::Unparsable;
            c.startMessage = tr("“%1” is not a time: enter it as HH:MM (00:00–23:59).").arg(times[i].start);
        }
        if (times[i].end.trimmed().isEmpty()) {
            // open-ended
        } else if (ends[i] < 0) {
            c.end = Problem::Unparsable;
            c.endMessage = tr("“%1” is not a time: enter it as HH:MM (00:00–23:59).").arg(times[i].end);
        } else if (starts[i] >= 0 && ends[i] < starts[i]) {
            c.end = Problem::EndBeforeStart;
            c.endMessage = tr("Ends (%1) before it starts (%2).").arg(format(ends[i]), format(starts[i]));
        }
    }
    for (int i = 0; i + 1 < times.size(); ++i) {
        if (ends[i] < 0 || starts[i + 1] < 0 || ends[i] <= starts[i + 1])
            continue;
        if (out[i].end == Problem::None) {
            out[i].end = Problem::OverlapsNext;
            out[i].endMessage = tr("Overlaps the next item, which starts at %1.").arg(format(starts[i + 1]));
        }
        if (out[i + 1].start == Problem::None) {
            out[i + 1].start = Problem::StartsBeforePreviousEnds;
            out[i + 1].startMessage = tr("Starts before the previous item ends (%1).").arg(format(ends[i]));
        }
    }
    return out;
}

} // namespace rt::agendatimes
