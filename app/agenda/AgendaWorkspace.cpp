// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/AgendaWorkspace.h"

#include "shell/PageStyle.h"

#include "agenda/AgendaEditor.h"
#include "agenda/ProjectorView.h"
#include "agenda/ProjectorWindow.h"
#include "agenda/RunController.h"
#include "agenda/RunModeView.h"
#include "agenda/RunStatusWidget.h"
#include "models/AgendaModel.h"
#include "session/Document.h"
#include "store/Store.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScreen>
#include <QStackedWidget>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace rt {

AgendaWorkspace::AgendaWorkspace(Document* document, QWidget* parent)
    : Workspace(document, parent)
    , m_model(new AgendaModel(document, this))
    , m_controller(new RunController(document, this))
{
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(12, 10, 12, 12);
    root->setSpacing(8);

    auto* header = new QHBoxLayout;
    auto* heading = new QLabel(tr("Agenda"), this);
    style::makePageHeading(heading);
    header->addWidget(heading);
    header->addSpacing(16);
    auto* switchRow = new QHBoxLayout;
    switchRow->setSpacing(0); // joined, as one control
    auto* group = new QButtonGroup(this);
    const QStringList names = {tr("Edit agenda"), tr("Run the day"), tr("Projector preview")};
    const QStringList tips = {tr("Times, titles, kinds, polls and guidance of each item"),
                              tr("The facilitator's screen: current item, countdown, what is next"),
                              tr("What the room sees on the projector")};
    for (int i = 0; i < names.size(); ++i) {
        auto* tab = new QToolButton(this);
        tab->setText(names[i]);
        tab->setToolTip(tips[i]);
        tab->setCheckable(true);
        tab->setAutoRaise(true);
        // In the Tab order and pressed by Space like any button (and named for screen readers).
        tab->setFocusPolicy(Qt::StrongFocus);
        tab->setAccessibleName(names[i]);
        tab->setAccessibleDescription(tips[i]);
        tab->setToolButtonStyle(Qt::ToolButtonTextOnly);
        tab->setStyleSheet(style::modeSwitchSheet()); // as the Tables page's switch
        group->addButton(tab, i);
        m_tabs << tab;
        switchRow->addWidget(tab);
    }
    header->addLayout(switchRow);
    header->addStretch(1);
    m_projectorButton = new QToolButton(this);
    m_projectorButton->setText(tr("Projector"));
    m_projectorButton->setToolTip(tr("Show the projector window on a screen of your choice"));
    m_projectorButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_projectorButton);
    m_projectorButton->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &AgendaWorkspace::fillScreenMenu);
    header->addWidget(m_projectorButton);
    root->addLayout(header);

    m_stack = new QStackedWidget(this);
    m_editor = new AgendaEditor(document, m_model, m_stack);
    m_run = new RunModeView(m_controller, m_stack);
    m_preview = new ProjectorView(m_controller, m_stack);
    m_stack->addWidget(m_editor);
    m_stack->addWidget(m_run);
    m_stack->addWidget(m_preview);
    root->addWidget(m_stack, 1);
    m_tabs[EditPage]->setChecked(true);

    // Toggled, not only clicked: the accessibility Toggle action and voice control change the view too.
    group->setExclusive(true);
    for (int i = 0; i < m_tabs.size(); ++i)
        connect(m_tabs[i], &QToolButton::toggled, this, [this, i](bool on) {
            if (on && m_stack->currentIndex() != i)
                showPage(Page(i));
        });
    connect(m_editor, &AgendaEditor::runRequested, this, [this](int row) {
        m_controller->goTo(row, false);
        showPage(RunPage);
    });
    connect(m_run, &RunModeView::projectorRequested, this,
            [this] { projectorWindow()->showOn(ProjectorWindow::defaultScreen()); });
    connect(m_controller, &RunController::requestWorkspace, this, &AgendaWorkspace::requestWorkspace);
    m_runStatus = new RunStatusWidget(m_controller, this);
    m_runStatus->hide();
    connect(m_runStatus, &RunStatusWidget::runPageRequested, this, [this] {
        showPage(RunPage);
        emit viewRequested(QStringLiteral("agenda"));
    });
    connect(m_controller, &RunController::openPollRequested, this, &AgendaWorkspace::openPoll);

    // The main window's page switching: the agenda's requests go through Workspace::viewRequested
    // ("tables", "places", "polls" are page keys), and "poll:N" opens the attached poll.
    connect(this, &AgendaWorkspace::requestWorkspace, this, &Workspace::viewRequested);
    connect(this, &AgendaWorkspace::openPoll, this, [this](qint64 pollId) {
        const QList<qint64> polls = this->document()->store()->ids(Kind::Poll);
        const qsizetype n = polls.indexOf(pollId);
        if (n >= 0)
            emit viewRequested(QStringLiteral("poll:%1").arg(n + 1));
    });
}

AgendaWorkspace::~AgendaWorkspace()
{
    qApp->removeEventFilter(this);
    delete m_runStatus; // it may sit in the window's status bar
    delete m_projector;
}

QString AgendaWorkspace::title() const
{
    return tr("Agenda");
}

QStringList AgendaWorkspace::viewNames() const
{
    return {tr("agenda — the agenda editor: times, kinds, polls, guidance"),
            tr("run — run mode on the item by the clock (or the first item)"),
            tr("run:N — run mode on agenda item N (from 1)"),
            tr("projector — what the projector shows for the current item"),
            tr("projector:N — what the projector shows for agenda item N")};
}

bool AgendaWorkspace::showView(const QString& view, QString* error)
{
    QString ignored;
    QString& message = error ? *error : ignored;
    if (view == QLatin1String("agenda")) {
        showPage(EditPage);
        return true;
    }
    if (view == QLatin1String("run") || view == QLatin1String("projector")) {
        m_controller->enter();
        showPage(view == QLatin1String("run") ? RunPage : ProjectorPage);
        return true;
    }
    if (view.startsWith(QLatin1String("run:")) || view.startsWith(QLatin1String("projector:"))) {
        bool ok = false;
        const int n = view.section(QLatin1Char(':'), 1).toInt(&ok);
        const int count = int(m_controller->items().size());
        if (!ok || n < 1 || n > count) {
            message = count == 0 ? tr("view %1: the agenda is empty").arg(view)
                                 : tr("view %1: the agenda has items 1 to %2").arg(view).arg(count);
            return false;
        }
        m_controller->goTo(n - 1, false);
        showPage(view.startsWith(QLatin1String("run")) ? RunPage : ProjectorPage);
        return true;
    }
    return false; // not ours: the main window asks the other pages
}

void AgendaWorkspace::showPage(Page page)
{
    if (page != EditPage && m_controller->current() < 0)
        m_controller->enter();
    m_stack->setCurrentIndex(int(page));
    m_tabs[page]->setChecked(true);
    if (page == RunPage) {
        setRunning(true);
        m_run->setFocus(Qt::OtherFocusReason);
    } else if (page == EditPage) {
        setRunning(false);
    }
}

RunStatusWidget* AgendaWorkspace::runStatus() const
{
    return m_runStatus;
}

void AgendaWorkspace::startRun()
{
    m_controller->enter();
    showPage(RunPage);
}

void AgendaWorkspace::stopRun()
{
    showPage(EditPage);
}

void AgendaWorkspace::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    // The run-mode keys work whatever has focus in this window while the day runs.
    if (running)
        qApp->installEventFilter(this);
    else
        qApp->removeEventFilter(this);
    if (m_runStatus)
        m_runStatus->setVisible(running);
    emit runningChanged(running);
}

namespace {
/** Whether @p w takes typed text (a key there is a letter, never a run-mode command). */
bool takesText(const QWidget* w)
{
    if (qobject_cast<const QLineEdit*>(w) || qobject_cast<const QAbstractSpinBox*>(w))
        return true;
    if (const auto* edit = qobject_cast<const QTextEdit*>(w))
        return !edit->isReadOnly();
    if (const auto* edit = qobject_cast<const QPlainTextEdit*>(w))
        return !edit->isReadOnly();
    if (const auto* combo = qobject_cast<const QComboBox*>(w))
        return combo->isEditable();
    if (const auto* view = qobject_cast<const QGraphicsView*>(w)) {
        const QGraphicsItem* item = view->scene() ? view->scene()->focusItem() : nullptr;
        return item && (item->flags() & QGraphicsItem::ItemAcceptsInputMethod);
    }
    return false;
}
} // namespace

/** A run-mode key pressed elsewhere in this window (the run page handles its own keys): the
 *  letters, Space and the clicker's PageUp/PageDown, unless the focus takes typed text (a note
 *  being typed) or, for Space, is a button the user chose. */
bool AgendaWorkspace::isRunKey(QObject* watched, QEvent* event) const
{
    if (!m_running || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return false;
    QWidget* focus = QApplication::focusWidget();
    if (!focus || watched != focus || focus->window() != window() || m_run->isAncestorOf(focus)
        || focus == m_run || takesText(focus))
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    switch (key->key()) {
    case Qt::Key_N:
    case Qt::Key_P:
    case Qt::Key_E:
    case Qt::Key_C:
    case Qt::Key_O:
    case Qt::Key_M:
    case Qt::Key_Plus:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        return true;
    case Qt::Key_Space:
        return !qobject_cast<QAbstractButton*>(focus);
    default:
        return false;
    }
}

bool AgendaWorkspace::eventFilter(QObject* watched, QEvent* event)
{
    if (!isRunKey(watched, event))
        return Workspace::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept(); // no window shortcut or mnemonic takes it: it comes back as a key press
        return true;
    }
    return RunModeView::handleKey(m_controller, static_cast<QKeyEvent*>(event));
}

AgendaWorkspace::Page AgendaWorkspace::page() const
{
    return Page(m_stack->currentIndex());
}

ProjectorWindow* AgendaWorkspace::projectorWindow()
{
    if (!m_projector) {
        m_projector = new ProjectorWindow(m_controller);
        if (m_makeSide)
            m_projector->setSideWidget(m_makeSide());
    }
    return m_projector;
}

void AgendaWorkspace::setProjectorSideWidget(QWidget* widget)
{
    projectorWindow()->setSideWidget(widget);
}

void AgendaWorkspace::setProjectorSide(const std::function<QWidget*()>& make)
{
    m_makeSide = make;
    m_preview->setSideWidget(make ? make() : nullptr);
    if (m_projector)
        m_projector->setSideWidget(make ? make() : nullptr);
}

void AgendaWorkspace::setClock(AgendaTimer::Clock clock)
{
    m_controller->setClock(std::move(clock));
}

void AgendaWorkspace::fillScreenMenu()
{
    QMenu* menu = m_projectorButton->menu();
    menu->clear();
    const QList<QScreen*> screens = QGuiApplication::screens();
    if (screens.size() < 2) {
        menu->addAction(tr("Open the projector window (one screen: in a window)"), this,
                        [this] { projectorWindow()->showOn(QGuiApplication::primaryScreen()); });
    } else {
        for (int i = 0; i < screens.size(); ++i) {
            QScreen* s = screens[i];
            const QString label
                = tr("Full screen on screen %1: %2 (%3×%4)%5")
                      .arg(i + 1)
                      .arg(s->name())
                      .arg(s->size().width())
                      .arg(s->size().height())
                      .arg(s == QGuiApplication::primaryScreen() ? tr(", this laptop") : QString());
            menu->addAction(label, this, [this, s] { projectorWindow()->showOn(s); });
        }
    }
    if (m_projector && m_projector->isVisible()) {
        menu->addSeparator();
        menu->addAction(tr("Close the projector window"), m_projector.data(), &QWidget::close);
    }
}

} // namespace rt
