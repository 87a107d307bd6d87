// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

} // namespace rt
