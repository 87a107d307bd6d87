// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/RowCommands.h"

#include "store/Store.h"

#include <QCoreApplication>

#include <utility>

namespace rt {

namespace {
QString defaultText(const char* verb, Kind kind)
{
    return QCoreApplication::translate("RowCommands", verb)
        .arg(kindName(kind).replace(QLatin1Char('_'), QLatin1Char(' ')));
}
} // namespace

InsertRowCommand::InsertRowCommand(Store* store, Kind kind, const QVariantMap& values, int position,
                                   const QString& text, QUndoCommand* parent)
    : QUndoCommand(text.isEmpty() ? defaultText(QT_TRANSLATE_NOOP("RowCommands", "Add %1"), kind) : text,
                   parent)
    , m_store(store)
    , m_kind(kind)
    , m_values(values)
    , m_position(position)
{ }

void InsertRowCommand::redo()
{
    if (!m_removed.isEmpty()) {
        if (m_store->restore(m_removed))
            m_removed = {};
        return;
    }
    m_id = m_store->insert(m_kind, m_values, m_position);
    if (m_idOut)
        *std::exchange(m_idOut, nullptr) = m_id;
    if (m_id == 0)
        setObsolete(true);
}

void InsertRowCommand::undo()
{
    if (m_id)
        m_removed = m_store->remove(m_kind, m_id);
}

EditRowCommand::EditRowCommand(Store* store, Kind kind, qint64 id, const QVariantMap& values,
                               const QString& text, QUndoCommand* parent)
    : QUndoCommand(text.isEmpty() ? defaultText(QT_TRANSLATE_NOOP("RowCommands", "Edit %1"), kind) : text,
                   parent)
    , m_store(store)
    , m_kind(kind)
    , m_row(id)
    , m_new(values)
{ }

bool EditRowCommand::apply(const QVariantMap& values, bool restoreStamps)
{
    Store::Transaction tx(*m_store);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!m_store->update(m_kind, m_row, it.key(), it.value()))
            return false;
        // An undone edit is no edit: a merge must not see this laptop as having changed the field.
        if (restoreStamps && !m_store->restoreStamp(m_kind, m_row, it.key(), m_oldStamps.value(it.key())))
            return false;
    }
    return tx.commit();
}

void EditRowCommand::redo()
{
    if (m_old.isEmpty()) {
        const Row before = m_store->row(m_kind, m_row);
        const QHash<QString, Stamp> stamps = m_store->stamps(m_kind, m_row);
        for (auto it = m_new.cbegin(); it != m_new.cend(); ++it) {
            m_old.insert(it.key(), before.values.value(it.key()));
            m_oldStamps.insert(it.key(), stamps.value(it.key()));
        }
    }
    if (!apply(m_new))
        setObsolete(true);
}

void EditRowCommand::undo()
{
    apply(m_old, true);
}

bool EditRowCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = dynamic_cast<const EditRowCommand*>(other);
    if (!o || o->m_kind != m_kind || o->m_row != m_row || o->m_new.keys() != m_new.keys())
        return false;
    m_new = o->m_new;
    return true;
}

RemoveRowCommand::RemoveRowCommand(Store* store, Kind kind, qint64 id, const QString& text,
                                   QUndoCommand* parent)
    : QUndoCommand(text.isEmpty() ? defaultText(QT_TRANSLATE_NOOP("RowCommands", "Delete %1"), kind) : text,
                   parent)
    , m_store(store)
    , m_kind(kind)
    , m_id(id)
{ }

void RemoveRowCommand::redo()
{
    m_snapshot = m_store->remove(m_kind, m_id);
    if (m_snapshot.isEmpty())
        setObsolete(true);
}

void RemoveRowCommand::undo()
{
    m_store->restore(m_snapshot);
}

MoveRowCommand::MoveRowCommand(Store* store, Kind kind, qint64 id, const QVariantMap& scope, int position,
                               const QString& text, QUndoCommand* parent)
    : QUndoCommand(text.isEmpty() ? defaultText(QT_TRANSLATE_NOOP("RowCommands", "Move %1"), kind) : text,
                   parent)
    , m_store(store)
    , m_kind(kind)
    , m_id(id)
    , m_scope(scope)
    , m_position(position)
{ }

void MoveRowCommand::redo()
{
    // The state before is read when the command first runs: inside a macro, earlier
    // commands may have moved this row already.
    if (m_oldPosition < 0) {
        const Row before = m_store->row(m_kind, m_id);
        m_oldPosition = before.position;
        for (const QString& c : kindInfo(m_kind).scope)
            m_oldScope.insert(c, before.values.value(c));
    }
    if (!m_store->move(m_kind, m_id, m_scope, m_position))
        setObsolete(true);
}

void MoveRowCommand::undo()
{
    m_store->move(m_kind, m_id, m_oldScope, m_oldPosition);
}

MacroCommand::MacroCommand(Store* store, const QString& text)
    : QUndoCommand(text)
    , m_store(store)
{ }

void MacroCommand::redo()
{
    Store::Transaction tx(*m_store);
    QUndoCommand::redo();
    if (!tx.commit())
        setObsolete(true);
}

void MacroCommand::undo()
{
    Store::Transaction tx(*m_store);
    QUndoCommand::undo();
    tx.commit();
}

} // namespace rt
