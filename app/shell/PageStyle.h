// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tables/TablesStyle.h"

#include <QLabel>
#include <QString>

namespace rt::style {

/**
 * The look of a page's mode switch (Agenda: Edit / Run / Projector preview; Tables: All Tables /
 * Table / Feed Back), one for every page: joined buttons, the current one filled with the accent
 * colour (white on it: 6.4:1), focus as a 2 px frame. Set it on the buttons' common parent.
 */
inline QString modeSwitchSheet()
{
    return QStringLiteral("QToolButton { padding: 6px 14px; border: 1px solid %3; background: %2; color: %4;"
                          " font-weight: bold; }"
                          "QToolButton:checked { background: %1; color: white; border-color: %1; }"
                          "QToolButton:focus { border: 2px solid %4; }"
                          "QToolButton:disabled { color: %5; }")
        .arg(accent().name(), surface().name(), cardBorder().name(), text().name(), mutedText().name());
}

/** A page's heading: its name as in the sidebar, bold, 1.5× the application font (STYLE.md). */
inline void makePageHeading(QLabel* label)
{
    QFont big = label->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    label->setFont(big);
}

} // namespace rt::style
