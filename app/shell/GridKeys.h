// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QAbstractItemView;
class QModelIndex;
class QWidget;

namespace rt {

/**
 * Spreadsheet keys for a grid while one of its cells is edited: Tab and Shift+Tab commit the
 * cell and edit the next or previous one (Tab from the last cell adds a row through @p addRow
 * and edits its first cell), Enter commits (Shift+Enter is a line break in a cell of several
 * lines), Esc cancels. The keys never leave the grid while a cell is edited, so the next
 * keystroke never reaches a button the user did not focus.
 *
 * It watches the application's key presses (an editor's own children, such as the line edit of a
 * compound editor, get the keys first) but acts only on those aimed at an editor of its grid.
 */
class GridKeys : public QObject
{
    Q_OBJECT
public:
    /** @param addRow adds a row through the undoable add command and returns whether it did;
     *  the new row is the view's current row afterwards (null: Tab stops at the last cell) */
    GridKeys(QAbstractItemView* view, std::function<bool()> addRow = {});
    ~GridKeys() override;

    /** Installs GridKeys on @p view (owned by the view). */
    static GridKeys* install(QAbstractItemView* view, std::function<bool()> addRow = {});

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* editorOf(QObject* watched) const;
    void finish(QWidget* editor, bool commit);
    void move(QWidget* editor, int step);
    bool editable(const QModelIndex& index) const;

    QPointer<QAbstractItemView> m_view;
    std::function<bool()> m_addRow;
};

} // namespace rt
