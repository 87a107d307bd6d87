// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace rt::guidance {

/** The agenda item kinds, in the order the editor offers them. */
QStringList kinds();

/**
 * Which built-in guidance fits an agenda item: its kind, refined for breakouts by what the
 * title says ("action" → action_plan, "idea"/"PICK" → pick, "vote"/"poll" → vote) and by an
 * attached poll. The keys are those of resources/guidance/guidance.json.
 */
QString activityFor(const QString& kind, const QString& title, bool hasPoll);

/** One activity's guidance from the library: a summary line and the steps. */
struct Entry
{
    QString title;
    QString summary;
    QStringList steps;
    bool isEmpty() const { return summary.isEmpty() && steps.isEmpty(); }
};

/** Reads @p activity from a guidance library object ({"activities": {key: {...}}}); falls back
 *  to the activity's kind (e.g. "pick" → "breakout") when the key is absent. */
Entry lookup(const QJsonObject& library, const QString& activity);

/** Plain text of an entry: the summary, a blank line, then "• step" lines. */
QString toText(const Entry& entry);

} // namespace rt::guidance
