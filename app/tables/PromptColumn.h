// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace rt {

class Document;
class NoteEntry;
class NoteListModel;
class NoteListView;
class TableListModel;

/**
 * One prompt of the current table: its question (editable in place), its notes, and the
 * entry box under them. Enter in the box adds the note as one undoable command and leaves
 * the cursor in the box; a paste of several lines offers, in a bar, to add one note per line.
 */
class PromptColumn : public QFrame
{
    Q_OBJECT
public:
    PromptColumn(Document* document, TableListModel* tables, QWidget* parent = nullptr);

    void setPrompt(qint64 promptId, int index, const QString& question, bool canRemove);
    void setTable(qint64 tableId);
    qint64 promptId() const { return m_promptId; }

    NoteListModel* model() const { return m_model; }
    NoteListView* view() const { return m_view; }
    NoteEntry* entry() const { return m_entry; }
    /** The bar offering to split a pasted block into notes (hidden unless there was one). */
    QWidget* pasteBar() const { return m_pasteBar; }

public slots:
    /** Adds @p text as a note at the end (trimmed of surrounding white space only). */
    void addNote(const QString& text);
    /** Adds each non-blank line in the entry box as its own note, in one undo step. */
    void addLinesAsNotes();
    /** Starts editing the question in place. */
    void editQuestion();

signals:
    void moveToNeighbourRequested(const QList<qint64>& ids, int delta);
    void removePromptRequested(qint64 promptId);

protected:
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    void updateCount();
    void commitQuestion();
    void showPasteBar(int lines);

    QPointer<Document> m_document;
    qint64 m_promptId = 0;
    int m_index = 0;
    NoteListModel* m_model;
    NoteListView* m_view;
    NoteEntry* m_entry;
    QWidget* m_header;
    QLabel* m_badge;
    QLabel* m_question;
    QLineEdit* m_questionEdit;
    QLabel* m_count;
    QToolButton* m_menuButton;
    QAction* m_removeAction;
    QWidget* m_pasteBar;
    QLabel* m_pasteLabel;
    QPushButton* m_splitButton;
};

} // namespace rt
