// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace rt {

/** The PICK chart's quadrants. Derived from an idea's position, never stored. */
enum class Quadrant { Possible, Implement, Challenge, Kibosh };

/** High impact means impact >= 0.5; difficult means effort >= 0.5. */
Quadrant quadrantOf(double impact, double effort);
QString quadrantKey(Quadrant q); ///< "possible", "implement", "challenge", "kibosh"
bool quadrantFromKey(const QString& key, Quadrant* out);
/** The centre of a quadrant, where an idea given only by its quadrant is placed. */
void quadrantCentre(Quadrant q, double* impact, double* effort);

/**
 * The one quadrant colour scheme, used by the window's PICK chart, the driver diagram and the
 * summary pack alike (Possible blue, Implement green, Challenge amber, Kibosh red):
 * fill — the quadrant's light background; ink — its name on that fill (5:1 or more);
 * accent — the strong hue that marks a note in that quadrant.
 */
QColor quadrantFill(Quadrant q);
QColor quadrantInk(Quadrant q);
QColor quadrantAccent(Quadrant q);

} // namespace rt
