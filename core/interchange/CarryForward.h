// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace rt::interchange {

/**
 * The next event's session, started from the last one's (interchange JSON in, JSON out): the
 * places with what they prioritised, their aims and driver diagrams, the actions still open (not
 * done or stopped) with their status, due date and progress log, the prompts and the data pack
 * with its periods come along, each keeping its id, so one action can be followed from event to
 * event. The tables and their notes, the PICK charts' ideas, the polls and the agenda start
 * fresh, and so do the event's title, date and venue. The new session has an origin of its own:
 * it is a new session, not a copy of the last one.
 */
QJsonObject carryForward(const QJsonObject& previous);

/**
 * Creates @p path holding carryForward() of the session file @p previous (opened read-only, left
 * as it was). An existing @p path is never written over.
 * @return false with @p error: one line naming the file and the reason
 */
bool carryForwardFile(const QString& previous, const QString& path, QString* error);

} // namespace rt::interchange
