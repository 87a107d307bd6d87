// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/GridKeys.h"

#include <QAbstractItemDelegate>
#include <QAbstractItemView>
#include <QApplication>
#include <QKeyEvent>
#include <QPersistentModelIndex>
#include <QTableView>

namespace rt {

GridKeys::GridKeys(QAbstractItemView* view, std::function<bool()> addRow)
    : QObject(view)
    , m_view(view)
    , m_addRow(std::move(addRow))
{
    qApp->installEventFilter(this);
}

GridKeys::~GridKeys()
{
    qApp->removeEventFilter(this);
}

GridKeys* GridKeys::install(QAbstractItemView* view, std::function<bool()> addRow)
{
    return new GridKeys(view, std::move(addRow));
}

/** The open editor of the current cell when @p watched is (in) it, or null. */
QWidget* GridKeys::editorOf(QObject* watched) const
{
    if (!m_view || !watched->isWidgetType())
        return nullptr;
    QWidget* editor = m_view->indexWidget(m_view->currentIndex()); // the cell's open editor
    auto* w = static_cast<QWidget*>(watched);
    return editor && (editor == w || editor->isAncestorOf(w)) ? editor : nullptr;
}

bool GridKeys::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return false;
    QWidget* editor = editorOf(watched);
    if (!editor)
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const bool ours = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab
        || key->key() == Qt::Key_Escape || (enter && !(mods & Qt::ShiftModifier));
    if (!ours)
        return false;
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept(); // the key comes to us as a key press, never to a window shortcut
        return true;
    }
    if (key->key() == Qt::Key_Escape)
        finish(editor, false);
    else if (enter)
        finish(editor, true);
    else
        move(editor, key->key() == Qt::Key_Backtab || (mods & Qt::ShiftModifier) ? -1 : 1);
    return true;
}

void GridKeys::finish(QWidget* editor, bool commit)
{
    QAbstractItemDelegate* delegate = m_view->itemDelegateForIndex(m_view->currentIndex());
    if (!delegate)
        return;
    if (commit)
        emit delegate->commitData(editor);
    emit delegate->closeEditor(
        editor, commit ? QAbstractItemDelegate::NoHint : QAbstractItemDelegate::RevertModelCache);
    m_view->setFocus(Qt::OtherFocusReason);
}

bool GridKeys::editable(const QModelIndex& index) const
{
    const auto* table = qobject_cast<const QTableView*>(m_view.data());
    const bool hidden = table && (table->isColumnHidden(index.column()) || table->isRowHidden(index.row()));
    return index.isValid() && (index.flags() & Qt::ItemIsEditable) && !hidden;
}

void GridKeys::move(QWidget* editor, int step)
{
    // The cell is followed by its row (a sorted view may move it when the edit lands).
    const QPersistentModelIndex from(m_view->currentIndex());
    finish(editor, true);
    QAbstractItemModel* model = m_view->model();
    if (!from.isValid() || !model)
        return;
    const int rows = model->rowCount(from.parent());
    const int columns = model->columnCount(from.parent());
    int row = from.row();
    int column = from.column();
    for (;;) {
        column += step;
        if (column >= columns) {
            column = 0;
            ++row;
        } else if (column < 0) {
            column = columns - 1;
            --row;
        }
        if (row < 0)
            return; // Shift+Tab in the first cell: the edit is committed, the cell stays current
        if (row >= rows)
            break;
        const QModelIndex next = model->index(row, column, from.parent());
        if (editable(next)) {
            m_view->setCurrentIndex(next);
            m_view->edit(next);
            return;
        }
    }
    // Tab from the last cell: a new row, edited from its first cell.
    if (!m_addRow || !m_addRow())
        return;
    const int added = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : model->rowCount() - 1;
    if (m_view->indexWidget(m_view->currentIndex()))
        return; // the add command opened the cell it wants typed first
    for (int c = 0; c < model->columnCount(); ++c) {
        const QModelIndex first = model->index(added, c);
        if (editable(first)) {
            m_view->setCurrentIndex(first);
            m_view->edit(first);
            return;
        }
    }
}

} // namespace rt
