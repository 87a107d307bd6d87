// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QUndoCommand;

namespace rt {

class Store;

/**
 * Moving an agenda item from @p from to @p to (positions in the agenda) as one undo step: the
 * move plus the time edits that keep every item's duration (agendatimes::reorderKeepingDurations).
 * When the moved range has a time that does not parse, only the move is made (the times stay
 * flagged in the editor). @return nullptr when there is nothing to move
 */
QUndoCommand* makeAgendaMoveCommand(Store* store, int from, int to);

} // namespace rt
