// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace rt::gui {

/**
 * In a right-to-left window (Urdu), lists and tables lay each cell out right to left, which
 * moves a Latin cell's end punctuation to its start ("?focus on first", "of claimants %").
 * People's words keep their own order here: a cell with no right-to-left letters is wrapped in
 * left-to-right marks for drawing, still aligned as the window is. The model's text is untouched.
 */
class BidiStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget = nullptr) const override;

    /** @p text as drawn in a right-to-left cell: marked when it has no right-to-left letters. */
    static QString inRightToLeftCell(const QString& text);
    /** @p text (people's words put into a translated sentence) in a first-strong isolate: it
     *  keeps its own order whichever way the sentence runs ("[گروہ: Young people 16-25]"). */
    static QString isolate(const QString& text);
};

/** Sets BidiStyle over the application's style. Call once, after the QApplication exists. */
void installBidiStyle();

} // namespace rt::gui
