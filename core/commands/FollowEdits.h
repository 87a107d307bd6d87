// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace rt {

class Document;

/**
 * The edits of following actions through after the event (see Edit.h): an action's status, the
 * date it is due, when it was last reviewed, and its dated progress log. Each is one undo step
 * with its own undo text; each returns whether it reached the file (bool) or the new row's id.
 * Statuses are the keys of domain/ActionStatus.h; a key no status has is refused.
 */
namespace edit {

/** Sets an action's status ("Set action status"). False when unchanged or the key is unknown. */
bool setActionStatus(Document& doc, qint64 actionId, const QString& status);
/** Sets (or, with none, clears) the date an action is due ("Set due date"); the words stay. */
bool setActionDue(Document& doc, qint64 actionId, const std::optional<QDate>& due);
/** Replaces the "By when?" words and the due date worked out from them against the event's date
 *  (DueDate::parse) as one step ("Edit by when"). False when the words are unchanged. */
bool setActionByWhen(Document& doc, qint64 actionId, const QString& words);
/** Marks @p actions reviewed at @p at with no new update ("Mark action reviewed", "Mark %n
 *  action(s) reviewed"), for a review that found nothing to add. */
bool markActionsReviewed(Document& doc, const QList<qint64>& actions,
                         const QDateTime& at = QDateTime::currentDateTime());
/**
 * Adds a progress update to an action's log (after the others) and, in the same step, sets the
 * action's status to @p status and its last review to @p at ("Add progress update"). Returns the
 * update's id; 0 when the text is blank, the status unknown or it was not made.
 */
qint64 addActionUpdate(Document& doc, qint64 actionId, const QString& text, const QString& status,
                       const QString& who = {}, const QDateTime& at = QDateTime::currentDateTime());
/** Changes an update's text and status ("Edit progress update"); when it is the action's latest,
 *  the action's status follows. False when nothing changed. */
bool editActionUpdate(Document& doc, qint64 updateId, const QString& text, const QString& status);
/** Deletes an update ("Delete progress update"); when it was the latest, the action takes the
 *  status of the update now latest (unchanged when none is left). */
bool removeActionUpdate(Document& doc, qint64 updateId);

} // namespace edit
} // namespace rt
