// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QScreen;

namespace rt {

class ProjectorView;
class RunController;

/**
 * The projector's own top-level window: full screen on the chosen screen, or a normal window
 * when there is only one screen. It shows a ProjectorView; the laptop keeps the controls, but
 * the run-mode keys work here too (a clicker may be focused on this window). Esc leaves full
 * screen, F toggles it.
 */
class ProjectorWindow : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectorWindow(RunController* controller, QWidget* parent = nullptr);

    ProjectorView* view() const { return m_view; }
    /** The polls page's QR code and live results (ownership passes to the projector). */
    void setSideWidget(QWidget* widget);
    /** Shows the window full screen on @p screen, or windowed when it is the only screen. */
    void showOn(QScreen* screen);
    /** The screen a projector is most likely on: the first that is not the primary one. */
    static QScreen* defaultScreen();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    RunController* m_controller;
    ProjectorView* m_view;
};

} // namespace rt
