// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rt::cli {

/** `roundtable serve FILE --poll N [--bind ADDR] [--port P]`: phone voting without the window. */
int runServe(const QStringList& args);

} // namespace rt::cli
