// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder; the app-shell work replaces it with the main window.
#include "shell/Gui.h"

#include <QApplication>

namespace rt::gui {

int run(int argc, char** argv)
{
    QApplication app(argc, argv);
    return 0;
}

bool renderView(Document*, const QString& view, const QSize&, QImage*, QString* error)
{
    *error = QStringLiteral("unknown view %1").arg(view);
    return false;
}

QStringList viewHelp()
{
    return {};
}

} // namespace rt::gui
