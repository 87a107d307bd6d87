// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;
class QToolButton;

namespace rt {

class RunController;

/**
 * The compact countdown the window shows in its status bar while run mode is on, whatever page
 * is in front: the current item's title and the time left (coloured like the big countdown), a
 * button back to run mode, and "Go to Tables" (or Places) when the item has a page of its own,
 * offered rather than forced.
 */
class RunStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit RunStatusWidget(RunController* controller, QWidget* parent = nullptr);

    /** "Welcome · 12:34" as shown (the accessible name says "Run mode: Welcome, 12:34 left"). */
    QString text() const;
    QToolButton* timerButton() const { return m_timer; }
    QPushButton* goButton() const { return m_go; }
    /** The page the window shows ("tables", …): Go to Tables is not offered on Tables itself. */
    void setShownPage(const QString& page);

signals:
    /** The facilitator asked for run mode's own page. */
    void runPageRequested();

private:
    void refresh();

    RunController* m_controller;
    QToolButton* m_timer;
    QPushButton* m_go;
    QString m_shownPage;
};

} // namespace rt
