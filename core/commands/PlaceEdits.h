// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <optional>

namespace rt {

class Document;

/**
 * The edits of the Places area (see Edit.h): places and their aims, the ideas on an aim's PICK
 * chart, and a place's action plan. Each is one undo step with its own undo text; each returns
 * whether it reached the file (bool) or the new row's id (0 when nothing was made).
 */
namespace edit {

// PICK chart ----------------------------------------------------------------------------------

/**
 * Where an idea goes on its aim's PICK chart: @c impact and @c effort as fractions of the chart
 * (0 to 1; outside counts as the nearest edge), or, when @c unsorted, parked in the strip of ideas
 * not yet placed, where it keeps its last place on the chart (impact and effort are then unused).
 */
struct IdeaSpot
{
    qint64 idea = 0;
    double impact = 0.5;
    double effort = 0.5;
    bool unsorted = false;

    static IdeaSpot on(qint64 idea, double impact, double effort) { return {idea, impact, effort, false}; }
    static IdeaSpot parked(qint64 idea) { return {idea, 0.5, 0.5, true}; }
};

/** Puts each idea where its spot says, as one step ("Move idea", "Move %n idea(s)", or
 *  @p undoText when given); only what changes is written. False when nothing changed or the
 *  step did not reach the file. */
bool moveIdeas(Document& doc, const QList<IdeaSpot>& spots, const QString& undoText = {});
/** Moves the placed ideas among @p ideas by @p dImpact and @p dEffort (fractions of the chart,
 *  kept on it) as one step; parked ideas stay in the strip. False when nothing moved. */
bool nudgeIdeas(Document& doc, const QList<qint64>& ideas, double dImpact, double dEffort);
/** Deletes @p ideas as one step ("Delete idea", "Delete %n idea(s)"). */
bool deleteIdeas(Document& doc, const QList<qint64>& ideas);
/** Adds an idea to @p aimId: placed at @p spot (x impact, y effort), or parked in the strip when
 *  there is none. Returns its id; 0 when the text is blank or it was not made. */
qint64 addIdea(Document& doc, qint64 aimId, const QString& text, std::optional<QPointF> spot = std::nullopt);
/** The ideas a pasted block makes: one per line that is not blank, trimmed, with a leading list
 *  bullet ("•", "*", "-", "1.", "2)") dropped, since that is layout and not words. */
QStringList ideaLines(const QString& pasted);
/** Adds ideaLines(@p pasted), parked in @p aimId's strip, as one step ("Add idea", "Add %n
 *  idea(s)"). Returns how many were added (0 when none, or it did not reach the file). */
int addIdeas(Document& doc, qint64 aimId, const QString& pasted);
/** Replaces an idea's text ("Edit idea"). False when it is unchanged. */
bool editIdeaText(Document& doc, qint64 ideaId, const QString& text);
/** Adds an action to the plan of the place the idea's aim belongs to, with the aim's cohort and
 *  the idea's text, linked to the idea ("Make action from idea"). Returns its id or 0. */
qint64 makeActionFromIdea(Document& doc, qint64 ideaId);

// Places and aims ------------------------------------------------------------------------------

/** Adds a place named @p name at the end of the list; returns its id or 0. */
qint64 addPlace(Document& doc, const QString& name);
/** Deletes a place with its aims, ideas, drivers and action plan (undo restores them all). */
bool removePlace(Document& doc, qint64 placeId);
/** Moves a place to @p position in the list of places ("Reorder places"). */
bool movePlace(Document& doc, qint64 placeId, int position);
/** Stores what the place prioritised ("Edit what the place prioritised"). False when unchanged. */
bool setPlacePriorities(Document& doc, qint64 placeId, const QString& text);
/** Adds an empty aim at the end of @p placeId's aims; returns its id or 0. */
qint64 addAim(Document& doc, qint64 placeId);
/** Deletes an aim with its ideas and driver diagram. */
bool removeAim(Document& doc, qint64 aimId);
/** Moves an aim to @p position among its place's aims ("Reorder aims"). */
bool moveAim(Document& doc, qint64 aimId, int position);

// Action plan ----------------------------------------------------------------------------------

/** Adds an empty action to @p placeId's plan, in @p cohort (may be empty); returns its id or 0. */
qint64 addAction(Document& doc, qint64 placeId, const QString& cohort = {});
/** Deletes @p actions as one step ("Delete action", "Delete %n action(s)"). */
bool removeActions(Document& doc, const QList<qint64>& actions);
/** Moves an action to @p position in its place's plan ("Reorder actions"). */
bool moveAction(Document& doc, qint64 actionId, int position);

} // namespace edit
} // namespace rt
