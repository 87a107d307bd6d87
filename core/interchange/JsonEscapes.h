// SPDX-License-Identifier: GPL-3.0-or-later
// Inside the interchange code only: the strict string-escape check parse() runs first.
#pragma once

#include <QByteArray>
#include <QString>

namespace rt::interchange {

/** Checks every string escape in the raw JSON @p text (see parse() in Interchange.h).
 *  @return false with @p error as "json.path: invalid string escape …" */
bool checkStringEscapes(const QByteArray& text, QString* error);

} // namespace rt::interchange
