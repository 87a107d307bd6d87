// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rt {

/** The summary pack's sections in the hand-made pack's order: the keys of the stored export
 *  settings (event.export_settings), of `export --sections` and of the interchange JSON. */
inline QStringList packSectionKeys()
{
    return {QStringLiteral("intro"),   QStringLiteral("datapack"), QStringLiteral("tables"),
            QStringLiteral("places"),  QStringLiteral("polls"),    QStringLiteral("nextsteps"),
            QStringLiteral("feedback")};
}

} // namespace rt
