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
    const QString generic = font.family();
    // The family actually drawn (the platform may name a generic one such as "Sans Serif").
    const QString own = QFontInfo(font).family();
    QFont::insertSubstitutions(generic, wanted);
    if (!own.isEmpty() && own != generic)
        QFont::insertSubstitutions(own, wanted);
    // Where the face drawn can only draw Latin (an English desktop's Noto Sans), it stays first
    // so English keeps its own letters and line height (a line is as tall as the first family's),
    // and Qt tries ours for Arabic script. Where it draws Arabic script itself (an Urdu desktop's
    // Kufi face, for the generic family), ours go first. The generic family comes last:
    // fontconfig answers for it with a face for any script, a Kufi one included.
    QStringList families;
    if (!own.isEmpty() && own != generic
        && !QFontDatabase::writingSystems(own).contains(QFontDatabase::Arabic))
        families << own;
    families << wanted << generic;
    font.setFamilies(families);
    QApplication::setFont(font);
}

} // namespace rt::gui
