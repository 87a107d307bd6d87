// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rt {

class Document;

/** The event's edits (commands/Edit.h): the one Event row's details. */
namespace edit {

/** What Edit → Event Details shows, as the user typed it. */
struct EventDetails
{
    QString title;
    QString date; ///< YYYY-MM-DD or empty
    QString venue;
    QString organiser;
    QStringList purpose; ///< one line each; blank lines are dropped
    QString disclaimer;
    QString language; ///< the summary pack's language code, e.g. "en"
    QString nextSteps; ///< the pack's closing "Next steps", one step a line; empty: no such slide
};

/** The event's details as stored (empty ones when the file has no event row). */
EventDetails eventDetails(const Document& doc);

/** Writes every field of @p details that differs (texts trimmed; the purpose lines stored as a
 *  JSON list) as one step, "Edit event details". False when nothing changed or there is no event. */
bool editEvent(Document& doc, const EventDetails& details);

/** One text field of the event as it is typed: consecutive typing in the same field merges
 *  (EventField). False when unchanged. */
enum class EventText { Title, Date, Venue, Organiser, Disclaimer, Language };
bool editEventText(Document& doc, EventText field, const QString& text);

/** The export page's settings (slides::PackSettings as JSON; empty for the defaults), kept in the
 *  session as one step, "Change export settings". False when unchanged. */
bool setExportSettings(Document& doc, const QString& json);

} // namespace edit
} // namespace rt
