// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace rt {

class ConflictModel;
class Document;

/**
 * Edit → Merge Conflicts…: the fields two laptops changed differently, as the merge recorded
 * them. For each: what it is, the value in use now and the other value, each with the laptop
 * that wrote it and when. "Use This Value" puts the selected conflict's other value in (one undo
 * step; the list then shows the two swapped, so the choice can be turned back at any time).
 * Offered after a merge with conflicts, and whenever the open session has any.
 */
class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictsDialog(Document* document, QWidget* parent = nullptr);

    ConflictModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /** Selects the conflict in @p row of the list. */
    void select(int row);
    int currentRow() const;
    /** Puts the selected conflict's other value in its field. False when there is none, it cannot
     *  be used, or it did not reach the file. */
    bool useSelected();

    /** How many conflicts @p document records (0 without a session). */
    static int count(Document* document);

private:
    void showSelected();

    QPointer<Document> m_document;
    ConflictModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_what = nullptr;
    QPlainTextEdit* m_inUse = nullptr;
    QLabel* m_inUseFrom = nullptr;
    QPlainTextEdit* m_other = nullptr;
    QLabel* m_otherFrom = nullptr;
    QLabel* m_why = nullptr;
    QPushButton* m_use = nullptr;
};

} // namespace rt
