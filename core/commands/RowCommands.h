// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Row.h"

#include "domain/Stamp.h"

#include <QHash>
#include <QUndoCommand>

namespace rt {

class Store;

/**
 * The four edits every kind supports: insert, edit fields, remove (with everything that
 * cascades, restored exactly on undo) and move (reorder, or to another list). A command whose
 * first redo fails marks itself obsolete so the stack drops it.
 */
class InsertRowCommand : public QUndoCommand
{
public:
    InsertRowCommand(Store* store, Kind kind, const QVariantMap& values, int position = -1,
                     const QString& text = {}, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 rowId() const { return m_id; }
    /** The first redo writes the new id to @p out (the stack may delete a command that failed,
     *  so the id cannot be read from it after the push). */
    void reportIdTo(qint64* out) { m_idOut = out; }

private:
    Store* m_store;
    Kind m_kind;
    QVariantMap m_values;
    int m_position;
    qint64 m_id = 0;
    qint64* m_idOut = nullptr;
    Snapshot m_removed; ///< what undo took away, so redo restores the same row
};

class EditRowCommand : public QUndoCommand
{
public:
    EditRowCommand(Store* store, Kind kind, qint64 id, const QVariantMap& values, const QString& text = {},
                   QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    /** Consecutive edits of the same fields of the same row within one gesture merge. */
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand* other) override;
    void setMergeable(int mergeId) { m_mergeId = mergeId; }

private:
    bool apply(const QVariantMap& values, bool restoreStamps = false);
    Store* m_store;
    Kind m_kind;
    qint64 m_row;
    QVariantMap m_new;
    QVariantMap m_old;
    QHash<QString, Stamp> m_oldStamps; ///< undo puts these back: as if the edit never happened
    int m_mergeId = -1;
};

class RemoveRowCommand : public QUndoCommand
{
public:
    RemoveRowCommand(Store* store, Kind kind, qint64 id, const QString& text = {},
                     QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Store* m_store;
    Kind m_kind;
    qint64 m_id;
    Snapshot m_snapshot;
};

class MoveRowCommand : public QUndoCommand
{
public:
    /** @param scope the target list's scope columns (empty: the row's own list) */
    MoveRowCommand(Store* store, Kind kind, qint64 id, const QVariantMap& scope, int position,
                   const QString& text = {}, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Store* m_store;
    Kind m_kind;
    qint64 m_id;
    QVariantMap m_scope;
    int m_position;
    QVariantMap m_oldScope;
    int m_oldPosition = -1;
};

/** Several commands as one undo step, committed in one transaction. */
class MacroCommand : public QUndoCommand
{
public:
    MacroCommand(Store* store, const QString& text);
    void redo() override;
    void undo() override;

private:
    Store* m_store;
};

} // namespace rt
