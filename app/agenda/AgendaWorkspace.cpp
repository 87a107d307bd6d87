// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/AgendaWorkspace.h"

#include "agenda/AgendaEditor.h"
#include "agenda/ProjectorView.h"
#include "agenda/ProjectorWindow.h"
#include "agenda/RunController.h"
#include "agenda/RunModeView.h"
#include "models/AgendaModel.h"
#include "session/Document.h"
#include "store/Store.h"

#include <QButtonGroup>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScreen>
#include <QStackedWidget>
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
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    heading->setFont(big);
    header->addWidget(heading);
    header->addSpacing(16);
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
        tab->setToolButtonStyle(Qt::ToolButtonTextOnly);
        tab->setStyleSheet(QStringLiteral("QToolButton { padding: 5px 14px; border: 1px solid palette(mid);"
                                          " border-radius: 4px; }"
                                          "QToolButton:checked { background: #2f6f64; color: white;"
                                          " border-color: #2f6f64;  }"
                                          "QToolButton:focus { border: 2px solid palette(highlight); }"));
        group->addButton(tab, i);
        m_tabs << tab;
        header->addWidget(tab);
    }
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

    connect(group, &QButtonGroup::idClicked, this, [this](int id) { showPage(Page(id)); });
    connect(m_editor, &AgendaEditor::runRequested, this, [this](int row) {
        m_controller->goTo(row, false);
        showPage(RunPage);
    });
    connect(m_run, &RunModeView::projectorRequested, this,
            [this] { projectorWindow()->showOn(ProjectorWindow::defaultScreen()); });
    connect(m_controller, &RunController::requestWorkspace, this, &AgendaWorkspace::requestWorkspace);
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
    if (page == RunPage)
        m_run->setFocus(Qt::OtherFocusReason);
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
