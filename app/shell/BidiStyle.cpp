// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/BidiStyle.h"

#include <QApplication>
#include <QStyleOptionViewItem>

namespace rt::gui {

namespace {
constexpr QChar Lrm(0x200E);

bool hasStrongLeftToRight(const QString& text)
{
    for (const QChar c : text) {
        if (c.direction() == QChar::DirL)
            return true;
    }
    return false;
}
} // namespace

QString BidiStyle::inRightToLeftCell(const QString& text)
{
    if (text.isEmpty() || text.isRightToLeft() || !hasStrongLeftToRight(text))
        return text;
    for (const QChar c : text) {
        if (c.direction() == QChar::DirR || c.direction() == QChar::DirAL)
            return text; // mixed: the paragraph's own rules are the best guess
    }
    return Lrm + text + Lrm;
}

QString BidiStyle::isolate(const QString& text)
{
    if (text.isEmpty())
        return text;
    return QChar(0x2068) + text + QChar(0x2069); // FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE
}

void BidiStyle::drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                            const QWidget* widget) const
{
    if (element == CE_ItemViewItem && option->direction == Qt::RightToLeft) {
        if (const auto* item = qstyleoption_cast<const QStyleOptionViewItem*>(option)) {
            const QString shown = inRightToLeftCell(item->text);
            if (shown != item->text) {
                QStyleOptionViewItem copy(*item);
                copy.text = shown;
                QProxyStyle::drawControl(element, &copy, painter, widget);
                return;
            }
        }
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

void installBidiStyle()
{
    QApplication::setStyle(new BidiStyle); // the application owns it; based on the default style
}

} // namespace rt::gui
