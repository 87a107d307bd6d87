// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>
#include <QPointer>

namespace rt {

class Document;
class NoteDelegate;
class NoteListModel;
class TableListModel;

/**
 * One prompt's notes for the current table. Every gesture is one undoable command:
 * Delete removes, Alt+Up/Alt+Down reorders, Alt+Left/Alt+Right asks for a move to the
 * neighbouring prompt, Ctrl+K toggles key point, F2/double-click/Enter edits in place,
 * drag and drop moves within a column, to another column, or onto a table in the picker.
 */
class NoteListView : public QListView
{
    Q_OBJECT
public:
    NoteListView(Document* document, NoteListModel* model, QWidget* parent = nullptr);

    NoteListModel* noteModel() const { return m_model; }
    NoteDelegate* noteDelegate() const { return m_delegate; }
    /** The tables "Move to table" offers. */
    void setTables(TableListModel* tables);

    /** Selected notes in list order (the current one when nothing is selected). */
    QList<qint64> selectedIds() const;
    /** Selects these notes and makes the first current (e.g. after a move). */
    void selectIds(const QList<qint64>& ids);

    void removeSelected();
    void moveSelectedBy(int delta);
    void toggleKeyPoint();
    void moveSelectedToTable(qint64 tableId);

signals:
    /** Move these notes to the prompt @p delta columns away (-1 left, +1 right). */
    void moveToNeighbourRequested(const QList<qint64>& ids, int delta);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QMenu* buildMenu();

    QPointer<Document> m_document;
    NoteListModel* m_model;
    NoteDelegate* m_delegate;
    QPointer<TableListModel> m_tables;
};

} // namespace rt
