// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace rt {

class CohortFilterModel;
class Document;
class RowListModel;
enum class Kind;

/** The action plan of one place: a table to edit in place, filtered by cohort, sortable. */
class ActionPlanWidget : public QWidget
{
    Q_OBJECT
public:
    enum Column { Cohort, Idea, Action, Who, ByWhen, Measure };

    explicit ActionPlanWidget(Document* document, QWidget* parent = nullptr);
    ~ActionPlanWidget() override;

    void setPlace(qint64 placeId);
    qint64 placeId() const { return m_place; }
    RowListModel* model() const { return m_model; }
    CohortFilterModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QComboBox* cohortCombo() const { return m_cohort; }

    /** Adds an empty action (in the cohort shown, if one is chosen) and starts editing it. */
    qint64 addAction();
    bool removeSelected();
    bool moveSelected(int delta);
    /** Shows and selects an action (e.g. one just made from an idea). */
    void reveal(qint64 actionId);

private:
    void refreshCohorts();
    void refreshButtons();
    void refreshHeader();
    QList<int> selectedSourceRows() const;
    void onRowUpdated(Kind kind, qint64 id, const QString& column);

    QPointer<Document> m_document;
    qint64 m_place = 0;
    RowListModel* m_model;
    CohortFilterModel* m_proxy;
    QLabel* m_header;
    QComboBox* m_cohort;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_delete;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_listOrder;
};

} // namespace rt
