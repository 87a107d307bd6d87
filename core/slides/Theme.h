// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Quadrant.h"

#include <QColor>

namespace rt::slides::theme {

// Colours chosen for contrast: every text/background pair used is at least 4.5:1.
inline QColor text()
{
    return QColor(0x1f, 0x29, 0x37);
} // on white: 14.7:1
inline QColor muted()
{
    return QColor(0x4b, 0x55, 0x63);
} // on white: 7.6:1
inline QColor accent()
{
    return QColor(0x00, 0x5e, 0xb8);
} // white on it: 6.6:1
inline QColor accentLight()
{
    return QColor(0xe8, 0xf1, 0xfb);
}
inline QColor rule()
{
    return QColor(0x9c, 0xa3, 0xaf);
}
inline QColor white()
{
    return QColor(0xff, 0xff, 0xff);
}
// The PICK quadrants: the window's scheme (domain/Quadrant.h), so the pack matches it.
inline QColor possible()
{
    return quadrantFill(Quadrant::Possible);
}
inline QColor implement()
{
    return quadrantFill(Quadrant::Implement);
}
inline QColor challenge()
{
    return quadrantFill(Quadrant::Challenge);
}
inline QColor kibosh()
{
    return quadrantFill(Quadrant::Kibosh);
}
inline QColor sticky()
{
    return QColor(0xff, 0xfb, 0xe6);
}

/** WCAG relative luminance and contrast ratio. */
double luminance(const QColor& c);
double contrast(const QColor& a, const QColor& b);
/** The theme's dark text or white, whichever reads better on @p fill. */
QColor textOn(const QColor& fill);

constexpr double Margin = 80;
constexpr double ContentTop = 175;
constexpr double ContentBottom = 985;

} // namespace rt::slides::theme
