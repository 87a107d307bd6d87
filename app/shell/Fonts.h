// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rt::gui {

/**
 * The faces Arabic-script text (Urdu) is drawn in: Naskh first (compact enough for a form),
 * then Nastaliq. Both ship in Debian's fonts-noto-core, a dependency of the package. Without
 * them fontconfig's fallback may pick a Kufi face, in which Urdu letters such as ہ do not join.
 */
QStringList arabicScriptFamilies();

/** Makes every widget font try arabicScriptFamilies() for Arabic script before fontconfig's
 *  fallback: the application font lists them after its own family, and they substitute for
 *  that family wherever a widget names it. Call once, after the QApplication exists. */
void installScriptFonts();

} // namespace rt::gui
