// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rt::placetext {

/** "The partners … will work together within {place} to …" (translated). */
QString aimLead(const QString& place);
/** The lead and the statement as one rich-text paragraph, with the cohort after it. */
QString aimSentenceHtml(const QString& place, const QString& statement, const QString& cohort);

} // namespace rt::placetext
