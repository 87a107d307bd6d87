// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QFrame;
class QKeyEvent;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace rt {

class CountdownWidget;
class RunController;

/**
 * The facilitator's screen during the day: the current item and its times, a large countdown,
 * what comes next, the guidance (with the event's prompts for table discussions) and the
 * controls. Every control has a key: Space pause, E/+ extend 5 min, N/→/PgDn next,
 * P/←/PgUp back, C follow the clock, Enter open the item's workspace, O open its poll, M mute.
 */
class RunModeView : public QWidget
{
    Q_OBJECT
public:
    explicit RunModeView(RunController* controller, QWidget* parent = nullptr);

    /** Handles a run-mode key for @p controller (shared with the projector window). */
    static bool handleKey(RunController* controller, QKeyEvent* event);

    QString titleText() const;
    CountdownWidget* countdown() const { return m_countdown; }
    /** The NEXT panel's text, whole: no title or later item is clipped (for tests). */
    bool nextPanelFits() const;

signals:
    void projectorRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void refreshTimer();
    /** Fits the NEXT panel to the countdown's height: fewer later items, then a smaller title,
     *  rather than text cut off at the panel's edge. */
    void fitNextPanel();
    QPushButton* makeButton(const QString& text, const QString& key);

    RunController* m_controller;
    QLabel* m_when;
    QLabel* m_position;
    QLabel* m_clock;
    QLabel* m_title;
    QLabel* m_status;
    CountdownWidget* m_countdown;
    QLabel* m_nextTitle;
    QLabel* m_nextWhen;
    QLabel* m_later;
    QLabel* m_laterCaption;
    QFrame* m_nextPanel;
    QList<QPair<QString, QString>> m_laterItems; ///< start, title of the items after next
    bool m_fitting = false;
    QTextBrowser* m_guidance;
    QPushButton* m_pause;
    QPushButton* m_poll;
    QPushButton* m_workspace;
    QPushButton* m_follow;
    QPushButton* m_mute;
};

} // namespace rt
