// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace rt {

class ActionLogModel;
class ActionTrackerFilter;
class ActionTrackerModel;
class Document;

/**
 * The place leads' follow-up page: every action of every place with its owner, due date, status
 * and latest update, filtered and sorted by place, cohort, status and owner; overdue and
 * unreviewed actions stand out. Below, the selected action's progress log and "Add update…".
 * Status and due date are edited in the table (each an undoable edit).
 */
class ActionTracker : public QWidget
{
    Q_OBJECT
public:
    explicit ActionTracker(Document* document, QWidget* parent = nullptr);
    ~ActionTracker() override;

    ActionTrackerModel* model() const { return m_model; }
    ActionTrackerFilter* filter() const { return m_filter; }
    QTableView* table() const { return m_table; }
    QTableView* log() const { return m_log; }
    QComboBox* placeCombo() const { return m_place; }
    QComboBox* statusCombo() const { return m_status; }
    QLabel* summary() const { return m_summary; }
    QPushButton* addUpdateButton() const { return m_addUpdate; }
    QPushButton* reviewButton() const { return m_review; }

    /** Shows the actions of one place (0: every place). */
    void setPlace(qint64 placeId);
    /** The action selected (0: none). */
    qint64 currentAction() const;
    void selectAction(qint64 actionId);
    /** Selects the first action shown, unless one is selected already (its log then shows). */
    void selectFirst();
    /** Asks for a progress line for the selected action (a dialog) and records it. */
    void addUpdate();
    /** Sets the selected action's status (an index into followup::statusKeys()). */
    bool setCurrentStatus(int statusIndex);

signals:
    /** "Review with the board…": walk @p placeId's actions (0: the first place's). */
    void reviewRequested(qint64 placeId);

private:
    void refreshPlaces();
    void refreshChoices();
    void refreshSummary();
    void onCurrentChanged();

    QPointer<Document> m_document;
    ActionTrackerModel* m_model;
    ActionTrackerFilter* m_filter;
    ActionLogModel* m_logModel;
    QComboBox* m_place;
    QComboBox* m_cohort;
    QComboBox* m_status;
    QComboBox* m_owner;
    QLabel* m_summary;
    QTableView* m_table;
    QLabel* m_logTitle;
    QTableView* m_log;
    QPushButton* m_addUpdate;
    QPushButton* m_review;
};

} // namespace rt
