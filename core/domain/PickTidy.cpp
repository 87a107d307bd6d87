// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/PickTidy.h"

#include <QLineF>
#include <algorithm>
#include <cmath>
#include <limits>

namespace rt::pick {

namespace {
constexpr int MaxNeighbours = 24; ///< the notes whose sides give spots to try
constexpr int GridSteps = 8; ///< and a grid of this many steps across the quadrant

// Rectangles that only touch do not overlap: a note may sit edge to edge with another.
bool overlaps(const QRectF& a, const QRectF& b, qreal margin = 0)
{
    constexpr qreal eps = 1e-6;
    return a.left() < b.right() + margin - eps && b.left() - margin < a.right() - eps
        && a.top() < b.bottom() + margin - eps && b.top() - margin < a.bottom() - eps;
}

// Inline rather than QRectF::intersected(), an out-of-line call that was a third of Tidy's time
// on a crowded chart (most pairs do not meet at all).
qreal overlapArea(const QRectF& a, const QRectF& b)
{
    const qreal w = std::min(a.right(), b.right()) - std::max(a.left(), b.left());
    if (w <= 0)
        return 0;
    const qreal h = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
    return h > 0 ? w * h : 0;
}

bool hitsAny(const QRectF& r, const QList<QRectF>& others, qreal margin = 0)
{
    return std::any_of(others.cbegin(), others.cend(),
                       [&](const QRectF& o) { return overlaps(r, o, margin); });
}

int quadrantOfPoint(const QPointF& p, const QList<QRectF>& quadrants)
{
    int best = -1;
    qreal bestDistance = std::numeric_limits<qreal>::max();
    for (int q = 0; q < quadrants.size(); ++q) {
        const QRectF& a = quadrants[q];
        if (a.contains(p))
            return q;
        const QPointF inside(std::clamp(p.x(), a.left(), a.right()), std::clamp(p.y(), a.top(), a.bottom()));
        const qreal d = QLineF(p, inside).length();
        if (d < bestDistance) {
            bestDistance = d;
            best = q;
        }
    }
    return best;
}

/** The values a centre coordinate may take to sit against an obstacle or the area's edge. */
QList<qreal> stops(qreal wanted, qreal lo, qreal hi, qreal half, const QList<QRectF>& obstacles, qreal gap,
                   bool horizontal)
{
    QList<qreal> out {std::clamp(wanted, lo, hi), lo, hi};
    for (const QRectF& o : obstacles) {
        const qreal a = (horizontal ? o.left() : o.top()) - gap - half;
        const qreal b = (horizontal ? o.right() : o.bottom()) + gap + half;
        if (a >= lo && a <= hi)
            out << a;
        if (b >= lo && b <= hi)
            out << b;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}
} // namespace

bool anyOverlap(const QList<QRectF>& notes, const QList<QRectF>& keepOut)
{
    for (qsizetype i = 0; i < notes.size(); ++i) {
        if (hitsAny(notes[i], keepOut))
            return true;
        for (qsizetype j = i + 1; j < notes.size(); ++j) {
            if (overlaps(notes[i], notes[j]))
                return true;
        }
    }
    return false;
}

namespace {
/** Settles the notes one by one in @p order: each keeps its place when that is free of the
 *  ones settled before it, else takes the nearest free spot in its quadrant. When @p pack,
 *  each takes the first free spot from its quadrant's top left instead (rows fill up without
 *  gaps, for a quadrant too full for near spots). */
QList<QPointF> settle(const TidyInput& in, const QList<qsizetype>& order, bool pack = false)
{
    QList<QPointF> out;
    out.reserve(in.notes.size());
    for (const QRectF& r : in.notes)
        out << r.center();
    QList<QRectF> placed = in.keepOut;
    for (qsizetype i : order) {
        const QRectF note = in.notes[i];
        const int q = quadrantOfPoint(note.center(), in.quadrants);
        if (q < 0 || (!pack && !hitsAny(note, placed))) {
            placed << note;
            continue;
        }
        // Where the centre may go: the whole note inside its quadrant (its middle line when the
        // note is larger than the quadrant).
        const QRectF area = in.quadrants[q];
        const qreal hw = note.width() / 2, hh = note.height() / 2;
        const qreal x0 = std::min(area.left() + hw, area.center().x());
        const qreal x1 = std::max(area.right() - hw, area.center().x());
        const qreal y0 = std::min(area.top() + hh, area.center().y());
        const qreal y1 = std::max(area.bottom() - hh, area.center().y());
        const QPointF c = note.center();
        // Only what lies in the quadrant can be in the way; of that, the notes nearest this one
        // give the spots to try (plus a grid over the quadrant), so a chart of hundreds of notes
        // is tidied in moments.
        QList<QRectF> local;
        QList<bool> isName;
        for (qsizetype k = 0; k < placed.size(); ++k) {
            if (overlaps(placed[k], area, in.gap)) {
                local << placed[k];
                isName << (k < in.keepOut.size());
            }
        }
        QList<QRectF> nearest = local;
        if (nearest.size() > MaxNeighbours) {
            std::partial_sort(nearest.begin(), nearest.begin() + MaxNeighbours, nearest.end(),
                              [&](const QRectF& a, const QRectF& b) {
                                  return QLineF(a.center(), c).length() < QLineF(b.center(), c).length();
                              });
            nearest.resize(MaxNeighbours);
        }
        // The nearest free spot sits against an obstacle or an edge on each axis (or at the
        // note's own coordinate): trying those combinations nearest first finds it.
        QList<qreal> xs = stops(c.x(), x0, x1, hw, nearest, in.gap, true);
        QList<qreal> ys = stops(c.y(), y0, y1, hh, nearest, in.gap, false);
        for (int k = 1; k < GridSteps; ++k) {
            xs << x0 + (x1 - x0) * k / GridSteps;
            ys << y0 + (y1 - y0) * k / GridSteps;
        }
        struct Spot
        {
            qreal distance;
            QPointF at;
        };
        QList<Spot> spots;
        spots.reserve(xs.size() * ys.size());
        for (qreal x : xs) {
            for (qreal y : ys)
                spots.append({(x - c.x()) * (x - c.x()) + (y - c.y()) * (y - c.y()), QPointF(x, y)});
        }
        if (pack) {
            for (Spot& s : spots)
                s.distance = s.at.y() * 1e6 + s.at.x();
        }
        std::sort(spots.begin(), spots.end(), [](const Spot& a, const Spot& b) {
            return a.distance < b.distance
                || (a.distance == b.distance
                    && (a.at.y() < b.at.y() || (a.at.y() == b.at.y() && a.at.x() < b.at.x())));
        });
        const qreal margin = std::max<qreal>(0, in.gap - 0.01);
        std::optional<QPointF> best;
        for (const Spot& s : spots) {
            if (!hitsAny(QRectF(s.at.x() - hw, s.at.y() - hh, note.width(), note.height()), local, margin)) {
                best = s.at;
                break;
            }
        }
        if (!best) {
            // No room left: where the note covers the least (of the names, first of all).
            qreal leastCover = std::numeric_limits<qreal>::max();
            // Read through const references: QList's non-const [] checks for sharing each time.
            const QList<QRectF>& obstacles = local;
            const QList<bool>& names = isName;
            for (const Spot& s : spots) {
                const QRectF r(s.at.x() - hw, s.at.y() - hh, note.width(), note.height());
                qreal cover = 0;
                for (qsizetype k = 0; k < obstacles.size() && cover < leastCover; ++k)
                    cover += overlapArea(r, obstacles[k]) * (names[k] ? 4 : 1);
                if (cover < leastCover) {
                    leastCover = cover;
                    best = s.at;
                }
            }
        }
        out[i] = *best;
        placed << QRectF(best->x() - hw, best->y() - hh, note.width(), note.height());
    }
    return out;
}

/** How much the notes @p among (all when empty), at @p centres, cover each other and the
 *  names (0: a tidy chart). */
qreal clutter(const TidyInput& in, const QList<QPointF>& centres, QList<qsizetype> among = {})
{
    if (among.isEmpty()) {
        for (qsizetype i = 0; i < in.notes.size(); ++i)
            among << i;
    }
    QList<QRectF> rects;
    for (qsizetype i : among)
        rects << QRectF(centres[i].x() - in.notes[i].width() / 2, centres[i].y() - in.notes[i].height() / 2,
                        in.notes[i].width(), in.notes[i].height());
    qreal sum = 0;
    for (qsizetype i = 0; i < rects.size(); ++i) {
        for (const QRectF& k : in.keepOut)
            sum += overlapArea(rects[i], k);
        for (qsizetype j = i + 1; j < rects.size(); ++j)
            sum += overlapArea(rects[i], rects[j]);
    }
    return sum;
}
} // namespace

QList<QPointF> tidy(const TidyInput& in)
{
    const qsizetype n = in.notes.size();
    // Notes that overlap nothing are settled first and stay put; the others then find room
    // around them, in the order given (so the first of two overlapping notes keeps its place).
    QList<qsizetype> clear, crowded;
    for (qsizetype i = 0; i < n; ++i) {
        bool alone = !hitsAny(in.notes[i], in.keepOut);
        for (qsizetype j = 0; alone && j < n; ++j)
            alone = j == i || !overlaps(in.notes[i], in.notes[j]);
        (alone ? clear : crowded) << i;
    }
    QList<QPointF> best = settle(in, clear + crowded);
    qreal least = clutter(in, best);
    if (least <= 0)
        return best;
    // A full quadrant can defeat that order: try the tallest notes first, then every note
    // (settled ones too) from the top of the chart down, and keep the tidiest result.
    QList<qsizetype> tallFirst = crowded;
    std::stable_sort(tallFirst.begin(), tallFirst.end(),
                     [&](qsizetype a, qsizetype b) { return in.notes[a].height() > in.notes[b].height(); });
    QList<qsizetype> topDown = clear + crowded;
    std::stable_sort(topDown.begin(), topDown.end(), [&](qsizetype a, qsizetype b) {
        return in.notes[a].top() < in.notes[b].top()
            || (in.notes[a].top() == in.notes[b].top() && in.notes[a].left() < in.notes[b].left());
    });
    QList<QList<QPointF>> tries {best, settle(in, clear + tallFirst), settle(in, topDown)};
    // Still overlapping: last, fill the quadrants row by row, in reading order.
    tries << settle(in, topDown, true);
    // Each quadrant as its tidiest try left it (the nearest-spot tries win ties), when that mix
    // is tidier than any one try.
    QList<QPointF> mixed = best;
    for (int q = 0; q < in.quadrants.size(); ++q) {
        QList<qsizetype> inQuadrant;
        for (qsizetype i = 0; i < n; ++i) {
            if (quadrantOfPoint(in.notes[i].center(), in.quadrants) == q)
                inQuadrant << i;
        }
        if (inQuadrant.isEmpty())
            continue;
        qsizetype pick = 0;
        qreal pickClutter = clutter(in, tries[0], inQuadrant);
        for (qsizetype t = 1; t < tries.size() && pickClutter > 0; ++t) {
            const qreal c = clutter(in, tries[t], inQuadrant);
            if (c < pickClutter) {
                pickClutter = c;
                pick = t;
            }
        }
        for (qsizetype i : inQuadrant)
            mixed[i] = tries[pick][i];
    }
    tries.prepend(mixed);
    for (const QList<QPointF>& tried : std::as_const(tries)) {
        const qreal c = clutter(in, tried);
        if (c < least) {
            least = c;
            best = tried;
        }
    }
    return best;
}

std::optional<QPointF> freeSpotAlong(const QRectF& note, const QPointF& step, const QList<QRectF>& others,
                                     const QRectF& bounds, qreal gap)
{
    if (step.isNull())
        return std::nullopt;
    // How far along the step (in steps) the note clears each other note, past its far side.
    QList<qreal> along {1};
    for (const QRectF& o : others) {
        if (step.x() > 0)
            along << (o.right() + gap - note.left()) / step.x();
        else if (step.x() < 0)
            along << (o.left() - gap - note.right()) / step.x();
        if (step.y() > 0)
            along << (o.bottom() + gap - note.top()) / step.y();
        else if (step.y() < 0)
            along << (o.top() - gap - note.bottom()) / step.y();
    }
    std::sort(along.begin(), along.end());
    for (qreal t : along) {
        if (t < 1)
            continue;
        const QRectF moved = note.translated(step * t);
        const QPointF c = moved.center();
        // Past the edge of the chart: there is no free spot further on.
        if (c.x() < bounds.left() - 1e-6 || c.x() > bounds.right() + 1e-6 || c.y() < bounds.top() - 1e-6
            || c.y() > bounds.bottom() + 1e-6)
            break;
        if (!hitsAny(moved, others))
            return c;
    }
    return std::nullopt;
}

} // namespace rt::pick
