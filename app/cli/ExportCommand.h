// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Cli.h"

#include <QStringList>

namespace rt::cli {

/** `export FILE --format pptx|pdf|md|csv [-o OUT] [--sections LIST]`. */
int runExport(const QStringList& args);
/** The entry for the commands() table. */
Command exportCommand();

} // namespace rt::cli
