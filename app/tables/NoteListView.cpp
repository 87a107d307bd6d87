// SPDX-License-Identifier: GPL-3.0-or-later
#include "tables/NoteListView.h"

#include "commands/NoteEdits.h"
#include "models/NoteListModel.h"
#include "models/TableListModel.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "tables/NoteDelegate.h"
#include "tables/TablesStyle.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>

namespace rt {

NoteListView::NoteListView(Document* document, NoteListModel* model, QWidget* parent)
    : QListView(parent)
    , m_document(document)
    , m_model(model)
    , m_delegate(new NoteDelegate(this))
{
    setModel(model);
    setItemDelegate(m_delegate);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDragDropOverwriteMode(false);
    setDropIndicatorShown(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setFrameShape(QFrame::NoFrame);
    setFont(style::noteFont(font()));
    QPalette p = palette();
    p.setColor(QPalette::Base, style::columnFill());
    setPalette(p);
    connect(model, &QAbstractItemModel::dataChanged, m_delegate,
            [this](const QModelIndex& from, const QModelIndex& to) {
                m_delegate->forget(m_model, from.row(), to.row());
            });
    connect(model, &QAbstractItemModel::modelReset, m_delegate, &NoteDelegate::recheckAll);
    setAccessibleDescription(
        tr("Delete removes a note, Alt+arrows move it, Ctrl+K marks a key point, F2 edits."));
}

void NoteListView::setTables(TableListModel* tables)
{
    m_tables = tables;
}

QList<qint64> NoteListView::selectedIds() const
{
    QList<int> rows;
    const QModelIndexList selected = selectionModel()->selectedRows();
    for (const QModelIndex& i : selected)
        rows << i.row();
    if (rows.isEmpty() && currentIndex().isValid())
        rows << currentIndex().row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int r : rows)
        ids << m_model->idAt(r);
    return ids;
}

void NoteListView::selectIds(const QList<qint64>& ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : ids) {
        const int r = m_model->rowOf(id);
        if (r < 0)
            continue;
        const QModelIndex i = m_model->index(r, 0);
        if (!first.isValid())
            first = i;
        selection.select(i, i);
    }
    if (!first.isValid())
        return;
    selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    scrollTo(first);
}

void NoteListView::removeSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_document)
        return;
    const int firstRow = m_model->rowOf(ids.first());
    edit::removeNotes(*m_document, ids);
    // Keep the place so several notes can be deleted one after another.
    if (m_model->rowCount() > 0) {
        const int r = qBound(0, firstRow, m_model->rowCount() - 1);
        selectIds({m_model->idAt(r)});
    }
}

void NoteListView::moveSelectedBy(int delta)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_document || delta == 0)
        return;
    if (!edit::moveNotesBy(*m_document, ids, delta))
        return; // already at the edge: nothing to do (and nothing to undo)
    selectIds(ids);
}

void NoteListView::toggleKeyPoint()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_document)
        return;
    bool allKey = true;
    for (qint64 id : ids)
        allKey = allKey && m_model->rowAt(m_model->rowOf(id)).flag(col::KeyPoint);
    edit::setKeyPoint(*m_document, ids, !allKey);
    selectIds(ids);
}

void NoteListView::moveSelectedToTable(qint64 tableId)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_document || tableId == m_model->tableId())
        return;
    edit::moveNotesToTable(*m_document, ids, tableId);
}

void NoteListView::keyPressEvent(QKeyEvent* event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    if (state() != EditingState) {
        if (mods == Qt::AltModifier && (key == Qt::Key_Up || key == Qt::Key_Down)) {
            moveSelectedBy(key == Qt::Key_Up ? -1 : 1);
            return event->accept();
        }
        if (mods == Qt::AltModifier && (key == Qt::Key_Left || key == Qt::Key_Right)) {
            const QList<qint64> ids = selectedIds();
            if (!ids.isEmpty())
                emit moveToNeighbourRequested(ids, key == Qt::Key_Left ? -1 : 1);
            return event->accept();
        }
        if (mods == Qt::NoModifier && (key == Qt::Key_Delete || key == Qt::Key_Backspace)) {
            removeSelected();
            return event->accept();
        }
        if (mods == Qt::ControlModifier && key == Qt::Key_K) {
            toggleKeyPoint();
            return event->accept();
        }
        if (mods == (Qt::ControlModifier | Qt::ShiftModifier) && key == Qt::Key_M) {
            QMenu* menu = buildMenu();
            const QRect r = visualRect(currentIndex());
            menu->popup(viewport()->mapToGlobal(r.isValid() ? r.bottomLeft() : QPoint()));
            return event->accept();
        }
        if (mods == Qt::NoModifier && (key == Qt::Key_Return || key == Qt::Key_Enter)
            && currentIndex().isValid()) {
            edit(currentIndex());
            return event->accept();
        }
    }
    QListView::keyPressEvent(event);
}

QMenu* NoteListView::buildMenu()
{
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QList<qint64> ids = selectedIds();
    const bool any = !ids.isEmpty();
    QAction* edit = menu->addAction(tr("&Edit"), this, [this] { this->edit(currentIndex()); });
    edit->setShortcut(QKeySequence(Qt::Key_F2));
    edit->setEnabled(currentIndex().isValid());
    QAction* key = menu->addAction(tr("&Key Point"), this, &NoteListView::toggleKeyPoint);
    key->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    key->setCheckable(true);
    key->setChecked(any && m_model->rowAt(m_model->rowOf(ids.first())).flag(col::KeyPoint));
    key->setEnabled(any);
    menu->addSeparator();
    QAction* up = menu->addAction(tr("Move &Up"), this, [this] { moveSelectedBy(-1); });
    up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    QAction* down = menu->addAction(tr("Move &Down"), this, [this] { moveSelectedBy(1); });
    down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    QAction* left = menu->addAction(tr("Move to &Previous Prompt"), this,
                                    [this, ids] { emit moveToNeighbourRequested(ids, -1); });
    left->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    QAction* right = menu->addAction(tr("Move to &Next Prompt"), this,
                                     [this, ids] { emit moveToNeighbourRequested(ids, 1); });
    right->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    QMenu* tables = menu->addMenu(tr("Move to &Table"));
    if (m_tables) {
        for (int r = 0; r < m_tables->rowCount(); ++r) {
            const qint64 id = m_tables->idAt(r);
            QAction* a = tables->addAction(TableListModel::label(m_tables->rowAt(r)), this,
                                           [this, id] { moveSelectedToTable(id); });
            a->setEnabled(id != m_model->tableId());
        }
    }
    for (QAction* a : {up, down, left, right})
        a->setEnabled(any);
    tables->setEnabled(any && m_tables && m_tables->rowCount() > 1);
    menu->addSeparator();
    QAction* remove = menu->addAction(tr("De&lete"), this, &NoteListView::removeSelected);
    remove->setShortcut(QKeySequence(QKeySequence::Delete));
    remove->setEnabled(any);
    return menu;
}

void NoteListView::contextMenuEvent(QContextMenuEvent* event)
{
    const QModelIndex at = indexAt(event->pos());
    if (at.isValid() && !selectionModel()->isSelected(at))
        setCurrentIndex(at);
    buildMenu()->popup(event->globalPos());
}

void NoteListView::paintEvent(QPaintEvent* event)
{
    QListView::paintEvent(event);
    if (model() && model()->rowCount() == 0) {
        QPainter p(viewport());
        p.setPen(style::mutedText());
        QFont f = font();
        f.setItalic(true);
        p.setFont(f);
        p.drawText(viewport()->rect().adjusted(16, 24, -16, -16),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                   tr("No notes yet: type below and press Enter."));
    }
}

void NoteListView::resizeEvent(QResizeEvent* event)
{
    QListView::resizeEvent(event);
    // Heights depend on the width: wrap again.
    scheduleDelayedItemsLayout();
}

} // namespace rt
