// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AgendaTimer.h"
#include "shell/Workspace.h"

#include <QPointer>
#include <functional>

class QStackedWidget;
class QToolButton;

namespace rt {

class AgendaEditor;
class AgendaModel;
class ProjectorView;
class ProjectorWindow;
class RunController;
class RunModeView;
class RunStatusWidget;

/**
 * The Agenda page: the agenda editor, run mode (the facilitator's screen during the day) and a
 * preview of the projector; the projector itself is a separate window on a chosen screen.
 * The agenda drives the app: when a table discussion or a place breakout becomes current it
 * asks the main window, through requestWorkspace(), for the Tables or Places page.
 */
class AgendaWorkspace : public Workspace
{
    Q_OBJECT
public:
    enum Page { EditPage, RunPage, ProjectorPage };

    explicit AgendaWorkspace(Document* document, QWidget* parent = nullptr);
    ~AgendaWorkspace() override;

    QString title() const override;
    QStringList viewNames() const override;
    /** "agenda" (editor), "run" (run mode: the item by the clock, else the first), "run:N"
     *  (run mode on item N), "projector" (the projector's content, full page). */
    bool showView(const QString& view, QString* error) override;

    void showPage(Page page);
    Page page() const;

    /** Run mode is on from "Run the day" (F5) until the agenda editor is shown again: its keys
     *  work whatever has focus, and the status bar's countdown is shown. */
    bool isRunning() const { return m_running; }
    /** Starts run mode and shows its page (Run ▸ Start Run Mode). */
    void startRun();
    /** Ends run mode and shows the agenda editor. */
    void stopRun();
    /** The compact countdown for the window's status bar (shown only while running; deleted with
     *  this page). */
    RunStatusWidget* runStatus() const;

    AgendaModel* model() const { return m_model; }
    AgendaEditor* editor() const { return m_editor; }
    RunModeView* runView() const { return m_run; }
    ProjectorView* projectorPreview() const { return m_preview; }
    RunController* runController() const { return m_controller; }
    /** The projector window (made on first use; lives as long as this page). */
    ProjectorWindow* projectorWindow();
    /** The polls page's QR code and live results beside the projector's timer. */
    void setProjectorSideWidget(QWidget* widget);
    /** Makes the side area of both the projector window and the preview from @p make (called
     *  once for each, now and when the window is first made); an empty function clears them. */
    void setProjectorSide(const std::function<QWidget*()>& make);
    /** For tests and screenshots: the wall clock run mode reads. */
    void setClock(AgendaTimer::Clock clock);

signals:
    /** "tables", "places" or "polls": the page the current agenda item needs in front. */
    void requestWorkspace(const QString& name);
    /** Run mode asked to open the poll attached to the current item. */
    void openPoll(qint64 pollId);
    /** Run mode started or ended. */
    void runningChanged(bool running);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillScreenMenu();
    void setRunning(bool running);
    bool isRunKey(QObject* watched, QEvent* event) const;

    AgendaModel* m_model;
    RunController* m_controller;
    AgendaEditor* m_editor;
    RunModeView* m_run;
    ProjectorView* m_preview;
    QStackedWidget* m_stack;
    QList<QToolButton*> m_tabs;
    QToolButton* m_projectorButton;
    QPointer<ProjectorWindow> m_projector;
    std::function<QWidget*()> m_makeSide;
    QPointer<RunStatusWidget> m_runStatus;
    bool m_running = false;
};

} // namespace rt
