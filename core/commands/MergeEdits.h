// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/IdentityRepository.h"

#include <QVariant>

namespace rt {

class Document;
class Store;

/**
 * The edits of a merged session's conflicts (see Edit.h): a field two laptops changed differently
 * holds the value the merge kept, and the session's conflict list holds the other one
 * (IdentityRepository::conflicts()). The organiser can put the other value in its place.
 */
namespace edit {

/**
 * Puts @p conflict's other value into its field, as one step ("Use other value from merge"). The
 * conflict is swapped in the same step: it then holds the value the field had, with the laptop
 * and time of that change, so both values are still on offer and using it again swaps them
 * back. Undo puts back the field and the conflict. A conflict on "position" or on a list's scope
 * column (a note's table) moves the row. False when the row is gone, the field already holds
 * the value, a row it would refer to is gone, or the step did not reach the file.
 */
bool useConflictValue(Document& doc, const IdentityRepository::Conflict& conflict);

/** The value @p conflict's field holds now (the row's place in its list for "position"); an
 *  invalid QVariant when the row or the field is gone. */
QVariant conflictValueInUse(const Store& store, const IdentityRepository::Conflict& conflict);

/** @p conflict's other value as its field holds values (the conflict list keeps it as text):
 *  a number, a flag, a reference or text; null stays null. */
QVariant conflictOtherValue(const IdentityRepository::Conflict& conflict);

/** True when @p a and @p b are the same value of @p conflict's field (3 and "3", true and "1"). */
bool sameConflictValue(const IdentityRepository::Conflict& conflict, const QVariant& a, const QVariant& b);

} // namespace edit
} // namespace rt
