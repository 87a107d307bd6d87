// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace rt {

/**
 * Where an action stands after the event, as a place lead reports it. Stored by key
 * ("not_started", "on_track", "at_risk", "off_track", "done", "stopped"), shown by label.
 */
enum class ActionStatus { NotStarted, OnTrack, AtRisk, OffTrack, Done, Stopped };

QString actionStatusKey(ActionStatus status);
/** The status a key names; false for a key no status has. */
bool actionStatusFromKey(const QString& key, ActionStatus* out);
QStringList actionStatusKeys(); ///< in the order above
/** The translated label ("Not started", "On track"…); the key itself for an unknown key. */
QString actionStatusLabel(const QString& key);
/** Still to follow: neither done nor stopped (an unknown key counts as open). */
bool actionStatusIsOpen(const QString& key);
/** Overdue: still open and due (an ISO date, empty for none) before @p today. The one rule the
 *  tracker, the progress update and `info` share. */
bool actionIsOverdue(const QString& status, const QString& due, const QDate& today);

} // namespace rt
