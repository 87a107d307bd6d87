// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace rt {

class AgendaModel;
class Document;

/**
 * The agenda editor: a table of the items (times, title, kind, poll) and a guidance pane for
 * the selected one. Add, delete and reorder (drag and drop, Alt+Up/Alt+Down) are undoable;
 * a move keeps durations and shifts later times; bad times are shown red with the reason.
 */
class AgendaEditor : public QWidget
{
    Q_OBJECT
public:
    AgendaEditor(Document* document, AgendaModel* model, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QPlainTextEdit* guidanceEdit() const { return m_guidance; }
    QPlainTextEdit* roomTextEdit() const { return m_roomText; }
    int currentRow() const;
    void selectRow(int row);

public slots:
    void addItem();
    void removeItem();
    void moveUp();
    void moveDown();

signals:
    void runRequested(int row);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void moveBy(int delta);
    void refreshPane();
    void refreshProblems();
    void commitGuidance();

    QPointer<Document> m_document;
    AgendaModel* m_model;
    QTableView* m_view;
    QLabel* m_problems;
    QLabel* m_paneTitle;
    QLabel* m_paneHint;
    QPlainTextEdit* m_guidance;
    QPlainTextEdit* m_roomText; ///< what the projector shows the room
    QPushButton* m_builtIn;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    qint64 m_paneItem = 0;
    bool m_loadingPane = false;
};

} // namespace rt
