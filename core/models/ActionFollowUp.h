// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Row.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace rt {

class Document;
class Store;

/**
 * What the place leads' views need of an action's follow-through (status, due date, review,
 * progress log), in one place: the tracker, the log and review mode read and edit through these,
 * and these through the store and rt::edit, so the views never spell a column or a command.
 */
namespace followup {

/** The statuses in the order people pick them (keys 1–6 in review mode). */
QStringList statusKeys();
/** The translated name of a status key ("on_track" → "On track"); unknown keys read as not started. */
QString statusLabel(const QString& key);
/** The status's place in statusKeys() (0 for an unknown or empty key). */
int statusIndex(const QString& key);
/** Done or stopped: no longer due. */
bool isClosed(const QString& key);

/** One dated line of an action's progress log. */
struct Update
{
    qint64 id = 0;
    qint64 actionId = 0;
    QString at; ///< ISO date or date-time
    QString who;
    QString text;
    QString status; ///< the status it recorded (may be empty)
};

QString status(const Row& action);
/** The parsed (or edited) due date; invalid when the words name none ("ongoing"). */
QDate due(const Row& action);
/** When the action was last reviewed (ISO), empty if never. */
QString reviewed(const Row& action);
/** Every progress line of the session, oldest first within each action. */
QList<Update> updates(const Store& store);
/** The progress lines of one action, oldest first. */
QList<Update> updates(const Store& store, qint64 actionId);
/** The event's date (the baseline "since the event" is measured from); invalid if unset. */
QDate eventDate(const Store& store);

/** Overdue: due before @p today and neither done nor stopped. */
bool isOverdue(const Row& action, const QDate& today);
/** Not reviewed since the event: never, or last reviewed before the event's date. */
bool isUnreviewed(const Row& action, const QDate& event);

bool setStatus(Document& doc, qint64 actionId, const QString& key);
/** Sets the status and marks the action reviewed now, as one undo step (review mode: the board
 *  looked at it). True when anything was recorded. */
bool setStatusReviewed(Document& doc, qint64 actionId, const QString& key);
/** Sets (or, with an invalid date, clears) the due date; the words are kept. */
bool setDue(Document& doc, qint64 actionId, const QDate& due);
/** Records a progress line dated now; returns the new line's id or 0. */
qint64 addUpdate(Document& doc, qint64 actionId, const QString& who, const QString& text,
                 const QString& status);

} // namespace followup
} // namespace rt
