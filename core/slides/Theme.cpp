// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/Theme.h"

#include <cmath>

namespace rt::slides::theme {

namespace {
double channel(double v)
{
    return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}
} // namespace

double luminance(const QColor& c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor textOn(const QColor& fill)
{
    return contrast(text(), fill) >= contrast(white(), fill) ? text() : white();
}

} // namespace rt::slides::theme
