// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

namespace rt {
class Document;
}

namespace rt::gui {

/** Opens the main window (on the FILE argument, if any) and runs the event loop. */
int run(int argc, char** argv);

/** Renders one view of the real window offscreen (a QApplication must exist); the status bar
 *  shows @p shownPath when given (the file a copy was made from) instead of the document's.
 *  @return false with @p error naming the problem (unknown view, out of range) */
bool renderView(Document* document, const QString& view, const QSize& size, QImage* out, QString* error,
                const QString& shownPath = {});
/** The application id used for the .desktop file, metainfo and icons. */
QString desktopFileName();

/** "name — what it shows" lines for every view renderView() knows, for --help. */
QStringList viewHelp();

} // namespace rt::gui
