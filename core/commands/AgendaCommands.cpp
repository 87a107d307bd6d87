// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/AgendaCommands.h"

#include "commands/RowCommands.h"
#include "domain/AgendaTimes.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace rt {

QUndoCommand* makeAgendaMoveCommand(Store* store, int from, int to)
{
    const QList<Row> rows = store->rows(Kind::AgendaItem);
    if (from == to || from < 0 || to < 0 || from >= rows.size() || to >= rows.size())
        return nullptr;
    QList<agendatimes::Slot> times;
    for (const Row& r : rows)
        times << agendatimes::Slot {r.str(col::Start), r.str(col::End)};
    const QList<agendatimes::Slot> after = agendatimes::reorderKeepingDurations(times, from, to);
    QList<Row> moved = rows;
    moved.move(from, to);

    auto* macro = new MacroCommand(
        store, QCoreApplication::translate("rt::edit", "Move “%1”").arg(rows[from].str(col::Title)));
    new MoveRowCommand(store, Kind::AgendaItem, rows[from].id, {}, to, {}, macro);
    for (int i = 0; i < moved.size(); ++i) {
        const Row& r = moved[i];
        QVariantMap changed;
        if (r.str(col::Start) != after[i].start)
            changed.insert(col::Start, after[i].start);
        if (r.str(col::End) != after[i].end)
            changed.insert(col::End, after[i].end);
        if (!changed.isEmpty())
            new EditRowCommand(store, Kind::AgendaItem, r.id, changed, {}, macro);
    }
    return macro;
}

} // namespace rt
