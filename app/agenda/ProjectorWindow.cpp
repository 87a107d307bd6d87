// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/ProjectorWindow.h"

#include "agenda/ProjectorView.h"
#include "agenda/RunModeView.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QScreen>
#include <QVBoxLayout>

namespace rt {

ProjectorWindow::ProjectorWindow(RunController* controller, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_controller(controller)
{
    setWindowTitle(tr("Roundtable — projector"));
    // Closing the main window quits the app even while the projector is showing.
    setAttribute(Qt::WA_QuitOnClose, false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new ProjectorView(controller, this);
    layout->addWidget(m_view);
    resize(1024, 640);
}

void ProjectorWindow::setSideWidget(QWidget* widget)
{
    m_view->setSideWidget(widget);
}

QScreen* ProjectorWindow::defaultScreen()
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    for (QScreen* s : screens) {
        if (s != QGuiApplication::primaryScreen())
            return s;
    }
    return QGuiApplication::primaryScreen();
}

void ProjectorWindow::showOn(QScreen* screen)
{
    if (!screen)
        screen = defaultScreen();
    const bool alone = QGuiApplication::screens().size() < 2;
    if (alone) {
        showNormal();
    } else {
        if (isFullScreen())
            showNormal();
        setScreen(screen);
        setGeometry(screen->geometry());
        showFullScreen();
    }
    raise();
}

void ProjectorWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && isFullScreen()) {
        showNormal();
        return;
    }
    if (event->key() == Qt::Key_F && event->modifiers() == Qt::NoModifier) {
        isFullScreen() ? showNormal() : showFullScreen();
        return;
    }
    if (!RunModeView::handleKey(m_controller, event))
        QWidget::keyPressEvent(event);
}

} // namespace rt
