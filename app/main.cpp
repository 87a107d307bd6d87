// SPDX-License-Identifier: GPL-3.0-or-later
// One binary: a sub-command runs without a display; otherwise the window opens (on FILE).
#include "cli/Cli.h"
#include "shell/Gui.h"

int main(int argc, char** argv)
{
    if (rt::cli::isCommandLine(argc, argv))
        return rt::cli::run(argc, argv);
    return rt::gui::run(argc, argv);
}
