// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rt {

class Document;

/** The agenda's edits (commands/Edit.h), each one undo step pushed on the document. */
namespace edit {

/**
 * A plenary item called @p title at @p position (-1: the end) that starts when the item before
 * it ends (9:00 when there is none, or its end does not parse) and lasts half an hour.
 * @return its id, 0 if not made
 */
qint64 addAgendaItem(Document& doc, int position, const QString& title);

/** The text fields of an agenda item. */
enum class AgendaText { Title, Start, End, Kind };
/** One field of an item; a time that parses is written as HH:MM, anything else as typed (the
 *  editor flags it). False when unchanged. */
bool editAgendaItem(Document& doc, qint64 item, AgendaText field, const QString& value);
/** Runs poll @p poll at the item (0: none). */
bool attachPoll(Document& doc, qint64 item, qint64 poll);
/** The facilitator's own guidance for an item, as typed: consecutive typing merges into one
 *  step (AgendaGuidance). False when unchanged. */
bool editAgendaGuidance(Document& doc, qint64 item, const QString& text);
/** What the projector shows the room for an item, as typed (one step while typing on,
 *  AgendaRoomText); empty: the built-in line for its activity. False when unchanged. */
bool editAgendaRoomText(Document& doc, qint64 item, const QString& text);
/** Moves the item at @p from to @p to, keeping every item's duration (the times follow). */
bool reorderAgenda(Document& doc, int from, int to);
bool removeAgendaItem(Document& doc, qint64 item);

} // namespace edit
} // namespace rt
