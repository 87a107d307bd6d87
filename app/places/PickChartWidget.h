// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace rt {

class AimHeader;
class Document;
class PickChartScene;
class PickChartView;
class PickCohortLegend;

/** The PICK chart page of one aim: its statement, an entry box for new ideas, the chart and a status line. */
class PickChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PickChartWidget(Document* document, QWidget* parent = nullptr);
    ~PickChartWidget() override;

    void setAim(qint64 aimId);
    qint64 aimId() const;
    PickChartScene* scene() const { return m_scene; }
    PickChartView* view() const { return m_view; }
    QLineEdit* entry() const { return m_entry; }
    PickCohortLegend* legend() const { return m_legend; }
    QPushButton* tidyButton() const { return m_tidy; }
    QString statusText() const;

    /** Makes an action from each selected idea; returns the last new action's id. */
    qint64 makeActionsFromSelection();
    /** Moves the notes apart (Tidy notes, Ctrl+T) and says what it did on the status line. */
    bool tidy();

signals:
    void actionCreated(qint64 actionId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addFromEntry();
    void refreshStatus();

    PickChartScene* m_scene;
    PickChartView* m_view;
    AimHeader* m_header;
    QLineEdit* m_entry;
    QPushButton* m_action;
    QPushButton* m_delete;
    QPushButton* m_tidy;
    QLabel* m_status;
    PickCohortLegend* m_legend;
};

} // namespace rt
