// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Workspace.h"

#include <QPointer>

class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace rt {

class FeedbackView;
class NoteSearchModel;
class PromptColumn;
class RowListModel;
class TableListModel;
class TableOverview;
class TablePicker;

/**
 * The Tables workspace: capture what each table says, verbatim, under the event's prompts.
 * Three pages: the overview of every table (cards, and search across all notes), one table
 * (the table picker, then one column per prompt with an entry box under each), and feed-back
 * mode (the table's key points, projector-sized).
 *
 * Views for `screenshot --view`: `tables`, `table:N` and `feedback:N`, where N is the table's
 * 1-based position in file order (not its printed number, which may repeat or skip).
 */
class TablesWorkspace : public Workspace
{
    Q_OBJECT
public:
    enum class Mode { Overview, Table, Feedback };
    static constexpr int MaxPrompts = 5;

    explicit TablesWorkspace(Document* document, QWidget* parent = nullptr);
    ~TablesWorkspace() override;

    QString title() const override;
    QStringList viewNames() const override;
    bool showView(const QString& view, QString* error) override;

    Mode mode() const { return m_mode; }
    qint64 currentTableId() const { return m_tableId; }

    TablePicker* picker() const { return m_picker; }
    TableOverview* overview() const { return m_overview; }
    FeedbackView* feedback() const { return m_feedback; }
    QLineEdit* searchBox() const { return m_searchBox; }
    TableListModel* tableModel() const { return m_tables; }
    RowListModel* promptModel() const { return m_prompts; }
    NoteSearchModel* searchModel() const { return m_search; }
    QList<PromptColumn*> columns() const { return m_columns; }
    PromptColumn* columnFor(qint64 promptId) const;

public slots:
    void showOverview();
    void showTable(qint64 tableId);
    void showFeedback(qint64 tableId);
    /** Opens a table with one note selected and focused (from a search result). */
    void focusNote(qint64 tableId, qint64 promptId, qint64 noteId);
    void setSearchText(const QString& text);
    /** Adds a prompt (up to five) at the end, for every table, and starts editing its question. */
    void addPrompt();
    /** Removes a prompt and its notes at every table (one undo step); the last one stays. */
    void removePrompt(qint64 promptId);
    /** Shows feed-back mode in a window of its own, full screen on the last screen (a projector). */
    void showFeedbackWindow();

protected:
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    void setMode(Mode mode);
    void setCurrentTable(qint64 tableId);
    void rebuildColumns();
    void moveToNeighbour(PromptColumn* from, const QList<qint64>& ids, int delta);
    void updateTableHeader();
    /** Which laptops this table's notes came from, at most once per event-loop pass. */
    void scheduleTableFrom();
    void updateTableFrom();
    void updateSearchSummary();
    bool tableAt(const QString& arg, const QString& view, qint64* id, QString* error) const;

    TableListModel* m_tables;
    RowListModel* m_prompts;
    NoteSearchModel* m_search;
    Mode m_mode = Mode::Overview;
    qint64 m_tableId = 0;

    QButtonGroup* m_modeButtons;
    QLineEdit* m_searchBox;
    QLabel* m_searchSummary;
    QStackedWidget* m_stack;
    TableOverview* m_overview;
    QWidget* m_tablePage;
    TablePicker* m_picker;
    QLabel* m_tableTitle;
    QLabel* m_tableFacilitator;
    QLabel* m_tableFrom;
    bool m_tableFromPending = false;
    QPushButton* m_addPrompt;
    QHBoxLayout* m_columnsLayout;
    QList<PromptColumn*> m_columns;
    FeedbackView* m_feedback;
    QPointer<FeedbackView> m_feedbackWindow;
};

} // namespace rt
