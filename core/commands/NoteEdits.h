// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace rt {

class Document;

/**
 * The table discussions' edits (commands/Edit.h): notes, prompts and tables. Each is one undo
 * step pushed on the document; a bool says whether it reached the file, an id is 0 when nothing
 * was made.
 */
namespace edit {

/** A note's text as captured: only the white space around it is removed, nothing else. */
QString cleanNote(const QString& text);
/** The notes a pasted block makes: one per line that is not blank, each cleaned. */
QStringList splitNotes(const QString& pasted);

/** Adds @p texts (cleaned; blank ones skipped) under @p prompt at @p table, from @p position
 *  (-1: the end): "Add note" / "Add %n note(s)". False when every text was blank. */
bool addNotes(Document& doc, qint64 table, qint64 prompt, const QStringList& texts, int position = -1);
/** A note's new text (cleaned; a note is never left blank: false then), stamped as edited now. */
bool editNoteText(Document& doc, qint64 note, const QString& text);
/** Marks (or unmarks) @p notes as key points, one step. */
bool setKeyPoint(Document& doc, const QList<qint64>& notes, bool keyPoint);
/** Moves a note to @p position (-1: the end) of @p table's list under @p prompt. */
bool moveNote(Document& doc, qint64 note, qint64 table, qint64 prompt, int position);
/** Moves @p notes to the end of @p table's list under @p prompt, in the order given. */
bool moveNotesTo(Document& doc, const QList<qint64>& notes, qint64 table, qint64 prompt);
/** Moves @p notes to the end of their prompt's list at another @p table: "Move %n note(s) to Table 2". */
bool moveNotesToTable(Document& doc, const QList<qint64>& notes, qint64 table);
/** Moves @p notes (of one list) @p delta places up (negative) or down, none overtaking another.
 *  False when one of them would leave the list. */
bool moveNotesBy(Document& doc, const QList<qint64>& notes, int delta);
/** Deletes @p notes: "Delete note" / "Delete %n note(s)". */
bool removeNotes(Document& doc, const QList<qint64>& notes);

/** A prompt with a fresh key at the end. @return its id, 0 if not made */
qint64 addPrompt(Document& doc, const QString& question);
/** A prompt's question (trimmed); false when blank or unchanged. */
bool editPrompt(Document& doc, qint64 prompt, const QString& question);
/** Removes a prompt and every note under it (undo brings them back). */
bool removePrompt(Document& doc, qint64 prompt);

struct TableDetails
{
    qint64 number = 0;
    QString topic;
    QString facilitator;
};
/** A table numbered one past the highest, without topic or facilitator. @return its id, 0 if not made */
qint64 addTable(Document& doc);
/** Writes the fields of @p details that differ, one step ("Edit table"); false when none did. */
bool editTable(Document& doc, qint64 table, const TableDetails& details);
/** One text field of a table as it is typed: consecutive typing in the same field merges (TableField). */
enum class TableText { Topic, Facilitator };
bool editTableText(Document& doc, qint64 table, TableText field, const QString& text);
/** Deletes a table with everything noted at it (undo brings it all back). */
bool removeTable(Document& doc, qint64 table);
/** Moves a table to @p position in the list of tables. */
bool moveTable(Document& doc, qint64 table, int position);

} // namespace edit
} // namespace rt
