// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QUndoCommand;

namespace rt {

class Document;
class InsertRowCommand;
class MacroCommand;
class Store;

/**
 * The domain command facade (docs/ARCHITECTURE.md, "Edits"). Widgets call the named operations
 * in the rt::edit namespace (addNotes, moveIdeas, countHands, castKioskVote, addAim,
 * reorderAgenda…), declared by area in the commands folder (NoteEdits.h, PlaceEdits.h…). Each builds its row
 * commands, gives the step its undo text, pushes it on the document and says whether it reached the file.
 * Widgets never construct row commands, never build column maps and never write through a store.
 * Text is passed as given: the store writes a null QString as "" (a text column is never NULL).
 */
namespace edit {

/**
 * Merge ids, the one list: an edit pushed right after another with the same id, on the same row
 * and fields, joins it as one undo step (typing in a box is one step, not one per keystroke).
 */
enum MergeId : int {
    NoMerge = -1,
    AgendaGuidance = 0x4147,
    AgendaRoomText = 0x4152,
    PollQuestion = 0x5001,
    PollMaxChoices,
    EventField = 0x6001,
    ActionCell = 0x7001,
    AimCell,
    PlacePriorities,
    TableField = 0x8001,
};

/** Pushes @p command on @p doc. False when there was nothing to do (nullptr), it was refused
 *  (read-only) or it did not reach the file (the document has said why). */
bool push(Document& doc, QUndoCommand* command);

/**
 * @p n row commands as one undo step: the single command itself when there is one (named
 * @p one), else a macro named @p many holding them all. @p make(i, text, parent) builds the i-th.
 * @return nullptr when n is 0
 */
template<typename Make>
QUndoCommand* oneStep(Store* store, qsizetype n, const QString& one, const QString& many, Make make);

/** Pushes @p step and returns the id of the row @p insert (the step or one of its children)
 *  made, or 0 when the step did not reach the file. */
qint64 pushInsert(Document& doc, QUndoCommand* step, InsertRowCommand* insert);

/** The macro oneStep uses; out of line so callers need not include RowCommands.h. */
QUndoCommand* newMacro(Store* store, const QString& text);

template<typename Make>
QUndoCommand* oneStep(Store* store, qsizetype n, const QString& one, const QString& many, Make make)
{
    if (n <= 0)
        return nullptr;
    if (n == 1)
        return make(0, one, nullptr);
    QUndoCommand* macro = newMacro(store, many);
    for (qsizetype i = 0; i < n; ++i)
        make(i, QString(), macro);
    return macro;
}

} // namespace edit
} // namespace rt
