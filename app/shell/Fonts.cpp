// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/Fonts.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QFontInfo>

namespace rt::gui {

QStringList arabicScriptFamilies()
{
    return {QStringLiteral("Noto Naskh Arabic"), QStringLiteral("Noto Nastaliq Urdu"),
            QStringLiteral("Amiri"), QStringLiteral("Nafees")};
}

void installScriptFonts()
{
    QStringList wanted;
    const QStringList installed = QFontDatabase::families(QFontDatabase::Arabic);
    for (const QString& family : arabicScriptFamilies()) {
        if (installed.contains(family))
            wanted << family;
    }
    if (wanted.isEmpty())
        return; // nothing better than fontconfig's choice is installed
    QFont font = QApplication::font();
    // The family actually drawn (the platform may name a generic one such as "Sans Serif").
    const QString own = QFontInfo(font).family();
    QStringList names = {font.family()};
    if (!own.isEmpty() && !names.contains(own))
        names << own;
    for (const QString& name : names)
        QFont::insertSubstitutions(name, wanted);
    // Ours first: fontconfig answers for a generic family ("Sans Serif") with a face for any
    // script, Kufi included. Latin text skips ours (they do not claim Latin) and keeps its own.
    font.setFamilies(wanted + names);
    QApplication::setFont(font);
}

} // namespace rt::gui
