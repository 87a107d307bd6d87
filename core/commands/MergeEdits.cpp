// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/MergeEdits.h"

#include "commands/Edit.h"
#include "commands/RowCommands.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/Schema.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <algorithm>

namespace rt::edit {

namespace {

using Conflict = IdentityRepository::Conflict;

/** The value type of @p conflict's field: QMetaType::Int for "position"; Unknown when the kind
 *  has no such field. */
int fieldType(const Conflict& c)
{
    if (c.kind == Kind::None)
        return QMetaType::UnknownType;
    if (c.field == col::Position)
        return kindInfo(c.kind).ordered ? int(QMetaType::Int) : int(QMetaType::UnknownType);
    const ColumnInfo* column = kindInfo(c.kind).column(c.field);
    return column ? column->metaType : int(QMetaType::UnknownType);
}

QVariant typed(const QVariant& v, int type)
{
    const bool null = !v.isValid() || v.isNull();
    switch (type) {
    case QMetaType::QString:
        return null ? QString() : v.toString();
    case QMetaType::Bool:
        return null ? false : v.toBool(); // "0", "false" and "" are false
    case QMetaType::Double:
        return null ? QVariant() : QVariant(v.toDouble());
    case QMetaType::Int:
        return null ? QVariant() : QVariant(v.toInt());
    case QMetaType::LongLong:
        return null ? QVariant() : QVariant(v.toLongLong());
    default:
        return v;
    }
}

/** @p v as the conflict list keeps values: text ("1"/"0" for a flag, every digit of a real), or
 *  NULL. Written as text, it reads back the same, so the record can be found again. */
QVariant asText(const QVariant& v, int type)
{
    if (!v.isValid() || v.isNull())
        return {};
    switch (type) {
    case QMetaType::Bool:
        return QString::number(v.toBool() ? 1 : 0);
    case QMetaType::Double:
        return QString::number(v.toDouble(), 'g', 17);
    default:
        return v.toString();
    }
}

/** True when the conflict list holds a record like @p c (every column but the id). */
bool sameRecord(const Conflict& a, const Conflict& b)
{
    return a.kind == b.kind && a.rowId == b.rowId && a.field == b.field
        && a.other.isNull() == b.other.isNull() && a.other.toString() == b.other.toString()
        && a.otherDevice == b.otherDevice && a.otherAt == b.otherAt && a.file == b.file;
}

/**
 * Replaces one record of the conflict list with another, for useConflictValue's step. The list
 * is written through IdentityRepository, which gives an added record a new id: the command
 * follows the id of the record it wrote, so undo and redo always replace the right one.
 */
class SwapConflictCommand : public QUndoCommand
{
public:
    SwapConflictCommand(Store* store, const Conflict& before, const Conflict& after, QUndoCommand* parent)
        : QUndoCommand(parent)
        , m_store(store)
        , m_before(before)
        , m_after(after)
    { }
    void redo() override
    {
        if (!replace(m_before, m_after))
            setObsolete(true);
    }
    void undo() override { replace(m_after, m_before); }

private:
    bool replace(const Conflict& from, Conflict& to)
    {
        IdentityRepository repo(*m_store);
        to.id = from.id;
        if (!repo.removeConflict(from.id) || !repo.addConflict(to))
            return false;
        // The same id if the repository kept it, else the newest record like it.
        qint64 found = 0;
        for (const Conflict& c : repo.conflicts()) {
            if (!sameRecord(c, to))
                continue;
            if (c.id == to.id) {
                found = c.id;
                break;
            }
            found = std::max(found, c.id);
        }
        to.id = found;
        return found > 0;
    }

    Store* m_store;
    Conflict m_before;
    Conflict m_after;
};

/** True when making @p parent the parent of driver @p driver would put it under itself. */
bool wouldLoop(const Store& store, qint64 driver, qint64 parent)
{
    for (int guard = 0; parent > 0 && guard < 10000; ++guard) {
        if (parent == driver)
            return true;
        parent = store.row(Kind::Driver, parent).ref(col::ParentId);
    }
    return false;
}

} // namespace

QVariant conflictValueInUse(const Store& store, const Conflict& conflict)
{
    const int type = fieldType(conflict);
    if (type == QMetaType::UnknownType)
        return {};
    const Row row = store.row(conflict.kind, conflict.rowId);
    if (!row.isValid())
        return {};
    if (conflict.field == col::Position)
        return row.position;
    // A valid QVariant even for NULL (a cleared reference), so "gone" stays distinguishable.
    const QVariant v = typed(row.values.value(conflict.field), type);
    return v.isValid() ? v : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant conflictOtherValue(const Conflict& conflict)
{
    return typed(conflict.other, fieldType(conflict));
}

bool sameConflictValue(const Conflict& conflict, const QVariant& a, const QVariant& b)
{
    const int type = fieldType(conflict);
    const QVariant x = typed(a, type);
    const QVariant y = typed(b, type);
    const bool xNull = !x.isValid() || x.isNull();
    const bool yNull = !y.isValid() || y.isNull();
    if (xNull || yNull)
        return xNull == yNull;
    if (type == QMetaType::Double)
        return qFuzzyCompare(1.0 + x.toDouble(), 1.0 + y.toDouble());
    return x == y;
}

bool useConflictValue(Document& doc, const Conflict& conflict)
{
    Store* store = doc.store();
    const int type = fieldType(conflict);
    if (!store || type == QMetaType::UnknownType)
        return false;
    const Row row = store->row(conflict.kind, conflict.rowId);
    if (!row.isValid())
        return false;
    const QVariant now = conflictValueInUse(*store, conflict);
    const QVariant other = conflictOtherValue(conflict);
    if (sameConflictValue(conflict, now, other))
        return false;
    const KindInfo& info = kindInfo(conflict.kind);
    const ColumnInfo* column = info.column(conflict.field);
    const bool isNull = !other.isValid() || other.isNull();
    if (column && column->ref != Kind::None && !isNull) {
        // The other value names a row: it must still be there, and a driver cannot go under itself.
        if (!store->row(column->ref, other.toLongLong()).isValid())
            return false;
        if (conflict.kind == Kind::Driver && conflict.field == col::ParentId
            && wouldLoop(*store, conflict.rowId, other.toLongLong()))
            return false;
    }
    if (column && column->ref != Kind::None && isNull && column->onDelete == OnDelete::Cascade)
        return false; // a row cannot lose its owner

    // The record then holds the value the field had, with who changed it last and when.
    const Stamp stamp = store->stamps(conflict.kind, conflict.rowId).value(conflict.field);
    Conflict swapped = conflict;
    swapped.other = asText(now, type);
    swapped.otherDevice = stamp.device;
    swapped.otherAt = stamp.at;

    QUndoCommand* step
        = newMacro(store, QCoreApplication::translate("rt::edit", "Use other value from merge"));
    if (conflict.field == col::Position)
        new MoveRowCommand(store, conflict.kind, conflict.rowId, {}, other.toInt(), {}, step);
    else if (info.scope.contains(conflict.field))
        new MoveRowCommand(store, conflict.kind, conflict.rowId, {{conflict.field, other}}, -1, {}, step);
    else
        new EditRowCommand(store, conflict.kind, conflict.rowId, {{conflict.field, other}}, {}, step);
    new SwapConflictCommand(store, conflict, swapped, step);
    return push(doc, step);
}

} // namespace rt::edit
