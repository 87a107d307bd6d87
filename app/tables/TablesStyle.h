// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QString>

/** The Tables workspace's colours and sizes: high contrast, readable when projected. */
namespace rt::style {

/** True when the system palette is dark (a dark desktop theme or high-contrast dark): the
 *  Tables page then uses dark cards with light text instead of white cards with dark text. */
inline bool darkTheme()
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

// Each pair keeps text at 4.5:1 or more on the fills beside it (measured in test_accessibility).
inline QColor text()
{
    return darkTheme() ? QColor(0xec, 0xef, 0xf3) : QColor(0x1b, 0x1f, 0x24);
}
inline QColor mutedText()
{
    return darkTheme() ? QColor(0xb8, 0xc2, 0xcd) : QColor(0x4a, 0x55, 0x63);
}
inline QColor accent()
{
    return QColor(0x1f, 0x5f, 0xbf); // white text on it: 6.4:1
}
/** A dark grey for badges with white text, in both themes. */
inline QColor badgeFill()
{
    return QColor(0x4a, 0x55, 0x63);
}
inline QColor cardBorder()
{
    return darkTheme() ? QColor(0x5c, 0x66, 0x73) : QColor(0xc6, 0xce, 0xd8);
}
/** Cards, entry boxes and the top bar. */
inline QColor surface()
{
    return darkTheme() ? QColor(0x2a, 0x2f, 0x36) : QColor(0xff, 0xff, 0xff);
}
inline QColor columnFill()
{
    return darkTheme() ? QColor(0x20, 0x24, 0x2a) : QColor(0xf1, 0xf3, 0xf6);
}
inline QColor pageFill()
{
    return darkTheme() ? QColor(0x18, 0x1b, 0x20) : QColor(0xfa, 0xfb, 0xfc);
}
inline QColor selectionFill()
{
    return darkTheme() ? QColor(0x1d, 0x35, 0x57) : QColor(0xe3, 0xed, 0xfc);
}
inline QColor keyPointFill()
{
    return darkTheme() ? QColor(0x4a, 0x38, 0x0c) : QColor(0xff, 0xf5, 0xd6);
}
inline QColor keyPointEdge()
{
    return QColor(0xe0, 0x98, 0x00);
}
inline QColor keyPointStar()
{
    return darkTheme() ? QColor(0xff, 0xc3, 0x4d) : QColor(0xa8, 0x62, 0x00);
}
inline QColor matchFill()
{
    return QColor(0xff, 0xd8, 0x4d);
}
inline QColor feedbackBackground()
{
    return QColor(0x0b, 0x17, 0x28);
}
inline QColor feedbackText()
{
    return QColor(0xff, 0xff, 0xff);
}
inline QColor feedbackHeading()
{
    return QColor(0xff, 0xd1, 0x66);
}

/** One colour per prompt column (up to five), dark enough for white text on it. */
inline QColor promptColour(int index)
{
    static const QColor colours[]
        = {QColor(0x1a, 0x6b, 0x7c), QColor(0x2b, 0x74, 0x3a), QColor(0xa9, 0x4a, 0x12),
           QColor(0x5e, 0x45, 0xa8), QColor(0x1f, 0x5f, 0xbf)};
    return colours[((index % 5) + 5) % 5];
}

/** Notes are read from a distance when the laptop is projected: larger than the UI default. */
inline QFont noteFont(const QFont& base)
{
    QFont f = base;
    f.setPointSizeF(qMax(12.0, base.pointSizeF() * 1.25));
    return f;
}

/** The page's outlined buttons (+ Add Table, + Add Prompt, Feed Back): greyed when off, as in a
 *  read-only window, so an unusable one never looks pressable. */
inline QString outlinedButtonSheet()
{
    return QStringLiteral("QPushButton { padding: 6px 14px; border: 1px solid #9aa5b1; border-radius: 6px; "
                          "background: %2; color: %3; font-weight: bold; }"
                          "QPushButton:hover, QPushButton:focus { border: 2px solid %1; }"
                          "QPushButton:disabled { color: #9aa5b1; border-color: #d5dbe2; }")
        .arg(accent().name(), surface().name(), text().name());
}

inline QFont headingFont(const QFont& base, qreal scale = 1.35)
{
    QFont f = base;
    f.setPointSizeF(qMax(12.0, base.pointSizeF() * scale));
    f.setBold(true);
    return f;
}

} // namespace rt::style
