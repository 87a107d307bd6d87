// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/NoteCommands.h"

#include "commands/RowCommands.h"
#include "models/NoteListModel.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace rt {

QStringList NoteCommands::splitLines(const QString& pasted)
{
    QStringList out;
    static const QRegularExpression breaks(QStringLiteral("\r\n|\r|\n|\u2028|\u2029"));
    const QStringList lines = pasted.split(breaks);
    for (const QString& line : lines) {
        const QString c = clean(line);
        if (!c.isEmpty())
            out << c;
    }
    return out;
}

QVariantMap NoteCommands::newNote(qint64 tableId, qint64 promptId, const QString& text)
{
    const QString now = NoteListModel::timestamp();
    return {{col::TableId, tableId}, {col::PromptId, promptId}, {col::Text, clean(text)},
            {col::KeyPoint, false},  {col::Created, now},       {col::Edited, now}};
}

QUndoCommand* NoteCommands::addNotes(Store* store, qint64 tableId, qint64 promptId, const QStringList& texts,
                                     int position)
{
    QStringList kept;
    for (const QString& t : texts) {
        if (!clean(t).isEmpty())
            kept << t;
    }
    if (kept.isEmpty())
        return nullptr;
    if (kept.size() == 1)
        return new InsertRowCommand(store, Kind::Note, newNote(tableId, promptId, kept.first()), position,
                                    QCoreApplication::translate("rt::edit", "Add note"));
    auto* macro = new MacroCommand(
        store, QCoreApplication::translate("rt::edit", "Add %n note(s)", nullptr, int(kept.size())));
    for (int i = 0; i < kept.size(); ++i)
        new InsertRowCommand(store, Kind::Note, newNote(tableId, promptId, kept[i]),
                             position < 0 ? -1 : position + i, {}, macro);
    return macro;
}

QUndoCommand* NoteCommands::editText(Store* store, qint64 noteId, const QString& text)
{
    return new EditRowCommand(store, Kind::Note, noteId,
                              {{col::Text, text}, {col::Edited, NoteListModel::timestamp()}},
                              QCoreApplication::translate("rt::edit", "Edit note"));
}

QUndoCommand* NoteCommands::setKeyPoint(Store* store, qint64 noteId, bool keyPoint)
{
    return new EditRowCommand(store, Kind::Note, noteId, {{col::KeyPoint, keyPoint}},
                              keyPoint ? QCoreApplication::translate("rt::edit", "Mark key point")
                                       : QCoreApplication::translate("rt::edit", "Unmark key point"));
}

QUndoCommand* NoteCommands::move(Store* store, qint64 noteId, qint64 tableId, qint64 promptId, int position)
{
    return new MoveRowCommand(store, Kind::Note, noteId, {{col::TableId, tableId}, {col::PromptId, promptId}},
                              position, QCoreApplication::translate("rt::edit", "Move note"));
}

QString NoteCommands::freePromptKey(const Store* store)
{
    QSet<QString> used;
    const QList<Row> prompts = store->rows(Kind::Prompt);
    for (const Row& p : prompts)
        used.insert(p.str(col::Key));
    for (int n = int(prompts.size()) + 1;; ++n) {
        const QString key = QStringLiteral("prompt_%1").arg(n);
        if (!used.contains(key))
            return key;
    }
}

} // namespace rt
