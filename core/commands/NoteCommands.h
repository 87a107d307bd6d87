// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QVariantMap>

class QUndoCommand;

namespace rt {

class Store;

/**
 * The table-discussion edits, built from the generic row commands so each is one undo step:
 * add one note or several (a paste), edit a note's text, flag a key point, move a note to
 * another place, and add a prompt with a fresh key.
 */
class NoteCommands
{
public:
    /** A note's text as captured: only the white space around it is removed, nothing else. */
    static QString clean(const QString& text) { return text.trimmed(); }
    /** The notes a pasted block makes: one per line that is not blank, each cleaned. */
    static QStringList splitLines(const QString& pasted);
    /** The values of a new note (created = edited = now). */
    static QVariantMap newNote(qint64 tableId, qint64 promptId, const QString& text);

    /** Adds @p texts (cleaned; blank ones skipped) at @p position as one undo step; nullptr if none. */
    static QUndoCommand* addNotes(Store* store, qint64 tableId, qint64 promptId, const QStringList& texts,
                                  int position = -1);
    static QUndoCommand* editText(Store* store, qint64 noteId, const QString& text);
    static QUndoCommand* setKeyPoint(Store* store, qint64 noteId, bool keyPoint);
    /** Moves a note to @p position (-1: the end) of the list of @p tableId under @p promptId. */
    static QUndoCommand* move(Store* store, qint64 noteId, qint64 tableId, qint64 promptId, int position);

    /** A prompt key not used yet ("prompt_4", …). */
    static QString freePromptKey(const Store* store);
};

} // namespace rt
