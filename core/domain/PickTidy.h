// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <optional>

namespace rt::pick {

/**
 * Where notes on a PICK chart go so that none hides another. Pure geometry in scene units:
 * notes are rectangles, quadrants are the areas a note must stay in (the one holding its
 * centre), keep-out rectangles (the quadrants' names) are covered by no note.
 */
struct TidyInput
{
    QList<QRectF> notes;
    QList<QRectF> quadrants;
    QList<QRectF> keepOut;
    qreal gap = 6; ///< space left between two notes a tidy moved apart
};

/**
 * The new centre of each note (in the order given): a note that already overlaps nothing keeps
 * its place, the others go to the nearest free spot inside their quadrant. When a quadrant is
 * too full for that, a note goes where it overlaps least. Never moves a note out of its quadrant.
 */
QList<QPointF> tidy(const TidyInput& in);

/** Whether any two of @p notes overlap, or any of them covers one of @p keepOut. */
bool anyOverlap(const QList<QRectF>& notes, const QList<QRectF>& keepOut = {});

/**
 * Where a note at @p note moved by @p step ends without overlapping any of @p others: the
 * stepped spot when it is free, else the nearest free spot further along the step's direction
 * with its centre inside @p bounds; nothing when there is none (the note stays).
 */
std::optional<QPointF> freeSpotAlong(const QRectF& note, const QPointF& step, const QList<QRectF>& others,
                                     const QRectF& bounds, qreal gap = 4);

} // namespace rt::pick
