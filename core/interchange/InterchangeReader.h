// SPDX-License-Identifier: GPL-3.0-or-later
// Inside the interchange code only: reading interchange JSON into a ParsedSession.
#pragma once

#include "interchange/ParsedSession.h"

#include <QJsonObject>

namespace rt::interchange {

/** Checks @p json completely and fills @p out (see validate() in Interchange.h).
 *  @return false with @p error as "json.path: problem"; @p warnings name the unknown keys */
bool readSession(const QJsonObject& json, PSession* out, QString* error, QStringList* warnings);

} // namespace rt::interchange
