// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/Edit.h"

#include "commands/RowCommands.h"
#include "session/Document.h"

namespace rt::edit {

bool push(Document& doc, QUndoCommand* command)
{
    if (!command)
        return false;
    return doc.push(command);
}

qint64 pushInsert(Document& doc, QUndoCommand* step, InsertRowCommand* insert)
{
    qint64 id = 0;
    if (insert)
        insert->reportIdTo(&id);
    return push(doc, step) ? id : 0;
}

QUndoCommand* newMacro(Store* store, const QString& text)
{
    return new MacroCommand(store, text);
}

} // namespace rt::edit
