// SPDX-License-Identifier: GPL-3.0-or-later
// Qt lays the whole window out right to left when the loaded translation translates this
// marker as "RTL" (Urdu does). lupdate only offers what it finds in our sources, hence this line.
#include <QtGlobal>

namespace rt {
[[maybe_unused]] static const char* const layoutDirectionMarker
    = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");
} // namespace rt
